#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>

#include "redhare/atomic_file.h"
#include "redhare/error.h"
#include "temp_dir.h"

namespace redhare {
namespace {

namespace fs = std::filesystem;
using test::slurp;
using test::TempDir;

TEST_CASE("write_file_atomically replaces content and leaves no temp file") {
  TempDir dir;
  write_file_atomically(dir.file("out.csv"), "old\n");
  write_file_atomically(dir.file("out.csv"), "new\n");
  CHECK(slurp(dir.file("out.csv")) == "new\n");
  CHECK(dir.entries() == 1);
}

TEST_CASE("a failed atomic write throws with the path and leaves no temp files") {
  // CI runs as root, so a read-only directory would not stop the write: a
  // missing directory does.
  TempDir dir;
  const std::string path = dir.file("missing/out.csv");
  try {
    write_file_atomically(path, "x");
    FAIL("no error");
  } catch (const OutputError& e) {
    REQUIRE(e.msg().id == MsgId::kFileError);
    CHECK(e.msg().args.at(0) == path);
    CHECK(e.msg().args.at(1).find("No such file") != std::string::npos);
  }
  CHECK(dir.entries() == 0);
  // A directory in the way is an error too, and nothing is left behind.
  fs::create_directory(dir.file("taken"));
  CHECK_THROWS_AS(write_file_atomically(dir.file("taken"), "x"), std::runtime_error);
  CHECK(dir.entries() == 1);
}

TEST_CASE("-o /dev/null writes into the device instead of replacing it") {
  // As root a rename over /dev/null would swap the device for a plain file.
  write_file_atomically("/dev/null", "discarded\n");
  struct stat st;
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("a FIFO target is written in place and stays a FIFO") {
  TempDir dir;
  const std::string fifo = dir.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = slurp(fifo); });  // open blocks until the writer opens
  write_file_atomically(fifo, "through the pipe\n");
  reader.join();
  CHECK(got == "through the pipe\n");
  CHECK(fs::is_fifo(fifo));
  CHECK(dir.entries() == 1);  // no temp file next to it
}

TEST_CASE("a symlink target keeps the link and replaces the file it points to") {
  TempDir dir;
  dir.file("archive-2026-10.csv", "old\n");
  fs::create_symlink("archive-2026-10.csv", dir.file("latest.csv"));
  write_file_atomically(dir.file("latest.csv"), "new\n");
  CHECK(fs::is_symlink(dir.file("latest.csv")));
  CHECK(slurp(dir.file("archive-2026-10.csv")) == "new\n");
  CHECK(dir.entries() == 2);
}

}  // namespace
}  // namespace redhare
