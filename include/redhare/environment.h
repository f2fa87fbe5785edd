// The decisions a run takes from its environment before anything else: which
// language it speaks and whether it colours a table. They take the values
// rather than reading the environment, so they are testable; cli/main.cpp
// reads getenv and argv once and passes them in.
#pragma once

#include <optional>
#include <string_view>

#include "redhare/lang.h"

namespace redhare {

// "en" or "zh"; nothing for another word.
std::optional<Lang> parse_lang(std::string_view text);

// The locale's language, as POSIX picks the locale for messages: the first
// non-empty of LC_ALL, LC_MESSAGES, LANG; zh when it starts with "zh"
// (zh_CN.UTF-8, zh_TW.GB18030), else en.
Lang detect_lang(const char* lc_all, const char* lc_messages, const char* lang);

// --color auto|always|never.
enum class ColorMode { kAuto, kAlways, kNever };
std::optional<ColorMode> parse_color_mode(std::string_view text);

// auto = `fd` is a terminal, NO_COLOR unset or empty (no-color.org) and TERM
// is not "dumb".
bool want_color(int fd, const char* no_color, const char* term, ColorMode mode);

}  // namespace redhare
