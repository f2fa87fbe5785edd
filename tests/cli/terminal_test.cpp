// Terminal manners (issue 5): colour and the progress bar only for a person at
// a terminal, never in pipes, cron mail or with NO_COLOR / TERM=dumb; data on
// stdout, notes and warnings on stderr, -q silencing notes only. The terminal
// is a real pseudo-terminal (RunSpec::stdout_tty / stderr_tty).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "run.h"

using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::RunResult;
using redhare::test::RunSpec;
using redhare::test::source_path;
using redhare::test::strip_ansi;
using redhare::test::temp_dir;
using redhare::test::write_file;

namespace {

std::vector<std::string> score_args() {
  return {"score", "--chats", source_path("examples/chats.csv"), "--orders",
          source_path("examples/orders.csv"), "--targets", source_path("examples/targets.csv"),
          "--reviews", source_path("examples/reviews.csv"), "--month", "2026-10"};
}

// A terminal that can show colour, whatever the environment running the tests.
const std::vector<std::string> kColourTerm = {"TERM=xterm-256color", "NO_COLOR"};

RunResult run(std::vector<std::string> args, std::vector<std::string> env, bool out_tty,
              bool err_tty = false) {
  RunSpec spec;
  spec.args = std::move(args);
  spec.env = std::move(env);
  spec.stdout_tty = out_tty;
  spec.stderr_tty = err_tty;
  return run_redhare(spec);
}

std::vector<std::string> plus(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

bool has_escape(const std::string& s) { return s.find('\x1b') != std::string::npos; }

}  // namespace

TEST_CASE("colour: grades are coloured on a terminal, and only the colour differs from a pipe") {
  RunResult tty = run(score_args(), kColourTerm, true);
  RunResult pipe = run(score_args(), kColourTerm, false);
  REQUIRE(tty.status == 0);
  REQUIRE(pipe.status == 0);
  // The example month has urgent agents (小林—售后 scores 27.4): red bold.
  CHECK(tty.out.find("\x1b[1;31murgent\x1b[0m") != std::string::npos);
  CHECK(tty.out.find("\x1b[36maverage\x1b[0m") != std::string::npos);
  CHECK_FALSE(has_escape(pipe.out));
  // Colour codes take no columns: without them the two outputs are the same bytes.
  CHECK(strip_ansi(tty.out) == pipe.out);
}

TEST_CASE("colour: off on a terminal with NO_COLOR, TERM=dumb or --color never") {
  CHECK_FALSE(has_escape(run(score_args(), {"TERM=xterm", "NO_COLOR=1"}, true).out));
  CHECK_FALSE(has_escape(run(score_args(), {"TERM=dumb", "NO_COLOR"}, true).out));
  CHECK_FALSE(has_escape(run(plus(score_args(), {"--color", "never"}), kColourTerm, true).out));
  // An empty NO_COLOR is unset (no-color.org).
  CHECK(has_escape(run(score_args(), {"TERM=xterm", "NO_COLOR="}, true).out));
}

TEST_CASE("colour: --color always colours a pipe; never CSV, JSON or -o files") {
  CHECK(has_escape(run(plus(score_args(), {"--color", "always"}), kColourTerm, false).out));
  CHECK_FALSE(has_escape(run(plus(score_args(), {"--format", "csv"}), kColourTerm, true).out));
  CHECK_FALSE(has_escape(run(plus(score_args(), {"--format", "json"}), kColourTerm, true).out));
  std::string file = temp_dir() + "/score.txt";
  RunResult r = run(plus(score_args(), {"-o", file}), kColourTerm, true);
  CHECK(r.status == 0);
  CHECK_FALSE(has_escape(read_file(file)));
}

TEST_CASE("a normal run writes data to stdout and nothing to stderr") {
  RunResult r = run(score_args(), {}, false);
  CHECK(r.status == 0);
  CHECK(r.out.find("Scores") != std::string::npos);
  CHECK(redhare::test::without_target_warning(r.err).empty());
}

TEST_CASE("an error goes to stderr with its file and line, even with -q; stdout stays empty") {
  std::string chats = temp_dir() + "/chats.csv";
  write_file(chats, "time,agent,customer,direction\n2026-10-01 09:00:00,a,b,sideways\n");
  RunResult r = run({"metrics", "-q", "--chats", chats, "--orders", source_path("examples/orders.csv")}, {}, false);
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("chats.csv:2: ") != std::string::npos);
}

