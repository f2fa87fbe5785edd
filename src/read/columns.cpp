#include "redhare/columns.h"

#include <fmt/format.h>

#include "redhare/error.h"
#include "redhare/strings.h"

namespace redhare {

namespace {

// ASCII case folding only: Chinese names have no case.
bool same_name(std::string_view a, std::string_view b) {
  a = trim_blanks(a);
  b = trim_blanks(b);
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace

const std::vector<ColumnSpec>& column_specs(std::string_view kind) {
  static const std::vector<ColumnSpec> chats = {
      {"time", {"时间", "消息时间", "发送时间", "created_at", "timestamp"}, true},
      {"agent", {"客服", "客服昵称", "客服账号", "子账号", "agent_id"}, true},
      {"customer", {"买家", "顾客", "买家昵称", "买家会员名", "buyer", "customer_id"}, true},
      {"direction", {"方向", "发送方", "sender", "from"}, true},
      {"auto", {"自动回复", "is_auto"}, false},
      {"text", {"内容", "消息内容", "message"}, false},
  };
  static const std::vector<ColumnSpec> orders = {
      {"order_id", {"订单编号", "订单号", "主订单编号"}, true},
      {"customer", {"买家会员名", "买家昵称", "买家", "buyer", "customer_id"}, true},
      {"created", {"订单创建时间", "下单时间", "买家下单时间", "created_at"}, true},
      {"paid", {"订单付款时间", "付款时间", "买家付款时间", "paid_at"}, false},
      {"amount", {"买家实际支付金额", "实付金额", "买家实付金额", "paid_amount"}, true},
      {"status", {"订单状态"}, false},
      {"refund", {"退款金额", "refund_amount"}, false},
  };
  static const std::vector<ColumnSpec> targets = {
      {"agent", {"客服", "客服昵称", "客服账号", "子账号", "agent_id"}, true},
      {"target", {"目标销售额", "计划销售额"}, true},
  };
  static const std::vector<ColumnSpec> reviews = {
      {"agent", {"客服", "客服昵称", "客服账号", "子账号", "agent_id"}, true},
      {"rater", {"评价人", "评分人"}, true},
      {"assist", {"协助跟进服务"}, false},
      {"execution", {"执行力"}, false},
  };
  // SPEC 8. Aliases are the export's words: 员工名册 from HR or a team sheet.
  static const std::vector<ColumnSpec> roster = {
      {"agent", {"客服", "客服账号", "子账号", "旺旺"}, true},
      {"department", {"部门", "小组", "组别", "team", "group"}, false},
      {"role", {"岗位", "角色", "position"}, false},
      {"status", {"状态", "员工状态"}, false},
      {"hired", {"入职日期", "hire_date"}, false},
      {"base_pay", {"岗位工资", "底薪", "base"}, false},
      {"allowance", {"岗位津贴"}, false},
  };
  // SPEC 9: Qianniu's 服务评价 export.
  static const std::vector<ColumnSpec> ratings = {
      {"agent", {"客服", "被评价客服", "客服账号"}, true},
      {"customer", {"买家", "买家昵称", "评价人"}, true},
      {"time", {"评价时间", "rated_at"}, true},
      {"rating", {"评价结果", "评价", "满意度", "result"}, true},
  };
  if (kind == "chats") return chats;
  if (kind == "orders") return orders;
  if (kind == "targets") return targets;
  if (kind == "roster") return roster;
  if (kind == "ratings") return ratings;
  return reviews;
}

std::vector<std::string_view> column_names(std::string_view kind, const ColumnSpec& spec,
                                           const std::map<std::string, std::vector<std::string>>& extra_aliases) {
  std::vector<std::string_view> names{spec.name};
  names.insert(names.end(), spec.aliases.begin(), spec.aliases.end());
  auto extra = extra_aliases.find(fmt::format("{}.{}", kind, spec.name));
  if (extra != extra_aliases.end()) names.insert(names.end(), extra->second.begin(), extra->second.end());
  return names;
}

std::vector<int> match_columns(std::string_view kind, const std::vector<ColumnSpec>& specs,
                               const std::vector<std::string>& header,
                               const std::map<std::string, std::vector<std::string>>& extra_aliases,
                               const std::string& file) {
  std::vector<int> order(header.size(), -1);
  for (size_t s = 0; s < specs.size(); ++s) {
    const std::vector<std::string_view> names = column_names(kind, specs[s], extra_aliases);
    const size_t builtin = 1 + specs[s].aliases.size();  // names[builtin..] are the policy's
    auto matches = [&](size_t h, size_t from, size_t to) {
      for (size_t n = from; n < to; ++n)
        if (same_name(header[h], names[n])) return true;
      return false;
    };
    // Every header field that may mean this column. Two of them (two 方向, or
    // 客服昵称 beside 子账号) is a header we cannot read by guessing: the
    // first one used to win silently, and the agent column of one export is
    // the nickname, of another the account. A policy alias says which is meant.
    std::vector<size_t> found, chosen;
    for (size_t h = 0; h < header.size(); ++h) {
      if (order[h] != -1 || !matches(h, 0, names.size())) continue;
      found.push_back(h);
      if (matches(h, builtin, names.size())) chosen.push_back(h);
    }
    if (chosen.size() == 1) found = chosen;
    if (found.size() > 1) {
      // "a (column 2), b (column 5) and c (column 7)", built from the back.
      Msg both(MsgId::kHeaderAt, {quote_value(header[found.back()]), std::to_string(found.back() + 1)});
      for (size_t i = found.size() - 1; i-- > 0;) {
        Msg one(MsgId::kHeaderAt, {quote_value(header[found[i]]), std::to_string(found[i] + 1)});
        both = Msg(i + 2 == found.size() ? MsgId::kListLast : MsgId::kListNext, {}, {std::move(one), std::move(both)});
      }
      // Names alike (two 客服 columns): an alias would match both, so say
      // what can tell them apart.
      bool alike = true;
      for (size_t h : found) alike = alike && same_name(header[h], header[found[0]]);
      if (alike)
        throw InputError(Location{file, 1, {}}, Msg(MsgId::kColumnSameName,
                                                    {std::string(specs[s].name), quote_value(header[found[0]])},
                                                    {std::move(both)}));
      throw InputError(Location{file, 1, {}},
                       Msg(found.size() == 2 ? MsgId::kColumnNamedTwice : MsgId::kColumnNamedMany,
                           {std::string(specs[s].name), std::string(kind)}, {std::move(both)}));
    }
    if (found.size() == 1) {
      order[found[0]] = static_cast<int>(s);
    } else if (specs[s].required) {
      std::string found_cols;
      for (const std::string& h : header) found_cols += (found_cols.empty() ? "" : ", ") + quote_value(h);
      std::string tried = fmt::format("{}", fmt::join(names, ", "));
      throw InputError(Location{file, 1, {}},
                       found_cols.empty() ? Msg(MsgId::kMissingColumnNoHeader, {std::string(specs[s].name), tried})
                                          : Msg(MsgId::kMissingColumn, {std::string(specs[s].name), tried, found_cols}));
    }
  }
  return order;
}

}  // namespace redhare
