// The example under each command's --help is what a new user copies first:
// each one on the example month must run as written (from a folder holding
// examples/) and succeed quietly. And each --help names only the --section
// tables its command has.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "run.h"

using redhare::test::run_redhare;
using redhare::test::shell_words;
using redhare::test::RunResult;
using redhare::test::RunSpec;
using redhare::test::source_path;
using redhare::test::split_lines;
using redhare::test::temp_dir;

TEST_CASE("every --help example on the example month runs as written") {
  // A scratch folder with examples/ in it, so an example's -o file lands there.
  std::string dir = temp_dir();
  std::filesystem::create_directory_symlink(source_path("examples"), dir + "/examples");
  int ran = 0;
  for (const char* cmd : {"check", "metrics", "score", "explain", "pay", "awards", "review", "policy"}) {
    for (const std::string& line : split_lines(run_redhare({cmd, "--help"}).out)) {
      if (line.rfind("  redhare ", 0) != 0 || line.find("examples/") == std::string::npos) continue;
      std::vector<std::string> args = shell_words(line);
      args.erase(args.begin());
      CAPTURE(line);
      RunSpec spec;
      spec.args = args;
      spec.cwd = dir;
      RunResult r = run_redhare(spec);
      CHECK(r.status == 0);
      CHECK(redhare::test::without_target_warning(r.err) == "");
      ++ran;
    }
  }
  CHECK(ran == 6);  // check, metrics, score, explain, pay, review
}

TEST_CASE("each command's --help lists exactly the --section names that command takes") {
  // The names after "which table to write: " up to " (default", split on |.
  auto help_sections = [](const std::string& cmd) {
    std::string help = run_redhare({cmd, "--help"}).out;
    const std::string intro = "which table to write: ";
    size_t begin = help.find(intro);
    REQUIRE(begin != std::string::npos);
    begin += intro.size();
    std::string list = help.substr(begin, help.find(" (default", begin) - begin);
    std::vector<std::string> names(1);
    for (char c : list) {
      if (c == '|') names.emplace_back();
      else names.back() += c;
    }
    return names;
  };
  std::string history = temp_dir();
  redhare::test::write_file(history + "/2026-10.csv", "agent,score,grade,rank\nA,80,average,1\n");
  const std::vector<std::string> month = redhare::test::example_inputs();
  const std::string roster = source_path("examples/roster.csv");  // explain's pay section, and pay
  const std::vector<std::pair<std::string, std::vector<std::string>>> commands = {
      {"check", month},
      {"metrics", month},
      {"score", month},
      {"explain", redhare::test::cat({"--agent", "红兔旗舰店:大白", "--roster", roster}, month)},
      {"pay", redhare::test::cat({"--roster", roster}, month)},
      {"awards", {"--history", history, "--period", "2026-Q4"}},
      {"review", {"--history", history, "--period", "2026"}}};
  for (const auto& [cmd, inputs] : commands) {
    CAPTURE(cmd);
    std::vector<std::string> names = help_sections(cmd);
    std::string joined;
    for (const std::string& name : names) {
      CAPTURE(name);
      CHECK(run_redhare(redhare::test::cat({cmd, "--format", "csv", "--section", name}, inputs)).status == 0);
      joined += (joined.empty() ? "" : ", ") + name;
    }
    // ...and no other: the error for an unknown name lists the report's tables.
    RunResult bad = run_redhare(redhare::test::cat({cmd, "--format", "csv", "--section", "nope"}, inputs));
    CHECK(redhare::test::without_target_warning(bad.err) == "redhare: unknown --section \"nope\": this report has " + joined + "\n");
  }
}
