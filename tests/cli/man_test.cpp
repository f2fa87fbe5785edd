// The manual page docs/redhare.1 (issue 5): the sections a man page has, every
// command and every option that --help lists, clean for groff, and installed
// to share/man/man1 by `cmake --install`.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "run.h"

using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::source_path;
using redhare::test::temp_dir;

namespace {

// Runs a shell command and returns what it printed (stdout and stderr).
std::string shell(const std::string& command) {
  std::string out;
  FILE* p = ::popen((command + " 2>&1").c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  ::pclose(p);
  return out;
}

// The long options a --help text lists ("--chats", "--no-sanitize", ...).
std::set<std::string> long_options(const std::string& help) {
  std::set<std::string> names;
  for (size_t p = help.find("--"); p != std::string::npos; p = help.find("--", p + 2)) {
    size_t end = p + 2;
    while (end < help.size() && (std::isalnum(static_cast<unsigned char>(help[end])) || help[end] == '-')) ++end;
    if (end > p + 2) names.insert(help.substr(p, end - p));
  }
  return names;
}

// roff writes a hyphen as "\-".
std::string roff(const std::string& option) {
  std::string out;
  for (char c : option) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

}  // namespace

TEST_CASE("man page: has the sections of a manual page") {
  std::string man = read_file(source_path("docs/redhare.1"));
  for (const char* section : {".SH NAME\n", ".SH SYNOPSIS\n", ".SH DESCRIPTION\n", ".SH COMMANDS\n", ".SH OPTIONS\n",
                              ".SH EXIT STATUS\n", ".SH ENVIRONMENT\n", ".SH FILES\n", ".SH EXAMPLES\n"}) {
    CAPTURE(section);
    CHECK(man.find(section) != std::string::npos);
  }
  CHECK(man.rfind(".\\\"", 0) == 0);  // starts with a comment, then .TH
  CHECK(man.find("\n.TH REDHARE 1 ") != std::string::npos);
  CHECK(man.find("0 6 2 * * ") != std::string::npos);  // the crontab example
  for (const char* env : {"LC_ALL", "LANG", "NO_COLOR", "TERM"}) CHECK(man.find(env) != std::string::npos);
}

TEST_CASE("man page: every command and every option of --help is documented") {
  std::string man = read_file(source_path("docs/redhare.1"));
  for (const char* cmd : {"check", "metrics", "score", "explain", "awards", "review", "policy"}) {
    CAPTURE(cmd);
    CHECK(man.find(std::string(".TP\n.B ") + cmd + "\n") != std::string::npos);
    auto help = run_redhare({cmd, "--help"});
    REQUIRE(help.status == 0);
    std::set<std::string> options = long_options(help.out);
    CHECK(options.count("--help") == 1);
    for (const std::string& option : options) {
      CAPTURE(option);
      CHECK(man.find(roff(option)) != std::string::npos);
    }
  }
}

TEST_CASE("man page: groff formats it without a warning") {
  // scripts/dev installs groff-base: a machine without it fails here rather
  // than skipping the check unseen.
  REQUIRE_MESSAGE(!shell("command -v groff").empty(), "groff is not installed (apt-get install groff-base)");
  // -k: UTF-8 input through preconv (as man does); -ww: every warning; -z: no output.
  CHECK(shell("groff -k -man -Tutf8 -ww -z '" + source_path("docs/redhare.1") + "'") == "");
}

TEST_CASE("cmake --install puts the man page in share/man/man1") {
  namespace fs = std::filesystem;
  std::string build = fs::path(REDHARE_BINARY).parent_path().string();
  std::string prefix = temp_dir();
  std::string log = shell("cmake --install '" + build + "' --prefix '" + prefix + "'");
  CAPTURE(log);
  std::string installed = prefix + "/share/man/man1/redhare.1";
  REQUIRE(fs::exists(installed));
  CHECK(read_file(installed) == read_file(source_path("docs/redhare.1")));
  CHECK(fs::exists(prefix + "/bin/redhare"));
}
