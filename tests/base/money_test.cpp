#include <doctest/doctest.h>

#include "redhare/money.h"

namespace redhare {
namespace {

TEST_CASE("divide_fen rounds once to the nearest fen, halves up") {
  CHECK(divide_fen(10000, 3) == 3333);   // 3333.33…
  CHECK(divide_fen(20000, 3) == 6667);   // 6666.67
  CHECK(divide_fen(1, 2) == 1);          // exactly half a fen: up
  CHECK(divide_fen(3, 2) == 2);
  CHECK(divide_fen(123456, 8) == 15432);  // exact
  CHECK(divide_fen(0, 5) == 0);
  // A double division would land on either side of a half: 0.5 fen exact here.
  CHECK(divide_fen(1005, 10) == 101);  // 100.5 -> 101
  CHECK(divide_fen(-3, 2) == -2);      // away from zero, symmetric
}

}  // namespace
}  // namespace redhare
