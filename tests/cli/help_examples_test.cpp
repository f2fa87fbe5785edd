// The example under each command's --help is what a new user copies first:
// each one on the example month must run as written (from a folder holding
// examples/) and succeed quietly.
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
  for (const char* cmd : {"check", "metrics", "score", "explain", "awards", "policy"}) {
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
      CHECK(r.err == "");
      ++ran;
    }
  }
  CHECK(ran == 4);  // check, metrics, score, explain
}
