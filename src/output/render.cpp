#include "redhare/render.h"

#include <unistd.h>

#include <cmath>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

#include "redhare/error.h"
#include "redhare/html.h"
#include "redhare/scoring.h"
#include "redhare/text_width.h"
#include "view_parts.h"
#include "words.h"

namespace redhare {
namespace {

// Widest an input text column (names) gets in a terminal table; longer text
// ends in "…".
constexpr size_t kMaxColumnWidth = 20;
constexpr const char* kNa = "\u2014";  // —

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

// Header member names shown to people.
std::string header_label(const std::string& key, Lang lang) {
  if (lang == Lang::kEn) return key;
  static constexpr std::pair<const char*, const char*> kZh[] = {
      {"period", "周期"},   {"policy", "考核方案"}, {"chats", "聊天记录"},
      {"orders", "订单"},   {"targets", "目标"},    {"reviews", "评价"},
      {"roster", "员工名册"}, {"ratings", "满意度评价"},
      {"history", "历史"},  {"data_spans", "数据范围"}, {"months", "月数"}, {"saved", "已保存"},
      {"agent", "客服"},
  };
  for (auto [en, zh] : kZh)
    if (key == en) return zh;
  return key;
}

// Header values shown to people. Only the period "all" is a word of ours; the
// rest are file names and dates. JSON keeps "all" for scripts.
std::string header_value(const std::string& key, const std::string& value, Lang lang) {
  if (lang == Lang::kZh && key == "period" && value == "all") return "全部数据";
  return one_line(value);
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

// --- table -------------------------------------------------------------------

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kReset = "\x1b[0m";

const char* grade_color(Grade g) {
  switch (g) {
    case Grade::kOutstanding: return "\x1b[1;32m";  // green bold
    case Grade::kExcellent: return "\x1b[32m";      // green
    case Grade::kAverage: return "\x1b[36m";        // cyan
    case Grade::kImprove: return "\x1b[33m";        // yellow
    case Grade::kUrgent: return "\x1b[1;31m";       // red bold
  }
  return "";
}

void pad(std::string& out, size_t n) { out.append(n, ' '); }

void render_table_text(const Table& t, const RenderOptions& o, std::string& out) {
  std::vector<size_t> cols = people_columns(t);
  const std::string& name = title(t, o.lang);
  if (!name.empty()) out += o.color ? fmt::format("{}{}{}\n", kBold, name, kReset) : name + "\n";
  // Display text of every cell first, then widths, then the lines.
  std::vector<std::vector<std::string>> cells(t.rows.size() + 1);
  // Only text from the inputs is cut: a 200-character nickname must not push
  // every column off the screen, while our own labels and notes are short and
  // must stay whole.
  for (size_t c : cols) cells[0].push_back(one_line(label(t.columns[c], o.lang)));
  for (size_t r = 0; r < t.rows.size(); ++r)
    for (size_t c : cols) {
      std::string text = one_line(format_for_people(t.rows[r][c], t.columns[c].type, o.lang));
      if (t.columns[c].from_input && !t.columns[c].keep_whole) text = truncate_to_width(text, kMaxColumnWidth);
      cells[r + 1].push_back(std::move(text));
    }
  std::vector<size_t> width(cols.size(), 0);
  for (const auto& line : cells)
    for (size_t i = 0; i < cols.size(); ++i) width[i] = std::max(width[i], display_width(line[i]));
  for (size_t r = 0; r < cells.size(); ++r) {
    std::string line;
    for (size_t i = 0; i < cols.size(); ++i) {
      const Column& col = t.columns[cols[i]];
      const std::string& text = cells[r][i];
      size_t gap = width[i] - display_width(text);
      bool right = is_number(col.type);
      bool last = i + 1 == cols.size();
      if (i > 0) line += "  ";
      if (right) pad(line, gap);
      const char* color = "";
      if (o.color && r == 0) color = kBold;
      if (o.color && r > 0 && col.type == CellType::kGrade) {
        const Cell& cell = t.rows[r - 1][cols[i]];
        if (!is_na(cell)) color = grade_color(grade_of(cell));
      }
      if (*color) line += color;
      line += text;
      if (*color) line += kReset;
      if (!right && !last) pad(line, gap);
    }
    // No trailing blanks, also when the last cells are empty (check's first /
    // last of a targets file): they show as junk when selected or diffed.
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
    if (r == 0) {
      std::string rule;
      for (size_t i = 0; i < cols.size(); ++i) {
        if (i > 0) rule += "  ";
        rule.append(width[i], '-');
      }
      out += rule + '\n';
    }
  }
}

std::string render_table(const Report& report, const RenderOptions& o) {
  std::string out;
  for (const auto& [key, value] : report.header) {
    std::string k = header_label(key, o.lang);
    std::string v = header_value(key, value, o.lang);
    out += o.color ? fmt::format("{}{}:{} {}\n", kBold, k, kReset, v) : fmt::format("{}: {}\n", k, v);
  }
  for (const Table& t : report.tables) {
    if (!shown(t, true)) continue;
    if (!out.empty()) out += '\n';
    render_table_text(t, o, out);
  }
  if (!report.footer.empty()) {
    if (!out.empty()) out += '\n';
    for (const std::string& line : report.footer) out += line + '\n';
  }
  return out;
}

// --- md ----------------------------------------------------------------------

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : one_line(s)) {
    // `*` too: a grade moved by forced distribution is marked `average*`,
    // and its footnote line starts with `*` (a nested bullet otherwise).
    if (c == '|' || c == '\\' || c == '*') out += '\\';
    out += c;
  }
  return out;
}

std::string render_md(const Report& report, const RenderOptions& o) {
  std::string out;
  for (const auto& [key, value] : report.header)
    out += fmt::format("- {}: {}\n", md_cell(header_label(key, o.lang)), md_cell(header_value(key, value, o.lang)));
  for (const Table& t : report.tables) {
    if (!shown(t, true)) continue;
    if (!out.empty()) out += '\n';
    if (!title(t, o.lang).empty()) out += fmt::format("### {}\n\n", md_cell(title(t, o.lang)));
    std::vector<size_t> cols = people_columns(t);
    std::string head = "|", rule = "|";
    for (size_t c : cols) {
      head += ' ' + md_cell(label(t.columns[c], o.lang)) + " |";
      rule += is_number(t.columns[c].type) ? "---:|" : "---|";
    }
    out += head + '\n' + rule + '\n';
    for (const auto& row : t.rows) {
      std::string line = "|";
      for (size_t c : cols) line += ' ' + md_cell(format_for_people(row[c], t.columns[c].type, o.lang)) + " |";
      out += line + '\n';
    }
  }
  if (!report.footer.empty()) {
    out += '\n';
    for (const std::string& line : report.footer) out += "- " + md_cell(line) + '\n';
  }
  return out;
}

// --- csv / tsv -----------------------------------------------------------------

// OWASP CSV injection: a spreadsheet runs a cell starting with one of these as
// a formula. Only text from the inputs can be hostile; our numbers never are
// (and "-3.00" must stay a number).
bool looks_like_formula(std::string_view s) {
  return !s.empty() && std::strchr("=+-@\t\r", s[0]) != nullptr;
}

std::string csv_field(std::string s, bool tsv) {
  if (tsv) return one_line(s);
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

const Table& pick_section(const Report& report, const std::string& section) {
  std::vector<const Table*> candidates;
  for (const Table& t : report.tables)
    if (shown(t, false)) candidates.push_back(&t);
  if (candidates.empty()) throw UsageError("this report has no table to write as CSV");
  if (section.empty()) return *candidates.front();
  std::string names;
  for (const Table* t : candidates) {
    if (t->key == section) return *t;
    names += (names.empty() ? "" : ", ") + t->key;
  }
  throw UsageError(fmt::format("unknown --section \"{}\": this report has {}", section, names));
}

// The columns CSV, TSV and JSON carry: all but the people-only views.
std::vector<size_t> machine_columns(const Table& t) {
  std::vector<size_t> cols;
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (!t.columns[i].people_only) cols.push_back(i);
  return cols;
}

// CSV lines end in CRLF (RFC 4180); TSV lines in LF (what cut/awk expect).
std::string render_delimited(const Report& report, const RenderOptions& o, bool tsv) {
  const Table& t = pick_section(report, o.section);
  const char sep = tsv ? '\t' : ',';
  const char* eol = tsv ? "\n" : "\r\n";
  std::string out = o.bom ? "\xEF\xBB\xBF" : "";
  std::vector<size_t> cols = machine_columns(t);
  for (size_t k = 0; k < cols.size(); ++k) {
    if (k > 0) out += sep;
    out += csv_field(t.columns[cols[k]].key, tsv);
  }
  out += eol;
  for (const auto& row : t.rows) {
    for (size_t k = 0; k < cols.size(); ++k) {
      const size_t c = cols[k];
      if (k > 0) out += sep;
      std::string v = format_for_machines(row[c], t.columns[c].type);
      if (o.sanitize && t.columns[c].from_input && looks_like_formula(v)) v.insert(0, "'");
      out += csv_field(std::move(v), tsv);
    }
    out += eol;
  }
  return out;
}

// --- json --------------------------------------------------------------------

void json_string(std::string_view s, std::string& out) {
  out += '"';
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20) out += fmt::format("\\u{:04x}", c);
          else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = utf8_decode(s, i, &cp);
    // Invalid bytes would make the whole document invalid JSON.
    if (len == 1) out += "\\ufffd";
    else out.append(s.substr(i, len));
    i += len;
  }
  out += '"';
}

