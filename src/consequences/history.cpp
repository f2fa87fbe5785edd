// Month history: DIR/YYYY-MM.csv with columns agent,score,grade,rank, and
// department,role when an agent of the month is outside the shop's single
// ranking group (files without them are one group: every file written before
// groups existed, and every month without a roster).
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "redhare/atomic_file.h"
#include "redhare/byte_source.h"
#include "redhare/consequences.h"
#include "redhare/csv_rows.h"
#include "redhare/csv_write.h"
#include "redhare/error.h"

namespace redhare {

namespace {

// "2026-10.csv" -> year, month; false for any other name.
bool month_file(const std::string& name, int* year, int* month) {
  if (name.size() != 11 || name.substr(7) != ".csv" || name[4] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6})
    if (name[i] < '0' || name[i] > '9') return false;
  *year = std::atoi(name.substr(0, 4).c_str());
  *month = std::atoi(name.substr(5, 2).c_str());
  return *month >= 1 && *month <= 12;
}

// Read by the same CSV reader as every input (quotes, CRLF, BOM, blank lines).
HistoryMonth read_month(const std::filesystem::path& path, int year, int month) {
  const std::string file = path.string();
  CsvRows rows(file, std::make_unique<ByteSource>(file, Encoding::kUtf8));
  HistoryMonth m;
  m.month = parse_month(fmt::format("{:04}-{:02}", year, month), 0);
  const std::vector<std::string> header = {"agent", "score", "grade", "rank"};
  const std::vector<std::string> grouped = {"agent", "score", "grade", "rank", "department", "role"};
  if (rows.header() != header && rows.header() != grouped)
    throw InputError({file, 1, ""}, Msg(MsgId::kHistoryHeader));
  const size_t columns = rows.header().size();
  m.without_groups = columns != grouped.size();
  std::vector<int> order(columns);
  for (size_t c = 0; c < columns; ++c) order[c] = static_cast<int>(c);
  rows.set_columns(std::move(order), columns);
  while (rows.next()) {
    rows.split();
    const uint64_t line = rows.line();
    auto field = [&](size_t c) { return std::string(rows.field(c)); };
    HistoryRow row;
    row.agent = field(0);
    const std::string score = field(1), grade = field(2), rank_text = field(3);
    char* end = nullptr;
    row.score = std::strtod(score.c_str(), &end);
    if (score.empty() || *end) throw InputError({file, line, "score"}, Msg(MsgId::kHistoryBadScore, {quote_value(score)}));
    std::optional<Grade> g = grade_from_key(grade);
    if (!g) throw InputError({file, line, "grade"}, Msg(MsgId::kHistoryBadGrade, {quote_value(grade)}));
    row.grade = *g;
    long rank = std::strtol(rank_text.c_str(), &end, 10);
    if (rank_text.empty() || *end || rank < 0) throw InputError({file, line, "rank"}, Msg(MsgId::kHistoryBadRank, {quote_value(rank_text)}));
    row.rank = static_cast<int>(rank);
    if (columns == grouped.size()) {
      row.group.department = field(4);
      std::optional<Role> role = role_from_key(rows.field(5));
      if (!role) throw InputError({file, line, "role"}, Msg(MsgId::kHistoryBadRole, {quote_value(field(5))}));
      row.group.role = *role;
    }
    m.rows.push_back(std::move(row));
  }
  return m;
}

}  // namespace

std::vector<HistoryMonth> read_history(const std::string& dir, MissingHistory missing) {
  std::error_code ec;
  if (missing == MissingHistory::kMissingIsEmpty && !std::filesystem::exists(dir, ec) && !ec) return {};
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) throw InputError({dir, 0, ""}, Msg(MsgId::kHistoryUnreadable, {ec.message()}));
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
  if (period.is_all()) throw UsageError(Msg(MsgId::kSaveNeedsMonth));
  // The group columns only when there is more than the shop's one group, so
  // a month without a roster is saved exactly as before groups existed.
  const bool grouped = std::any_of(cards.begin(), cards.end(), [](const Scorecard& c) { return c.group != GroupKey{}; });
  std::string text = grouped ? "agent,score,grade,rank,department,role\n" : "agent,score,grade,rank\n";
  for (const Scorecard& c : cards) {
    // No activity (SPEC 8): no score to keep. Absent from the month, the
    // agent's 3-month runs end here, as for a month they were not in.
    if (!c.active) continue;
    append_csv_field(&text, c.figures.name);  // the one CSV field writer (csv_write.h)
    text += fmt::format(",{},{},{}", c.score, grade_key(c.grade), c.rank);
    if (grouped) {
      text += ',';
      append_csv_field(&text, c.group.department);
      text += fmt::format(",{}", role_key(c.group.role));
    }
    text += "\n";
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw OutputError(Msg(MsgId::kHistoryCannotCreate, {dir, ec.message()}));
  write_file_atomically((std::filesystem::path(dir) / (period.label + ".csv")).string(), text);
}

}  // namespace redhare
