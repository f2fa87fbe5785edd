#include "redhare/roster.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "file_reader.h"
#include "redhare/error.h"
#include "redhare/money.h"
#include "redhare/timestamp.h"

namespace redhare {

using namespace read_detail;

namespace {

// Column indexes into column_specs("roster"), in table order.
enum RosterCol { kRoAgent, kRoDepartment, kRoRole, kRoStatus, kRoHired, kRoBasePay, kRoAllowance };

constexpr int64_t kDay = 86400;

// 00:00 of the shop-local day of `t`.
Time day_of(Time t) { return t - (((t % kDay) + kDay) % kDay); }

// A hiring date: any time the chats accept, or a bare date (`2026-03-01`,
// `2026/3/1`), which is what an HR sheet holds. The time of day is ignored
// (SPEC 8), so the date is kept as its 00:00.
bool parse_date(std::string_view v, const ReadOptions& o, const Policy& p, Time* out) {
  Time t;
  bool ok = parse_time(v, p.utc_offset_s, &t);
  if (!ok && v.size() <= 10) ok = parse_time(std::string(v) + " 00:00", p.utc_offset_s, &t);
  if (!ok && !o.time_format.empty()) ok = parse_time_format(v, o.time_format, p.utc_offset_s, &t);
  if (!ok) return false;
  *out = day_of(t);
  return true;
}

}  // namespace

bool parse_role(std::string_view v, Role* out) {
  if (v.empty() || is_any(v, {"presales", "售前", "pre-sales", "sales"})) {
    *out = Role::kPresales;
    return true;
  }
  if (is_any(v, {"aftersales", "售后", "after-sales", "service"})) {
    *out = Role::kAftersales;
    return true;
  }
  return false;
}

bool parse_staff_status(std::string_view v, StaffStatus* out) {
  if (v.empty() || is_any(v, {"regular", "正式", "转正"})) {
    *out = StaffStatus::kRegular;
    return true;
  }
  if (is_any(v, {"probation", "试用", "试用期", "实习", "intern"})) {
    *out = StaffStatus::kProbation;
    return true;
  }
  return false;
}

std::optional<Msg> pay_refusal(const RosterEntry& e, std::string_view agent, const Period& period) {
  if (!e.base_pay) return Msg(MsgId::kPayNoBasePay, {quote_value(agent)});
  if (period.is_all() || e.hired == kNever || e.hired <= day_of(period.end - 1)) return std::nullopt;
  int y;
  unsigned m, d;
  civil_from_days(day_of(e.hired) / kDay, &y, &m, &d);
  return Msg(MsgId::kPayHiredAfterMonth, {quote_value(agent), fmt::format("{:04}-{:02}-{:02}", y, m, d)});
}

void read_roster(const std::string& path, const ReadOptions& o, const Policy& p, RowErrors& errors, Dataset* d) {
  FileReader r("roster", path, o, p);
  CsvRows& rows = r.rows();
  d->roster_file = path;
  std::vector<uint32_t> line_of;  // agent id -> the line listing it (0: not listed)
  r.each(errors, [&] {
    std::string_view agent = r.name(kRoAgent, "agent");
    RosterEntry e{};
    if (!parse_role(rows.field(kRoRole), &e.role))
      throw BadRow{Msg(MsgId::kBadRole, {quote_value(rows.field(kRoRole))})};
    if (!parse_staff_status(rows.field(kRoStatus), &e.status))
      throw BadRow{Msg(MsgId::kBadStaffStatus, {quote_value(rows.field(kRoStatus))})};
    e.hired = kNever;
    if (!rows.field(kRoHired).empty() && !parse_date(rows.field(kRoHired), o, p, &e.hired))
      throw BadRow{Msg(MsgId::kBadDate, {quote_value(rows.field(kRoHired)), "hired"})};
    // Empty base pay is "not given": only `pay` needs it, and says so there.
    if (!rows.field(kRoBasePay).empty()) e.base_pay = r.money(kRoBasePay, "base_pay");
    e.allowance = rows.field(kRoAllowance).empty() ? 0 : r.money(kRoAllowance, "allowance");
    // A second row for one agent is a contradiction (which department? which
    // pay?), not a duplicate to drop, even when the rows are identical.
    Id id;
    if (d->agents.find(agent, &id) && id < line_of.size() && line_of[id] != 0)
      throw BadRow{Msg(MsgId::kAgentListedTwice, {quote_value(agent), std::to_string(line_of[id])})};
    // Interned only once the row is good: a rejected row must not add an agent.
    e.agent = d->agents.intern(agent);
    e.department = d->departments.intern(trim_name(rows.field(kRoDepartment)));
    e.line = static_cast<uint32_t>(rows.line());
    if (line_of.size() <= e.agent) line_of.resize(e.agent + 1, 0);
    line_of[e.agent] = e.line;
    d->roster.push_back(e);
    // A row pay cannot use is rejected after it is kept: the agent still
    // ranks in their group (ReadOptions::roster_for_pay), but the row is
    // counted, and written to --rejects, as the bad row it is for pay.
    if (o.roster_for_pay)
      if (std::optional<Msg> refused = pay_refusal(e, agent, o.period)) throw BadRow{std::move(*refused)};
    ++r.account().used;
  });
  d->account.push_back(r.account());
}

}  // namespace redhare