void json_cell(const Cell& cell, CellType type, std::string& out) {
  if (is_na(cell)) {
    out += "null";
  } else if (is_number(type)) {
    out += format_for_machines(cell, type);  // same precision as CSV
  } else if (type == CellType::kGrade) {
    json_string(format_for_machines(cell, type), out);
  } else {
    json_string(as_text(cell), out);
  }
}

std::string render_json(const Report& report) {
  std::string out = "{\n";
  bool first = true;
  auto member = [&](std::string_view key) {
    out += first ? "  " : ",\n  ";
    first = false;
    json_string(key, out);
    out += ": ";
  };
  for (const auto& [key, value] : report.header) {
    member(key);
    json_string(value, out);
  }
  for (const Table& t : report.tables) {
    if (!shown(t, false)) continue;
    member(t.key);
    out += "[";
    for (size_t r = 0; r < t.rows.size(); ++r) {
      out += r == 0 ? "\n    {" : ",\n    {";
      const std::vector<size_t> cols = machine_columns(t);
      for (size_t k = 0; k < cols.size(); ++k) {
        const size_t c = cols[k];
        if (k > 0) out += ", ";
        json_string(t.columns[c].key, out);
        out += ": ";
        json_cell(t.rows[r][c], t.columns[c].type, out);
      }
      out += "}";
    }
    out += t.rows.empty() ? "]" : "\n  ]";
  }
  member("notes");
  out += "[";
  for (size_t i = 0; i < report.footer.size(); ++i) {
    out += i == 0 ? "\n    " : ",\n    ";
    json_string(report.footer[i], out);
  }
  out += report.footer.empty() ? "]" : "\n  ]";
  out += "\n}\n";
  return out;
}

}  // namespace

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

