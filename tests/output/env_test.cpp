#include <doctest/doctest.h>

#include "redhare/error.h"
#include "redhare/render.h"

using redhare::detect_lang;
using redhare::Lang;
using redhare::want_color;

TEST_CASE("detect_lang: zh locales give Chinese, LC_ALL wins over LANG") {
  CHECK(detect_lang(nullptr, "zh_CN.UTF-8") == Lang::kZh);
  CHECK(detect_lang(nullptr, "zh_TW") == Lang::kZh);
  CHECK(detect_lang("en_US.UTF-8", "zh_CN.UTF-8") == Lang::kEn);
  CHECK(detect_lang("zh_CN.GB18030", "C") == Lang::kZh);
  CHECK(detect_lang("", "zh_CN.UTF-8") == Lang::kZh);  // empty LC_ALL is unset
  CHECK(detect_lang(nullptr, nullptr) == Lang::kEn);
  CHECK(detect_lang(nullptr, "C.UTF-8") == Lang::kEn);
}

TEST_CASE("want_color: always and never ignore the environment") {
  CHECK(want_color(-1, "1", "dumb", "always"));
  CHECK_FALSE(want_color(-1, nullptr, "xterm", "never"));
}

TEST_CASE("want_color: auto needs a terminal, no NO_COLOR and a TERM that is not dumb") {
  CHECK_FALSE(want_color(-1, nullptr, "xterm", "auto"));  // -1 is no terminal
  CHECK_FALSE(want_color(0, "1", "xterm", "auto"));
  CHECK_FALSE(want_color(0, nullptr, "dumb", "auto"));
}

TEST_CASE("want_color rejects an unknown flag") {
  CHECK_THROWS_AS(want_color(-1, nullptr, nullptr, "sometimes"), redhare::UsageError);
}
