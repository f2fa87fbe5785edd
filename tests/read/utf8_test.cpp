// utf8_check's run of 3-byte characters (issue 7) must judge exactly as the
// general path: the leads it leaves out (E0 overlongs, ED surrogates) and a
// character cut by the end of the buffer still go there.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "redhare/utf8.h"
#include "split_mix.h"

using redhare::utf8_check;
using redhare::Utf8Check;

namespace {
const std::string kZhong = "\xE4\xB8\xAD";  // 中: 3 bytes
const std::string kRun = kZhong + kZhong + kZhong;  // 9 bytes of valid 3-byte characters

Utf8Check check(const std::string& s) { return utf8_check(s.data(), s.size()); }
}  // namespace

TEST_CASE("utf8: a run of Chinese characters and ASCII around it is valid") {
  const std::string s = "a," + kRun + ",b" + kRun + "\xEF\xBC\x8C" "\xEE\x80\x80";  // ， U+FF0C, U+E000
  const Utf8Check v = check(s);
  CHECK(v.valid == s.size());
  CHECK_FALSE(v.invalid);
}

TEST_CASE("utf8: a bad continuation after a run is invalid at its lead byte") {
  const Utf8Check v = check(kRun + "\xE4\x28\xAD");  // '(' is no continuation byte
  CHECK(v.valid == 9);
  CHECK(v.invalid);
  const Utf8Check w = check(kRun + "\xE4\xB8\x28");  // third byte bad
  CHECK(w.valid == 9);
  CHECK(w.invalid);
}

TEST_CASE("utf8: surrogates (ED A0..BF) and overlongs (E0 80..9F) after a run are invalid") {
  const Utf8Check surrogate = check(kRun + "\xED\xA0\x80");
  CHECK(surrogate.valid == 9);
  CHECK(surrogate.invalid);
  const Utf8Check ok_ed = check(kRun + "\xED\x9F\xBF");  // U+D7FF, the last before surrogates
  CHECK(ok_ed.valid == 12);
  CHECK_FALSE(ok_ed.invalid);
  const Utf8Check overlong = check(kRun + "\xE0\x80\xAF");
  CHECK(overlong.valid == 9);
  CHECK(overlong.invalid);
}

TEST_CASE("utf8: a character cut by the buffer end after a run is incomplete, not invalid") {
  const Utf8Check v = check(kRun + "\xE4\xB8");
  CHECK(v.valid == 9);
  CHECK_FALSE(v.invalid);
  const Utf8Check emoji = check(kRun + "\xF0\x9F\x98\x80");  // 4 bytes after 3-byte ones
  CHECK(emoji.valid == 13);
  CHECK_FALSE(emoji.invalid);
}

namespace {

using Rng = redhare::test::SplitMix;

}  // namespace

TEST_CASE("utf8: the AVX2 check says what the scalar check says, on 100000 random texts") {
  if (redhare::best_simd() != redhare::Simd::kAvx2) {
    MESSAGE("this CPU has no AVX2: only the SSE2 path runs");
    return;
  }
  // Whole characters of every length and edge, and bytes that break them:
  // overlongs, surrogates, above U+10FFFF, stray continuations, cut leads.
  const std::vector<std::string> pieces = {
      "a", "0123456789abcdef", kZhong, kRun, "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF",
      "\xEE\x80\x80", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF3\xBF\xBF\xBF", "\xC0\xAF", "\xC1\xBF",
      "\xE0\x9F\xBF", "\xED\xA0\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\x80",
      "\xBF", "\xE4\xB8", "\xF0\x90", "\xC2"};
  Rng rng{16};
  size_t invalid = 0;
  for (int i = 0; i < 100000; ++i) {
    std::string s;
    const size_t parts = 1 + rng.below(60);
    // Mostly valid text with a rare bad piece, so errors land at every offset.
    for (size_t k = 0; k < parts; ++k) s += pieces[rng.below(rng.below(8) == 0 ? pieces.size() : 12)];
    const Utf8Check want = utf8_check(s.data(), s.size(), redhare::Simd::kSse2);
    const Utf8Check got = utf8_check(s.data(), s.size(), redhare::Simd::kAvx2);
    invalid += want.invalid;
    if (got.valid != want.valid || got.invalid != want.invalid) {
      CAPTURE(s);
      FAIL("AVX2 and scalar differ");
    }
  }
  CHECK(invalid > 10000);
  CHECK(invalid < 90000);
}

TEST_CASE("utf8: AVX2 finds a bad byte and a cut character at every offset of two 32-byte steps") {
  if (redhare::best_simd() != redhare::Simd::kAvx2) return;
  for (size_t k = 0; k < 100; ++k) {
    CAPTURE(k);
    const std::string pad(k, 'x');
    for (const std::string& bad : {std::string("\xFF"), std::string("\xE4\x28\xAD"), std::string("\xED\xA0\x80")}) {
      const std::string s = pad + bad + std::string(80, 'y');
      const Utf8Check v = utf8_check(s.data(), s.size(), redhare::Simd::kAvx2);
      CHECK(v.valid == k);
      CHECK(v.invalid);
    }
    const std::string cut = std::string(80, 'y') + pad + kZhong.substr(0, 2);
    const Utf8Check v = utf8_check(cut.data(), cut.size(), redhare::Simd::kAvx2);
    CHECK(v.valid == cut.size() - 2);
    CHECK_FALSE(v.invalid);
  }
}
