// Usage mistakes an ops lead makes at the terminal: each gets ONE line on
// stderr that starts with "redhare: ", names what was wrong and which help to
// read, exit status 2, and nothing on stdout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "run.h"

using redhare::test::cat;
using redhare::test::example_inputs;
using redhare::test::run_redhare;
using redhare::test::RunResult;
using redhare::test::split_lines;

namespace {

// The one line a failed run printed, after checking the run failed cleanly.
std::string only_error_line(const RunResult& r) {
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  std::vector<std::string> lines = split_lines(redhare::test::without_target_warning(r.err));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("redhare: ", 0) == 0);
  return lines[0];
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a misspelt command is named, with the list of commands") {
  std::string line = only_error_line(run_redhare(cat({"scroe"}, example_inputs())));
  CHECK(has(line, "unknown command \"scroe\""));
  CHECK(has(line, "check, metrics, score, explain, pay, awards, review, policy"));
  CHECK(has(line, "(see `redhare --help`)"));
}

TEST_CASE("no command at all lists the commands") {
  std::string line = only_error_line(run_redhare(std::vector<std::string>{}));
  CHECK(has(line, "a command is needed: check, metrics, score"));
}

TEST_CASE("a misspelt option is named, not its value, with the command's help") {
  // CLI11 alone says "The following arguments were not expected: csv --fromat".
  std::string line = only_error_line(run_redhare(cat({"score", "--fromat", "csv"}, example_inputs())));
  CHECK(line == "redhare: unknown option --fromat (see `redhare score --help`)");
}

TEST_CASE("a stray argument is named") {
  std::string line = only_error_line(run_redhare(cat({"metrics", "oct.csv"}, example_inputs())));
  CHECK(line == "redhare: unexpected argument \"oct.csv\" (see `redhare metrics --help`)");
}

TEST_CASE("a --format typo is one line that lists the formats, never a silent table") {
  std::string line = only_error_line(run_redhare(cat({"metrics", "--format", "cvs"}, example_inputs())));
  CHECK(line == "redhare: --format takes table, csv, tsv, json, md or html, not \"cvs\" (see `redhare metrics --help`)");
}

TEST_CASE("bad --color, --lang, --encoding and --max-errors values are named once, at the command line") {
  CHECK(only_error_line(run_redhare(cat({"metrics", "--color", "sometimes"}, example_inputs()))) ==
        "redhare: --color must be auto, always or never, not \"sometimes\" (see `redhare metrics --help`)");
  CHECK(only_error_line(run_redhare(cat({"metrics", "--lang", "fr"}, example_inputs()))) ==
        "redhare: --lang takes en or zh, not \"fr\" (see `redhare metrics --help`)");
  CHECK(only_error_line(run_redhare(cat({"metrics", "--encoding", "latin1"}, example_inputs()))) ==
        "redhare: --encoding takes utf-8, gbk, gb18030 or auto, not \"latin1\" (see `redhare metrics --help`)");
  CHECK(only_error_line(run_redhare(cat({"metrics", "--max-errors", "-1"}, example_inputs()))) ==
        "redhare: --max-errors: expected a count of rows (0, 1, 2, ...), not \"-1\" (see `redhare metrics --help`)");
  // One past 2^64-1: refused, not clamped to the largest count.
  CHECK(only_error_line(run_redhare(cat({"metrics", "--max-errors", "18446744073709551616"}, example_inputs()))) ==
        "redhare: --max-errors: \"18446744073709551616\" is too large (at most 18446744073709551615) (see `redhare metrics --help`)");
}

TEST_CASE("a missing required option names it and the command") {
  std::string line = only_error_line(run_redhare(cat({"explain"}, example_inputs())));
  CHECK(line == "redhare: --agent is required (see `redhare explain --help`)");
}

TEST_CASE("--help still prints the help and exits 0") {
  RunResult r = run_redhare({"score", "--help"});
  CHECK(r.status == 0);
  CHECK(has(r.out, "--history"));
  CHECK(r.err.empty());
}

TEST_CASE("--section without --format csv is refused instead of ignored") {
  // Before: `score --section actions` printed the whole scorecard, exit 0.
  std::string line = only_error_line(run_redhare(cat({"score", "--section", "actions"}, example_inputs())));
  CHECK(line == "redhare: --section actions picks one table for --format csv or tsv; "
                "table, md and json show every table");
  line = only_error_line(run_redhare(cat({"score", "--format", "json", "--section", "agentz"}, example_inputs())));
  CHECK(line == "redhare: unknown --section \"agentz\": this report has scores, actions");
}

TEST_CASE("explain --agent with a typo suggests the nearest agent names") {
  auto explain = [](const std::string& agent) {
    return only_error_line(run_redhare(cat({"explain", "--agent", agent}, example_inputs())));
  };
  std::string chats = redhare::test::source_path("examples/chats.csv");
  // One character off (百 for 白), with or without the shop prefix: 红兔旗舰店:大白
  // is 1 edit away; 红兔旗舰店:小美 is 2 (小, 美), so only 大白 is named.
  CHECK(explain("红兔旗舰店:大百") ==
        "redhare: " + chats + ": no agent \"红兔旗舰店:大百\"; did you mean \"红兔旗舰店:大白\"");
  CHECK(explain("大百") == "redhare: " + chats + ": no agent \"大百\"; did you mean \"红兔旗舰店:大白\"");
  // A full-width colon, as an IME types it, is one edit too.
  CHECK(explain("红兔旗舰店：大白") ==
        "redhare: " + chats + ": no agent \"红兔旗舰店：大白\"; did you mean \"红兔旗舰店:大白\"");
  // Nothing near: say where the names are.
  CHECK(explain("xyz") == "redhare: " + chats + ": no agent \"xyz\"; `redhare metrics` lists the agents");
}

TEST_CASE("--max-errors takes a count: -1 is refused, not read as 2^64-1") {
  // Before: CLI11 wrapped -1 into the largest uint64, a lenient run that
  // never stops, and exited 0.
  std::string line = only_error_line(run_redhare(cat({"check", "--max-errors", "-1"}, example_inputs())));
  CHECK(line == "redhare: --max-errors: expected a count of rows (0, 1, 2, ...), not \"-1\" "
                "(see `redhare check --help`)");
  CHECK(run_redhare(cat({"check", "--max-errors", "10"}, example_inputs())).status == 0);
}
