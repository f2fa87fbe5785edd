#include "render_parts.h"

#include <cmath>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

#include "redhare/error.h"
#include "redhare/scoring.h"
#include "table_words.h"
#include "view_parts.h"
#include "words.h"

namespace redhare {

// Fixed decimals without locale. A value that rounds to zero prints without a
// sign ("-0.0" would read as a loss).
std::string fixed(double v, int decimals) {
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s[0] == '-' && s.find_first_not_of("0.", 1) == std::string::npos) s.erase(0, 1);
  return s;
}

bool is_number(CellType t) {
  return t == CellType::kInt || t == CellType::kRate || t == CellType::kSeconds ||
         t == CellType::kMoney || t == CellType::kNumber || t == CellType::kRatio;
}

// A text or grade cell. A view that put a number there has a bug: say so
// (internal failure, exit 1) instead of printing something wrong.
const std::string& as_text(const Cell& c) {
  if (auto s = std::get_if<std::string>(&c)) return *s;
  throw std::logic_error("report: a text column holds a number");
}

// Doubles come as double; an int64 in a double column (or the reverse) is
// accepted so views need not care.
double as_double(const Cell& c) {
  if (auto d = std::get_if<double>(&c)) return *d;
  return static_cast<double>(std::get<int64_t>(c));
}
int64_t as_int(const Cell& c) {
  if (auto i = std::get_if<int64_t>(&c)) return *i;
  return std::llround(std::get<double>(c));
}

bool is_na(const Cell& c) {
  if (std::holds_alternative<std::monostate>(c)) return true;
  auto d = std::get_if<double>(&c);
  return d && !std::isfinite(*d);
}

// A kGrade cell holds the Grade's value and a moved mark (view_parts.h grade_cell).
Grade grade_of(const Cell& c) { return view_parts::cell_grade(c); }

// Cells are one line in every format: tabs and line breaks become spaces.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

const std::string& label(const Column& c, Lang lang) { return lang == Lang::kZh ? c.zh : c.en; }
const std::string& title(const Table& t, Lang lang) { return lang == Lang::kZh ? t.title_zh : t.title_en; }

// Header member names shown to people: the member's key (JSON's name for it,
// and the input kinds of check's files table) with its label.
std::string header_label(const std::string& key, Lang lang) {
  using table_words::Label;
  static constexpr std::pair<const char*, Label> kLabels[] = {
      {"period", Label::kHeaderPeriod},   {"policy", Label::kHeaderPolicy},   {"chats", Label::kHeaderChats},
      {"orders", Label::kHeaderOrders},   {"targets", Label::kHeaderTargets}, {"reviews", Label::kHeaderReviews},
      {"roster", Label::kHeaderRoster},   {"ratings", Label::kHeaderRatings},
      {"history", Label::kHeaderHistory}, {"data_spans", Label::kHeaderDataSpans}, {"months", Label::kHeaderMonths},
      {"saved", Label::kHeaderSaved},     {"needed", Label::kHeaderNeeded},   {"listed_by", Label::kHeaderListedBy},
      {"listed", Label::kHeaderListed},   {"agent", Label::kHeaderAgent},
  };
  for (auto [k, l] : kLabels)
    if (key == k) return table_words::text(l, lang);
  return key;
}

// Header values shown to people. Only the period "all" is a word of ours; the
// rest are file names and dates. JSON keeps "all" for scripts.
std::string header_value(const std::string& key, const std::string& value, Lang lang) {
  if (key == "period" && value == "all") return table_words::text(table_words::Label::kPeriodAll, lang);
  return one_line(value);
}

std::vector<size_t> machine_columns(const Table& t) {
  std::vector<size_t> cols;
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (!t.columns[i].people_only) cols.push_back(i);
  return cols;
}

bool shown(const Table& t, bool people) {
  return t.audience == Audience::kAll || (people ? t.audience == Audience::kPeople
                                                 : t.audience == Audience::kMachines);
}

std::vector<size_t> people_columns(const Table& t) {
  std::vector<size_t> cols;
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (!t.columns[i].detail_only) cols.push_back(i);
  return cols;
}

const Table& pick_section(const Report& report, const std::string& section) {
  std::vector<const Table*> candidates;
  for (const Table& t : report.tables)
    if (shown(t, false)) candidates.push_back(&t);
  if (candidates.empty()) throw UsageError(Msg(MsgId::kNoCsvTable));
  if (section.empty()) return *candidates.front();
  std::string names;
  for (const Table* t : candidates) {
    if (t->key == section) return *t;
    names += (names.empty() ? "" : ", ") + t->key;
  }
  throw UsageError(Msg(MsgId::kUnknownSection, {section, names}));
}

std::pair<std::string, std::string> header_for_people(const std::string& key, const std::string& value,
                                                      Lang lang) {
  return {header_label(key, lang), header_value(key, value, lang)};
}

std::string format_money(int64_t fen, bool for_people) {
  // Unsigned magnitude: -INT64_MIN does not fit an int64.
  uint64_t mag = fen < 0 ? uint64_t{0} - static_cast<uint64_t>(fen) : static_cast<uint64_t>(fen);
  std::string yuan = std::to_string(mag / 100);
  if (for_people)
    for (size_t i = yuan.size(); i > 3; i -= 3) yuan.insert(i - 3, ",");
  return fmt::format("{}{}{}.{:02}", fen < 0 ? "-" : "", for_people ? "\u00a5" : "", yuan, mag % 100);
}

std::string format_for_people(const Cell& cell, CellType type, Lang lang) {
  if (is_na(cell)) return kNa;
  switch (type) {
    case CellType::kText: return as_text(cell);
    case CellType::kGrade:
      return std::string(words::grade(grade_of(cell), lang)) + (view_parts::cell_grade_moved(cell) ? view_parts::kMovedMark : "");
    case CellType::kInputKind: return header_label(as_text(cell), lang);  // chats → 聊天记录
    case CellType::kInt: return std::to_string(as_int(cell));
    case CellType::kRate: return fixed(as_double(cell) * 100, 1) + "%";
    case CellType::kSeconds: return fixed(as_double(cell), 1) + "s";
    case CellType::kMoney: return format_money(as_int(cell), true);
    case CellType::kNumber: return fixed(as_double(cell), 1);
    case CellType::kRatio: return fixed(as_double(cell), 2);
  }
  return {};
}

std::string format_for_machines(const Cell& cell, CellType type) {
  if (is_na(cell)) return {};
  switch (type) {
    case CellType::kGrade: return grade_key(grade_of(cell));
    case CellType::kText:
    case CellType::kInputKind: return as_text(cell);
    case CellType::kInt: return std::to_string(as_int(cell));
    case CellType::kRate: return fixed(as_double(cell), 4);
    case CellType::kSeconds: return fixed(as_double(cell), 1);
    case CellType::kMoney: return format_money(as_int(cell), false);
    case CellType::kNumber: return fixed(as_double(cell), 2);
    case CellType::kRatio: return fixed(as_double(cell), 4);
  }
  return {};
}

}  // namespace redhare
