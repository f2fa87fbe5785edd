// Month history: DIR/YYYY-MM.csv with columns agent,score,grade,rank.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "redhare/atomic_file.h"
#include "redhare/consequences.h"
#include "redhare/error.h"

namespace redhare {

namespace {

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// "2026-10.csv" -> year, month; false for any other name.
bool month_file(const std::string& name, int* year, int* month) {
  if (name.size() != 11 || name.substr(7) != ".csv" || name[4] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6})
    if (name[i] < '0' || name[i] > '9') return false;
  *year = std::atoi(name.substr(0, 4).c_str());
  *month = std::atoi(name.substr(5, 2).c_str());
  return *month >= 1 && *month <= 12;
}

// Splits CSV text into records of fields (quotes, doubled quotes, newlines in
// quotes). Each record carries the line it starts on.
struct Record {
  uint64_t line;
  std::vector<std::string> fields;
};

std::vector<Record> parse_csv(const std::string& text, const std::string& file) {
  std::vector<Record> out;
  uint64_t line = 1;
  size_t i = 0;
  while (i < text.size()) {
    Record r{line, {}};
    std::string field;
    bool done = false;
    while (!done) {
      if (i < text.size() && text[i] == '"') {
        ++i;
        for (;;) {
          if (i >= text.size()) throw InputError({file, r.line, ""}, "unterminated quoted field");
          char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
              continue;
            }
            break;
          }
          if (c == '\n') ++line;
          field += c;
        }
      }
      while (i < text.size() && text[i] != ',' && text[i] != '\n') {
        if (text[i] != '\r') field += text[i];
        ++i;
      }
      r.fields.push_back(std::move(field));
      field.clear();
      if (i < text.size() && text[i] == ',') {
        ++i;
      } else {
        done = true;
        if (i < text.size()) ++i, ++line;
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

HistoryMonth read_month(const std::filesystem::path& path, int year, int month) {
  const std::string file = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({file, 0, ""}, "cannot open history file");
  std::stringstream buf;
  buf << in.rdbuf();
  HistoryMonth m;
  m.month = parse_month(fmt::format("{:04}-{:02}", year, month), 0);
  std::vector<Record> records = parse_csv(buf.str(), file);
  const std::vector<std::string> header = {"agent", "score", "grade", "rank"};
  if (records.empty() || records[0].fields != header)
    throw InputError({file, 1, ""}, "expected the header agent,score,grade,rank");
  for (size_t k = 1; k < records.size(); ++k) {
    const Record& r = records[k];
    if (r.fields.size() == 1 && r.fields[0].empty()) continue;  // blank line
    if (r.fields.size() != 4)
      throw InputError({file, r.line, ""}, fmt::format("expected 4 fields, found {}", r.fields.size()));
    HistoryRow row;
    row.agent = r.fields[0];
    char* end = nullptr;
    row.score = std::strtod(r.fields[1].c_str(), &end);
    if (r.fields[1].empty() || *end) throw InputError({file, r.line, "score"}, "bad score " + quote_value(r.fields[1]));
    std::optional<Grade> g = parse_grade(r.fields[2]);
    if (!g) throw InputError({file, r.line, "grade"}, "bad grade " + quote_value(r.fields[2]));
    row.grade = *g;
    long rank = std::strtol(r.fields[3].c_str(), &end, 10);
    if (r.fields[3].empty() || *end || rank < 0) throw InputError({file, r.line, "rank"}, "bad rank " + quote_value(r.fields[3]));
    row.rank = static_cast<int>(rank);
    m.rows.push_back(std::move(row));
  }
  return m;
}

}  // namespace

std::vector<HistoryMonth> read_history(const std::string& dir, MissingHistory missing) {
  std::error_code ec;
  if (missing == MissingHistory::kMissingIsEmpty && !std::filesystem::exists(dir, ec) && !ec) return {};
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) throw InputError({dir, 0, ""}, "cannot read history directory: " + ec.message());
  std::vector<std::pair<std::string, std::filesystem::path>> files;
  for (const auto& entry : it) {
    int y = 0, m = 0;
    std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && month_file(name, &y, &m)) files.emplace_back(name, entry.path());
  }
  std::sort(files.begin(), files.end());  // YYYY-MM sorts by time
  std::vector<HistoryMonth> out;
  for (const auto& [name, path] : files) {
    int y = 0, m = 0;
    month_file(name, &y, &m);
    out.push_back(read_month(path, y, m));
  }
  return out;
}

void save_history(const std::string& dir, const Period& period, const std::vector<Scorecard>& cards) {
  if (period.is_all()) throw UsageError("--save needs --month: history is kept per month");
  std::string text = "agent,score,grade,rank\n";
  for (const Scorecard& c : cards)
    text += fmt::format("{},{},{},{}\n", csv_field(c.figures.name), c.score, grade_key(c.grade), c.rank);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw OutputError(dir + ": cannot create the history directory: " + ec.message());
  write_file_atomically((std::filesystem::path(dir) / (period.label + ".csv")).string(), text);
}

}  // namespace redhare
