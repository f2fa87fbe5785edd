// The shared pieces of the views (view_parts.h).
#include "view_parts.h"

#include <algorithm>

#include "redhare/render.h"
#include "redhare/text_width.h"

namespace redhare {

namespace view_parts {

Cell opt(const std::optional<double>& v) { return v ? Cell{*v} : Cell{}; }

Column column(const char* key, Label label, CellType type) {
  return Column{key, table_words::text(label, Lang::kEn), table_words::text(label, Lang::kZh), type};
}
Column text_column(const char* key, Label label, bool from_input) {
  Column c = column(key, label, CellType::kText);
  c.from_input = from_input;
  return c;
}
Table make_table(const char* key, Label title) {
  Table t = make_table(key);
  t.title_en = table_words::text(title, Lang::kEn);
  t.title_zh = table_words::text(title, Lang::kZh);
  return t;
}
Table make_table(const char* key) {
  Table t;
  t.key = key;
  return t;
}

Column agent_column() { return text_column("agent", Label::kColAgent, true); }

void add_header(Report& r, const ReportContext& c) {
  r.header.emplace_back("period", c.period);
  r.header.emplace_back("policy", c.policy);
  for (const auto& input : c.inputs) r.header.push_back(input);
}

// The figure an item scores, for the scorecard. aov is scored as the ratio to
// the shop AOV and shown as a percentage (105.0%): one decimal of a ratio
// ("1.1") would hide which side of the 1.10 tier it is on.
CellType item_type(ItemId item) {
  switch (item_info(item).unit) {
    case ItemUnit::kRate:
    case ItemUnit::kShopRatio: return CellType::kRate;
    case ItemUnit::kSeconds: return CellType::kSeconds;
    case ItemUnit::kRatio: return CellType::kRatio;
    case ItemUnit::kCount:
    case ItemUnit::kYuan:
    case ItemUnit::kPoints: return CellType::kNumber;
  }
  return CellType::kNumber;
}

Cell aov_cell(Fen sales, int64_t payers) {
  return payers > 0 ? Cell{divide_fen(sales, payers)} : Cell{};
}

// The moved flag rides above the Grade's bits, so a plain cell is the
// Grade's value as before.
constexpr int64_t kMovedBit = 0x100;
Cell grade_cell(Grade g, bool moved) { return Cell{int64_t{static_cast<int>(g)} | (moved ? kMovedBit : 0)}; }
Grade cell_grade(const Cell& c) { return static_cast<Grade>(std::get<int64_t>(c) & ~kMovedBit); }
bool cell_grade_moved(const Cell& c) { return (std::get<int64_t>(c) & kMovedBit) != 0; }

std::vector<std::string> aligned_lines(const std::vector<AgentLine>& lines) {
  auto amount_text = [](const AgentLine& k) -> std::string {
    if (k.amount == 0) return "";
    return std::string(k.amount > 0 ? "+" : "") + format_money(k.amount, true);
  };
  size_t name_width = 0, amount_width = 0;
  for (const AgentLine& k : lines) {
    name_width = std::max(name_width, display_width(k.agent));
    amount_width = std::max(amount_width, display_width(amount_text(k)));
  }
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (const AgentLine& k : lines) {
    std::string line = k.agent + std::string(name_width - display_width(k.agent) + 2, ' ');
    if (amount_width > 0) {
      std::string amount = amount_text(k);
      line += std::string(amount_width - display_width(amount), ' ') + amount + "  ";
    }
    out.push_back(line + k.text);
  }
  return out;
}

// Quotes an agent name for a shell command line when it needs it.
std::string shell_word(const std::string& s) {
  if (!s.empty() && s.find_first_of(" \t\n'\"\\$`!*?&;|<>(){}[]#~") == std::string::npos) return s;
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace view_parts

}  // namespace redhare
