#include <doctest/doctest.h>

#include "redhare/environment.h"

using namespace redhare;

TEST_CASE("detect_lang: zh locales give Chinese; LC_ALL, then LC_MESSAGES, then LANG") {
  CHECK(detect_lang(nullptr, nullptr, "zh_CN.UTF-8") == Lang::kZh);
  CHECK(detect_lang(nullptr, nullptr, "zh_TW") == Lang::kZh);
  CHECK(detect_lang("en_US.UTF-8", nullptr, "zh_CN.UTF-8") == Lang::kEn);
  CHECK(detect_lang("zh_CN.GB18030", nullptr, "C") == Lang::kZh);
  CHECK(detect_lang("", nullptr, "zh_CN.UTF-8") == Lang::kZh);  // empty LC_ALL is unset
  CHECK(detect_lang(nullptr, "zh_CN.UTF-8", "en_US.UTF-8") == Lang::kZh);
  CHECK(detect_lang("en_US.UTF-8", "zh_CN.UTF-8", "zh_CN.UTF-8") == Lang::kEn);
  CHECK(detect_lang(nullptr, "", "zh_CN.UTF-8") == Lang::kZh);
  CHECK(detect_lang(nullptr, nullptr, nullptr) == Lang::kEn);
  CHECK(detect_lang(nullptr, nullptr, "C.UTF-8") == Lang::kEn);
}

TEST_CASE("parse_lang and parse_color_mode take only their words") {
  CHECK(parse_lang("zh") == Lang::kZh);
  CHECK(parse_lang("en") == Lang::kEn);
  CHECK_FALSE(parse_lang("fr").has_value());
  CHECK_FALSE(parse_lang("").has_value());
  CHECK(parse_color_mode("always") == ColorMode::kAlways);
  CHECK_FALSE(parse_color_mode("sometimes").has_value());
}

TEST_CASE("want_color: always and never ignore the environment") {
  CHECK(want_color(-1, "1", "dumb", ColorMode::kAlways));
  CHECK_FALSE(want_color(-1, nullptr, "xterm", ColorMode::kNever));
}

TEST_CASE("want_color: auto needs a terminal, no NO_COLOR and a TERM that is not dumb") {
  CHECK_FALSE(want_color(-1, nullptr, "xterm", ColorMode::kAuto));  // -1 is no terminal
  CHECK_FALSE(want_color(0, "1", "xterm", ColorMode::kAuto));
  CHECK_FALSE(want_color(0, nullptr, "dumb", ColorMode::kAuto));
}
