// utf8_check's run of 3-byte characters (issue 7) must judge exactly as the
// general path: the leads it leaves out (E0 overlongs, ED surrogates) and a
// character cut by the end of the buffer still go there.
#include <doctest/doctest.h>

#include <string>

#include "redhare/utf8.h"

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
