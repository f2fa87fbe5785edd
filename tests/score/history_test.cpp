#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "redhare/atomic_file.h"
#include "redhare/consequences.h"
#include "redhare/error.h"
#include "redhare/period.h"
#include "score_helpers.h"

namespace redhare {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "redhare-score-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path); }
  std::string file(const char* name) const { return (path / name).string(); }
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

TEST_CASE("save_history then read_history gives the same rows, names quoted") {
  TempDir dir;
  const Policy p = default_policy();
  std::vector<Scorecard> cards = {testing::card("小王, \"A\"", 91.25, 1, p), testing::card("b", 40.5, 0, p)};
  save_history(dir.path.string(), parse_month("2026-10", 0), cards);
  CHECK(slurp(dir.file("2026-10.csv")) ==
        "agent,score,grade,rank\n\"小王, \"\"A\"\"\",91.25,excellent,1\nb,40.5,urgent,0\n");
  write(dir.file("notes.txt"), "ignored");
  write(dir.file("2026-9.csv"), "not a month file name: ignored");
  std::vector<HistoryMonth> h = read_history(dir.path.string());
  REQUIRE(h.size() == 1);
  CHECK(h[0].month.label == "2026-10");
  REQUIRE(h[0].rows.size() == 2);
  CHECK(h[0].rows[0].agent == "小王, \"A\"");
  CHECK(h[0].rows[0].score == 91.25);
  CHECK(h[0].rows[0].grade == Grade::kExcellent);
  CHECK(h[0].rows[0].rank == 1);
  CHECK(h[0].rows[1].rank == 0);
}

TEST_CASE("re-saving a month replaces its file; months come back oldest first") {
  TempDir dir;
  const Policy p = default_policy();
  save_history(dir.path.string(), parse_month("2026-10", 0), {testing::card("a", 50, 1, p)});
  save_history(dir.path.string(), parse_month("2026-09", 0), {testing::card("a", 60, 1, p)});
  save_history(dir.path.string(), parse_month("2026-10", 0), {testing::card("z", 70, 1, p)});
  std::vector<HistoryMonth> h = read_history(dir.path.string());
  REQUIRE(h.size() == 2);
  CHECK(h[0].month.label == "2026-09");
  REQUIRE(h[1].rows.size() == 1);
  CHECK(h[1].rows[0].agent == "z");
}

TEST_CASE("bad history content is an InputError with file:line") {
  TempDir dir;
  write(dir.file("2026-10.csv"), "agent,score,grade,rank\na,90,excellent,1\nb,ninety,average,2\n");
  try {
    read_history(dir.path.string());
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("2026-10.csv:3:") != std::string::npos);
    CHECK(std::string(e.what()).find("ninety") != std::string::npos);
  }
}

TEST_CASE("write_file_atomically replaces content and leaves no temp file") {
  TempDir dir;
  write_file_atomically(dir.file("out.csv"), "old\n");
  write_file_atomically(dir.file("out.csv"), "new\n");
  CHECK(slurp(dir.file("out.csv")) == "new\n");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("a failed atomic write throws with the path and leaves no temp files") {
  // CI runs as root, so a read-only directory would not stop the write: a
  // missing directory does.
  TempDir dir;
  const std::string path = dir.file("missing/out.csv");
  try {
    write_file_atomically(path, "x");
    FAIL("no error");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()).find(path + ": ") == 0);
    CHECK(std::string(e.what()).find("No such file") != std::string::npos);
  }
  CHECK(fs::is_empty(dir.path));
  // Renaming onto a directory fails after the temp file was written: it is removed.
  fs::create_directory(dir.path / "taken");
  CHECK_THROWS_AS(write_file_atomically(dir.file("taken"), "x"), std::runtime_error);
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

}  // namespace
}  // namespace redhare