std::string render(const Report& report, const RenderOptions& options) {
  // The other formats show every table, so a --section there would be
  // silently ignored: `score --section actions` would print the scorecards
  // and exit 0. The name is checked first, so a typo is named as one.
  if (!options.section.empty() && options.format != Format::kCsv && options.format != Format::kTsv) {
    pick_section(report, options.section);
    throw UsageError(fmt::format("--section {} picks one table for --format csv or tsv; "
                                 "table, md and json show every table",
                                 options.section));
  }
  switch (options.format) {
    case Format::kTable: return render_table(report, options);
    case Format::kCsv: return render_delimited(report, options, false);
    case Format::kTsv: return render_delimited(report, options, true);
    case Format::kJson: return render_json(report);
    case Format::kMd: return render_md(report, options);
    case Format::kHtml: return render_html(report, options);
  }
  return {};
}

Lang detect_lang(const char* lc_all, const char* lang) {
  // POSIX: a non-empty LC_ALL overrides LANG.
  const char* v = lc_all && *lc_all ? lc_all : lang;
  return v && std::strncmp(v, "zh", 2) == 0 ? Lang::kZh : Lang::kEn;
}

bool want_color(int fd, const char* no_color, const char* term, std::string_view flag) {
  if (flag == "always") return true;
  if (flag == "never") return false;
  if (flag != "auto") throw UsageError(fmt::format("--color must be auto, always or never, not \"{}\"", flag));
  if (no_color && *no_color) return false;
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(fd) == 1;
}

}  // namespace redhare
