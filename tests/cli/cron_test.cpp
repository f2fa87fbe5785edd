// Cron manners (issue 5): `--month last` is the month before today, a
// `--save` into a history folder is repeatable byte for byte, and a run with
// no terminal says nothing on stderr.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "run.h"

using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::RunSpec;
using redhare::test::source_path;
using redhare::test::temp_dir;

namespace {

std::vector<std::string> inputs(std::vector<std::string> a) {
  a.insert(a.end(), {"--chats", source_path("examples/chats.csv"), "--orders", source_path("examples/orders.csv"),
                     "--targets", source_path("examples/targets.csv"), "--reviews",
                     source_path("examples/reviews.csv")});
  return a;
}

}  // namespace

TEST_CASE("--month last scores the calendar month before today (shop time, +08:00)") {
  // Today in the default policy's shop time, by the standard library's calendar.
  using namespace std::chrono;
  auto shop_now = system_clock::now() + hours(8);
  year_month_day today{floor<days>(shop_now)};
  year_month last = year_month{today.year(), today.month()} - months(1);
  std::string label = fmt::format("{:04}-{:02}", static_cast<int>(last.year()),
                                  static_cast<unsigned>(last.month()));
  // check, not score: from December 2026 on the example month (October) is
  // not "last", and a scoring run refuses a month without chats.
  auto r = run_redhare(inputs({"check", "--month", "last"}));
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("period: " + label + "\n", 0) == 0);
}

TEST_CASE("score --save twice into a new history folder writes the same file twice") {
  std::string history = temp_dir() + "/history";  // not there yet: the first --save creates it
  auto args = inputs({"score", "--month", "2026-10", "--history", history, "--save", "--format", "csv"});
  auto first = run_redhare(args);
  REQUIRE(first.status == 0);
  CHECK(first.err == redhare::test::example_target_warning());
  std::string saved = read_file(history + "/2026-10.csv");
  // One row per scored agent: 6 in the example month (阿杰, with a target
  // but no chat and no order, has no activity and no score to keep), plus the header.
  size_t lines = 0;
  for (char c : saved) lines += c == '\n';
  CHECK(lines == 1 + 6);
  CHECK(saved.find("阿杰") == std::string::npos);
  auto second = run_redhare(args);
  REQUIRE(second.status == 0);
  CHECK(read_file(history + "/2026-10.csv") == saved);
  CHECK(second.out == first.out);
  // Nothing else appears in the folder (no temp files left).
  size_t files = 0;
  for (auto& e : std::filesystem::directory_iterator(history)) (void)e, ++files;
  CHECK(files == 1);
}

TEST_CASE("a cron run (no terminal, TERM unset) writes only data, no escapes, nothing on stderr") {
  RunSpec spec;
  spec.args = inputs({"score", "--month", "2026-10"});
  spec.env = {"TERM", "NO_COLOR", "LANG", "LC_ALL"};  // cron's bare environment
  auto r = run_redhare(spec);
  CHECK(r.status == 0);
  CHECK(r.err == redhare::test::example_target_warning());  // a warning, which cron mails: meant
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find('\r') == std::string::npos);
  CHECK(r.out.rfind("period: 2026-10\n", 0) == 0);  // English without a locale
}

TEST_CASE("score --save with an -o that cannot be written leaves the history as it was") {
  // The cron job's -o into a missing folder fails (exit 2); the month must
  // not be kept as if the run had worked, or the rerun's streak rules would
  // count a month nobody received.
  std::string history = temp_dir() + "/history";
  auto r = run_redhare(redhare::test::cat(
      {"score", "--history", history, "--save", "-o", history + "-missing/score.csv"},
      redhare::test::example_inputs()));
  CHECK(r.status == 2);
  CHECK(r.err.find("cannot write ") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(history + "/2026-10.csv"));
}
