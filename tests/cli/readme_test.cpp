// The top-level README shows runs of redhare on the example month with their
// output. A reader copies those commands; this test runs each one as written,
// from the repository root, and checks the README shows what the binary
// prints now, so a change to a table or a figure cannot leave it stale.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "run.h"

using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::shell_words;
using redhare::test::RunResult;
using redhare::test::RunSpec;
using redhare::test::source_path;
using redhare::test::split_lines;

namespace {

// One "$ redhare …" run shown in a fenced block: the command (continuation
// lines joined) and the lines shown after it, up to the next "$ " or the
// block's end.
struct ShownRun {
  std::string command;
  std::vector<std::string> output;
};

std::vector<ShownRun> shown_runs(const std::string& readme) {
  std::vector<ShownRun> runs;
  bool in_block = false;
  ShownRun* current = nullptr;
  bool continued = false;
  for (const std::string& line : split_lines(readme)) {
    if (line.rfind("```", 0) == 0) {
      in_block = !in_block;
      current = nullptr;
      continue;
    }
    if (!in_block) continue;
    if (continued) {
      current->command += ' ' + line.substr(line.find_first_not_of(' '));
    } else if (line.rfind("$ ", 0) == 0) {
      runs.push_back({line.substr(2), {}});
      current = &runs.back();
    } else {
      if (current) current->output.push_back(line);
      continue;
    }
    continued = current->command.back() == '\\';
    if (continued) current->command.pop_back();
  }
  return runs;
}

// A run on the example month (its input files exist under the repository
// root), as opposed to the shape of a run on a shop's own exports.
bool on_examples(const std::vector<std::string>& args) {
  for (size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i].rfind("--", 0) == 0 && args[i + 1].rfind("examples/", 0) == 0 &&
        !std::filesystem::exists(source_path(args[i + 1])))
      return false;
  for (const std::string& a : args)
    if (a.rfind("examples/", 0) == 0) return true;
  return false;
}

RunResult run_in_repo(std::vector<std::string> args) {
  RunSpec spec;
  spec.args = std::move(args);
  spec.cwd = source_path("");
  return run_redhare(spec);
}

bool has_line(const std::vector<std::string>& lines, const std::string& line) {
  for (const std::string& l : lines)
    if (l == line) return true;
  return false;
}

}  // namespace

TEST_CASE("README: every run on the example month prints what the README shows") {
  std::vector<ShownRun> runs = shown_runs(read_file(source_path("README.md")));
  int checked = 0;
  for (const ShownRun& run : runs) {
    std::vector<std::string> args = shell_words(run.command);
    if (args.empty() || args[0] != "redhare") continue;
    args.erase(args.begin());
    if (!on_examples(args)) continue;
    CAPTURE(run.command);
    RunResult r = run_in_repo(args);
    CHECK(r.status == 0);
    std::vector<std::string> out = split_lines(r.out);
    bool elided = !run.output.empty() && run.output.front().rfind("…", 0) == 0;
    if (!elided) {
      CHECK(out == run.output);
    } else {
      // "…  (the Sessions … tables)" stands for what is left out; each line
      // shown after that note is a line of the output.
      for (const std::string& line : run.output) {
        if (line.rfind("…", 0) == 0 || line.rfind("    ", 0) == 0) continue;
        CAPTURE(line);
        CHECK(has_line(out, line));
      }
    }
    ++checked;
  }
  // check, score --lang en, explain, pay, review 2025 and 2026-H1: a README
  // edit that loses them should fail.
  CHECK(checked == 6);
}

TEST_CASE("README: the Chinese scorecard is what --lang zh prints") {
  const std::string readme = read_file(source_path("README.md"));
  size_t intro = readme.find("The same in Chinese (`--lang zh`");
  REQUIRE(intro != std::string::npos);
  size_t begin = readme.find("```\n", intro);
  REQUIRE(begin != std::string::npos);
  begin += 4;
  size_t end = readme.find("```", begin);
  RunResult r = run_in_repo({"score", "--chats", "examples/chats.csv", "--orders", "examples/orders.csv",
                             "--targets", "examples/targets.csv", "--reviews", "examples/reviews.csv",
                             "--roster", "examples/roster.csv", "--ratings", "examples/ratings.csv",
                             "--month", "2026-10", "--lang", "zh"});
  CHECK(r.status == 0);
  CHECK(r.out == readme.substr(begin, end - begin));
}
