// The example month through the real binary, in its three spellings
// (examples/: Chinese headers, UTF-8; examples/en: English headers, BOM, ISO
// +08:00 times; examples/gbk: GBK, CRLF, YYYY/M/D times, ="…" ids, ￥), checked
// against figures worked out without this code: tests/expected/ holds the
// output of tests/expected/expected_metrics.py, which computes SPEC 3-4 and 9 from
// the SPEC text alone in exact arithmetic (see tests/expected/README.md).
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "run.h"

using redhare::test::read_file;
using redhare::test::run_redhare;
using redhare::test::source_path;

namespace {

struct Variant {
  const char* dir;
  const char* encoding;
};
const Variant kVariants[] = {{"examples", "utf-8"}, {"examples/en", "auto"}, {"examples/gbk", "gbk"}};

std::vector<std::string> inputs(const Variant& v) {
  std::string d = source_path(v.dir);
  return {"--chats",    d + "/chats.csv",   "--orders",  d + "/orders.csv",
          "--targets",  d + "/targets.csv", "--ratings", d + "/ratings.csv",
          "--roster",   d + "/roster.csv",  "--month",   "2026-10",
          "--encoding", v.encoding};
}

std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// RFC 4180 rows end in CRLF; the expected files are plain LF text.
std::string crlf_to_lf(const std::string& csv) {
  std::string out;
  for (size_t i = 0; i < csv.size(); ++i) {
    if (csv[i] == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') continue;
    out += csv[i];
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) out.push_back(field);
  return out;
}

}  // namespace

TEST_CASE("metrics csv of the example month matches the independently computed figures") {
  const std::string expected = read_file(source_path("tests/expected/metrics_2026-10.csv"));
  REQUIRE(!expected.empty());
  for (const Variant& v : kVariants) {
    CAPTURE(v.dir);
    auto r = run_redhare(with({"metrics", "--format", "csv"}, inputs(v)));
    REQUIRE(r.status == 0);
    CHECK(r.out.find("\r\n") != std::string::npos);
    CHECK(crlf_to_lf(r.out) == expected);
  }
}

TEST_CASE("shop totals of the example month match the independently computed ones") {
  // tests/expected/shop_2026-10.txt names -> the shop table's columns.
  const std::map<std::string, std::string> column_of = {
      {"orders_in_period", "orders"},     {"silent_orders", "silent_orders"},
      {"total_sales", "total_sales"},     {"attributed_sales", "attributed_sales"},
      {"silent_sales", "silent_sales"},   {"silent_share", "silent_share"},
      {"attributed_payers", "payers"},    {"shop_aov", "aov"}};
  std::map<std::string, std::string> expected;
  for (const std::string& line : split(read_file(source_path("tests/expected/shop_2026-10.txt")), '\n')) {
    auto eq = line.find('=');
    if (eq != std::string::npos && column_of.count(line.substr(0, eq)))
      expected[column_of.at(line.substr(0, eq))] = line.substr(eq + 1);
  }
  REQUIRE(expected.size() == column_of.size());
  for (const Variant& v : kVariants) {
    CAPTURE(v.dir);
    auto r = run_redhare(with({"metrics", "--format", "csv", "--section", "shop"}, inputs(v)));
    REQUIRE(r.status == 0);
    std::vector<std::string> lines = split(crlf_to_lf(r.out), '\n');
    REQUIRE(lines.size() == 2);
    std::vector<std::string> header = split(lines[0], ','), values = split(lines[1], ',');
    REQUIRE(header.size() == values.size());
    for (size_t i = 0; i < header.size(); ++i) {
      CAPTURE(header[i]);
      if (expected.count(header[i])) CHECK(values[i] == expected[header[i]]);
    }
  }
}

TEST_CASE("check accounts for every row of the example files, the same in every spelling") {
  // examples/README.md: 559 chat messages and 116 order rows, one of them an
  // identical duplicate (orders.csv lines 94 and 95); 7 roster rows; 19
  // ratings, 4 of them superseded the same day and 2 outside October.
  std::string first;
  for (const Variant& v : kVariants) {
    CAPTURE(v.dir);
    auto r = run_redhare(with({"check", "--format", "csv"}, inputs(v)));
    REQUIRE(r.status == 0);
    std::vector<std::string> lines = split(crlf_to_lf(r.out), '\n');
    REQUIRE(lines.size() == 6);  // header, chats, orders, targets, roster, ratings
    std::vector<std::string> h = split(lines[0], ',');
    auto col = [&](const std::vector<std::string>& row, const std::string& name) {
      for (size_t i = 0; i < h.size(); ++i)
        if (h[i] == name) return std::stoll(row[i]);
      FAIL("no column " << name);
      return -1LL;
    };
    std::vector<std::string> chats = split(lines[1], ','), orders = split(lines[2], ',');
    std::vector<std::string> roster = split(lines[4], ','), ratings = split(lines[5], ',');
    CHECK(col(chats, "rows_read") == 559);
    CHECK(col(orders, "rows_read") == 116);
    CHECK(col(orders, "duplicates") == 1);
    CHECK(col(roster, "used") == 7);
    CHECK(col(ratings, "rows_read") == 19);
    CHECK(col(ratings, "duplicates") == 4);
    CHECK(col(ratings, "outside_period") == 2);
    for (size_t i = 1; i < lines.size(); ++i) {
      std::vector<std::string> row = split(lines[i], ',');
      CHECK(col(row, "rows_read") ==
            col(row, "used") + col(row, "outside_period") + col(row, "duplicates") + col(row, "rejected"));
    }
    // The account does not depend on the spelling; only the file names differ.
    std::string counts;
    for (size_t i = 1; i < lines.size(); ++i) {
      std::vector<std::string> row = split(lines[i], ',');
      for (const char* c : {"rows_read", "used", "outside_period", "duplicates", "rejected"})
        counts += std::to_string(col(row, c)) + " ";
    }
    if (first.empty()) first = counts;
    CHECK(counts == first);
  }
}