TEST_CASE("-q silences notes but not the warning that rows were skipped") {
  std::string dir = temp_dir();
  std::string chats = dir + "/chats.csv";
  write_file(chats,
             "time,agent,customer,direction\n"
             "2026-10-01 09:00:00,a,b,in\n"
             "2026-10-01 09:00:10,a,b,sideways\n"  // line 3: bad direction
             "2026-10-01 09:01:00,a,b,out\n");
  std::vector<std::string> args = {"metrics", "--format", "csv", "--chats", chats, "--orders",
                                   source_path("examples/orders.csv"), "--max-errors", "5"};
  RunResult loud = run(args, {}, false);
  REQUIRE(loud.status == 0);
  CHECK(loud.err.find("warning: 1 bad row(s) skipped") != std::string::npos);
  // The note: 3 rows read = 2 used + 0 outside + 0 duplicates + 1 rejected.
  CHECK(loud.err.find(chats + ": 3 read = 2 used + 0 outside period + 0 duplicates + 1 rejected") !=
        std::string::npos);
  RunResult quiet = run(plus(args, {"-q"}), {}, false);
  REQUIRE(quiet.status == 0);
  CHECK(quiet.err.find("warning: 1 bad row(s) skipped") != std::string::npos);
  CHECK(quiet.err.find(" read = ") == std::string::npos);
  CHECK(quiet.out == loud.out);  // data is untouched by -q
}

TEST_CASE("progress bar: on a terminal stderr for >50 MB of input, never in a pipe, with -q or TERM=dumb") {
  namespace fs = std::filesystem;
  std::string dir = temp_dir();
  std::string big = dir + "/big_chats.csv";
  // 60 MiB of one customer message repeated (27 bytes a row): over the 50 MiB
  // threshold whatever the header adds.
  {
    std::ofstream f(big, std::ios::binary);
    f << "time,agent,customer,direction\n";
    const std::string row = "2026-10-05 09:00:00,a,b,in\n";
    REQUIRE(row.size() == 27);
    std::string block;
    for (int i = 0; i < 4096; ++i) block += row;
    for (uint64_t written = 0; written < 60ull << 20; written += block.size()) f << block;
  }
  // 569 blocks of 4096 × 27 = 110592 bytes (568 would stay under 62914560 =
  // 60 MiB) plus the 30-byte header.
  REQUIRE(fs::file_size(big) == 569ull * 110592 + 30);
  std::vector<std::string> args = {"check", "--chats", big, "--orders", source_path("examples/orders.csv")};

  RunResult tty = run(args, {"TERM=xterm"}, false, true);
  REQUIRE(tty.status == 0);
  // The last state is drawn in full and the line ended: 100% of both files,
  // 62926878 + the orders' few kilobytes = 60.0 MiB to one decimal.
  CHECK(tty.err.find("\r[####################] 100%  60.0/60.0 MB\n") != std::string::npos);
  CHECK(tty.err.back() == '\n');
  CHECK(tty.out.find("big_chats.csv") != std::string::npos);  // the data still on stdout

  RunResult piped = run(args, {}, false, false);
  REQUIRE(piped.status == 0);
  CHECK(piped.err.empty());
  CHECK(piped.out == tty.out);

  RunResult quiet = run(plus(args, {"-q"}), {"TERM=xterm"}, false, true);
  CHECK(quiet.err.empty());
  // A dumb terminal cannot overdraw a line: no bar there either.
  RunResult dumb = run(args, {"TERM=dumb"}, false, true);
  CHECK(dumb.err.empty());
  fs::remove(big);
}

TEST_CASE("progress bar: stdin of unknown size shows the bytes read once past 50 MB") {
  // 2,400,000 rows of 27 bytes = 64,800,000 bytes + the 30-byte header.
  std::string chats = "time,agent,customer,direction\n";
  chats.reserve(30 + 2400000 * 27);
  for (int i = 0; i < 2400000; ++i) chats += "2026-10-05 09:00:00,a,b,in\n";
  REQUIRE(chats.size() == 64800030);
  RunSpec spec;
  spec.args = {"check", "--chats", "-", "--orders", source_path("examples/orders.csv")};
  spec.stdin_text = chats;
  spec.stderr_tty = true;
  spec.env = {"TERM=xterm"};
  RunResult r = run_redhare(spec);
  REQUIRE(r.status == 0);
  // No total to draw a bar against: (64800030 + 10963 orders bytes) / 1048576 = 61.81 MiB.
  CHECK(r.err.find("\r61.8 MB\n") != std::string::npos);
  CHECK(r.err.find('[') == std::string::npos);
  CHECK(r.err.back() == '\n');
}

TEST_CASE("progress bar: small inputs on a terminal get none") {
  RunResult r = run(score_args(), {"TERM=xterm"}, false, true);
  CHECK(r.status == 0);
  CHECK(redhare::test::without_target_warning(r.err).empty());
}
