#include <doctest/doctest.h>

#include "redhare/csv_write.h"

using redhare::append_csv_field;

namespace {
std::string field(std::string_view v) {
  std::string out = "x,";
  append_csv_field(&out, v);
  return out;
}
}  // namespace

TEST_CASE("a CSV field is written as is unless it holds a comma, quote or line break") {
  CHECK(field("小美") == "x,小美");
  CHECK(field("") == "x,");
  CHECK(field("a b") == "x,a b");
  CHECK(field("=SUM(A1)") == "x,=SUM(A1)");  // neutralising formulas is the caller's choice
}

TEST_CASE("a CSV field with a comma, quote, CR or LF is quoted and its quotes doubled") {
  CHECK(field("a,b") == "x,\"a,b\"");
  CHECK(field("say \"hi\"") == "x,\"say \"\"hi\"\"\"");
  CHECK(field("two\nlines") == "x,\"two\nlines\"");
  CHECK(field("cr\r") == "x,\"cr\r\"");
}
