// Command-line contract (SPEC 7): subcommands, exit statuses, stdin, pipes,
// atomic -o. These run the real binary.
#include <doctest/doctest.h>

#include <filesystem>

#include "run.h"

using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::RunSpec;
using redhare::test::source_path;
using redhare::test::temp_dir;
using redhare::test::write_file;
using redhare::test::cat;
using redhare::test::example_inputs;

TEST_CASE("version flag prints the version and exits 0") {
  auto r = run_redhare({"--version"});
  CHECK(r.status == 0);
  CHECK(r.out.find("redhare ") == 0);
}

TEST_CASE("every subcommand has help with an example") {
  for (const char* cmd : {"check", "metrics", "score", "explain", "awards", "review", "policy"}) {
    CAPTURE(cmd);
    auto r = run_redhare({cmd, "--help"});
    CHECK(r.status == 0);
    CHECK(r.out.find("Example") != std::string::npos);
    CHECK(r.out.find(std::string("redhare ") + cmd) != std::string::npos);
  }
}

TEST_CASE("usage errors exit 2, not CLI11's 100+") {
  CHECK(run_redhare(std::vector<std::string>{}).status == 2);                             // no subcommand
  CHECK(run_redhare({"metrics", "--bogus"}).status == 2);            // unknown option
  CHECK(run_redhare({"metrics", "--orders", "x"}).status == 2);      // missing --chats
  CHECK(run_redhare({"metrics", "--chats", "/nonexistent/c.csv", "--orders",
                     "/nonexistent/o.csv"}).status == 2);            // no such file
  auto r = run_redhare(cat({"metrics"}, cat(example_inputs(), {"--format", "xml"})));
  CHECK(r.status == 2);
  auto bad_month = run_redhare(cat({"metrics", "--chats", source_path("examples/chats.csv"),
                                    "--orders", source_path("examples/orders.csv")},
                                   {"--month", "2026-13"}));
  CHECK(bad_month.status == 2);
  CHECK(bad_month.err.find("--month") != std::string::npos);
}

TEST_CASE("a dash reads chats from stdin and gives the same figures as the file") {
  auto from_file = run_redhare(cat({"metrics", "--format", "csv"}, example_inputs()));
  REQUIRE(from_file.status == 0);
  std::vector<std::string> args = {"metrics", "--format", "csv", "--chats", "-",
                                   "--orders", source_path("examples/orders.csv"),
                                   "--targets", source_path("examples/targets.csv"), "--month", "2026-10"};
  RunSpec spec;
  spec.args = args;
  spec.stdin_text = read_file(source_path("examples/chats.csv"));
  auto from_stdin = run_redhare(spec);
  CHECK(from_stdin.status == 0);
  CHECK(from_stdin.out == from_file.out);
}

TEST_CASE("a closed pipe ends quietly with status 0") {
  RunSpec spec;
  spec.args = cat({"metrics", "--format", "csv"}, example_inputs());
  spec.close_stdout_early = true;
  auto r = run_redhare(spec);
  CHECK(r.status == 0);
  CHECK(r.err == redhare::test::example_target_warning());
}

TEST_CASE("same input gives byte-identical output") {
  auto a = run_redhare(cat({"score", "--format", "csv"}, example_inputs()));
  auto b = run_redhare(cat({"score", "--format", "csv"}, example_inputs()));
  REQUIRE(a.status == 0);
  CHECK(a.out == b.out);
}

TEST_CASE("-o writes the file and a failed run leaves the old file intact") {
  std::string dir = temp_dir();
  std::string out = dir + "/metrics.csv";
  auto ok = run_redhare(cat({"metrics", "--format", "csv", "-o", out}, example_inputs()));
  REQUIRE(ok.status == 0);
  CHECK(ok.out.empty());
  std::string good = read_file(out);
  CHECK(good.rfind("agent,department,role,consulted,", 0) == 0);

  // A bad row stops the run: exit 2, and the earlier file is untouched.
  std::string bad = dir + "/bad_chats.csv";
  write_file(bad, "time,agent,customer,direction\n2026-10-01 09:00:00,a,b,sideways\n");
  auto fail = run_redhare({"metrics", "--format", "csv", "-o", out, "--chats", bad, "--orders",
                           source_path("examples/orders.csv")});
  CHECK(fail.status == 2);
  CHECK(fail.err.find("bad_chats.csv:2:") != std::string::npos);
  CHECK(read_file(out) == good);
  // No temp files are left behind.
  int files = 0;
  for (auto& e : std::filesystem::directory_iterator(dir)) (void)e, ++files;
  CHECK(files == 2);
}

TEST_CASE("the printed default policy read back scores exactly like the built-in one") {
  std::string dir = temp_dir();
  auto p = run_redhare({"policy", "-o", dir + "/policy.ini"});
  REQUIRE(p.status == 0);
  auto builtin = run_redhare(cat({"score", "--format", "csv", "--reviews",
                                  source_path("examples/reviews.csv")}, example_inputs()));
  auto from_file = run_redhare(cat({"score", "--format", "csv", "--policy", dir + "/policy.ini",
                                    "--reviews", source_path("examples/reviews.csv")}, example_inputs()));
  REQUIRE(builtin.status == 0);
  CHECK(from_file.status == 0);
  CHECK(from_file.out == builtin.out);
}
