#include <doctest/doctest.h>

#include "redhare/text_width.h"

using redhare::display_width;
using redhare::truncate_to_width;

namespace {
// Every sequence decodes with its full length: nothing was cut mid-character.
bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    size_t len = redhare::utf8_decode(s, i, &cp);
    if (cp == 0xFFFD && len == 1) return false;
    i += len;
  }
  return true;
}
}  // namespace

TEST_CASE("display width counts CJK and fullwidth forms as two columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("王小明") == 6);        // 3 ideographs x 2
  CHECK(display_width("欧阳娜娜") == 8);
  CHECK(display_width("김민수") == 6);        // Hangul syllables
  CHECK(display_width("ＡＢ，") == 6);        // fullwidth letters and comma
  CHECK(display_width("客服：A") == 7);       // 2 + 2 + fullwidth colon 2 + 1
}

TEST_CASE("display width: emoji two, joiners and selectors zero, em dash one") {
  CHECK(display_width("🐰") == 2);
  CHECK(display_width("小兔🐰") == 6);
  CHECK(display_width("☕") == 2);            // U+2615, emoji presentation
  CHECK(display_width("❤\uFE0F") == 1 + 0);  // U+2764 is text presentation; VS16 is 0
  CHECK(display_width("👩\u200D💻") == 4);    // 2 + ZWJ 0 + 2 (terminals differ; we count parts)
  CHECK(display_width("e\u0301") == 1);       // combining acute
  CHECK(display_width("—") == 1);
  CHECK(display_width("A—B") == 3);
}

TEST_CASE("display width counts an invalid byte as one column") {
  CHECK(display_width("a\xff" "b") == 3);
  CHECK(display_width("\xe7\x8e") == 2);  // truncated 3-byte sequence: two bad bytes
}

TEST_CASE("truncation keeps text that fits and never splits a character") {
  CHECK(truncate_to_width("王小明", 6) == "王小明");
  // 5 columns: keep 4 for text + 1 for the ellipsis: 王小 (4) + …
  CHECK(truncate_to_width("王小明", 5) == "王小…");
  // 4 columns: 3 for text fits only 王 (2; 小 would make 4) + …
  CHECK(truncate_to_width("王小明", 4) == "王…");
  CHECK(truncate_to_width("abcdef", 4) == "abc…");
  CHECK(truncate_to_width("🐰🐰🐰", 4) == "🐰…");
  CHECK(truncate_to_width("abc", 0) == "");
  for (size_t w = 1; w < 12; ++w) {
    std::string cut = truncate_to_width("欧阳娜娜🐰—abc", w);
    CHECK(display_width(cut) <= w);
    CHECK(valid_utf8(cut));
  }
}
