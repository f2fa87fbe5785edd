// libFuzzer target: the money parser.
//
// Accepted money is never negative and never more than the parser's cap
// (it refuses to grow a number past 10^12 yuan, so 10^13 + 9 yuan 99 fen
// is the largest it can return). Accepted text stays accepted, with the same value, when
// wrapped in spaces: trimming is part of the contract.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "redhare/money.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  redhare::Fen fen = -1;
  if (!redhare::parse_money(text, &fen)) return 0;
  // (10^13 + 9) * 100 + 99 fen.
  if (fen < 0 || fen > 1'000'000'000'000'999LL) std::abort();
  redhare::Fen padded = -1;
  std::string wrapped = " " + std::string(text) + "\t";
  if (!redhare::parse_money(wrapped, &padded) || padded != fen) std::abort();
  return 0;
}
