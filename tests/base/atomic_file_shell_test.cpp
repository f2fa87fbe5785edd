// write_file_atomically decides as a shell's `>` would (issue 12): the mode
// of the file replaced is kept, through a symlink too; a dangling symlink
// creates the file it names; a file we may not write is refused. And a
// SIGTERM in the write window leaves no temp file behind.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>

#include "redhare/atomic_file.h"
#include "temp_dir.h"

namespace redhare {
namespace {

namespace fs = std::filesystem;
using test::slurp;
using test::TempDir;

mode_t mode_of(const std::string& path) {
  struct stat st;
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

bool has_temp_file(const TempDir& dir) {
  for (const auto& e : fs::directory_iterator(dir.path()))
    if (e.path().filename().string().find(".tmp.") != std::string::npos) return true;
  return false;
}

TEST_CASE("replacing a file keeps its mode, also through a symlink (0640 stays 0640)") {
  TempDir dir;
  const std::string target = dir.file("archive.csv", "old\n");
  ::chmod(target.c_str(), 0640);
  write_file_atomically(target, "new\n");
  CHECK(mode_of(target) == 0640);
  fs::create_symlink(target, dir.file("latest.csv"));
  write_file_atomically(dir.file("latest.csv"), "newer\n");
  CHECK(fs::is_symlink(dir.file("latest.csv")));
  CHECK(slurp(target) == "newer\n");
  CHECK(mode_of(target) == 0640);
  // A new file is an ordinary shareable one.
  write_file_atomically(dir.file("new.csv"), "x\n");
  CHECK(mode_of(dir.file("new.csv")) == 0644);
}

TEST_CASE("a dangling symlink creates the file it names, as a shell's > does, and stays a link") {
  TempDir dir;
  fs::create_directory(dir.file("archive"));
  fs::create_symlink("archive/2026-10.csv", dir.file("latest.csv"));  // relative, not there yet
  write_file_atomically(dir.file("latest.csv"), "new\n");
  CHECK(fs::is_symlink(dir.file("latest.csv")));
  CHECK(slurp(dir.file("archive/2026-10.csv")) == "new\n");
  CHECK_FALSE(has_temp_file(dir));
  // A link into a folder that does not exist fails as `>` would.
  fs::create_symlink("nowhere/x.csv", dir.file("broken.csv"));
  CHECK_THROWS_AS(write_file_atomically(dir.file("broken.csv"), "x"), std::runtime_error);
  CHECK(fs::is_symlink(dir.file("broken.csv")));
}

TEST_CASE("a read-only (0444) file is refused as by a shell's >, except for root, and keeps its mode") {
  TempDir dir;
  const std::string target = dir.file("locked.csv", "old\n");
  ::chmod(target.c_str(), 0444);
  if (::geteuid() == 0) {
    // root's `>` writes a 0444 file; so does redhare, and the mode stays.
    write_file_atomically(target, "new\n");
    CHECK(slurp(target) == "new\n");
    CHECK(mode_of(target) == 0444);
  } else {
    try {
      write_file_atomically(target, "new\n");
      FAIL("no error");
    } catch (const std::runtime_error& e) {
      CHECK(std::string(e.what()) == target + ": Permission denied");
    }
    CHECK(slurp(target) == "old\n");
  }
  CHECK_FALSE(has_temp_file(dir));
}

TEST_CASE("SIGTERM during the write removes the temp file, keeps the old file and ends by the signal") {
  TempDir dir;
  const std::string target = dir.file("out.csv", "old\n");
  const std::string big(256u << 20, 'x');
  bool caught_in_window = false;
  for (int attempt = 0; attempt < 5 && !caught_in_window; ++attempt) {
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      try {
        write_file_atomically(target, big);
      } catch (...) {
        ::_exit(3);
      }
      ::_exit(0);
    }
    // Stop the child as soon as its temp file shows, then send SIGTERM.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!has_temp_file(dir) && std::chrono::steady_clock::now() < deadline) {
      int status;
      if (::waitpid(child, &status, WNOHANG) == child) {
        child = 0;
        break;
      }
    }
    if (child == 0) {  // the write won the race: put the old content back and try again
      write_file_atomically(target, "old\n");
      continue;
    }
    ::kill(child, SIGSTOP);
    caught_in_window = has_temp_file(dir);
    ::kill(child, SIGTERM);
    ::kill(child, SIGCONT);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!caught_in_window) {
      write_file_atomically(target, "old\n");
      continue;
    }
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
    CHECK_FALSE(has_temp_file(dir));
    CHECK(slurp(target) == "old\n");
  }
  CHECK(caught_in_window);
}

}  // namespace
}  // namespace redhare
