#include "redhare/environment.h"

#include <unistd.h>

#include <cstring>

namespace redhare {

std::optional<Lang> parse_lang(std::string_view text) {
  if (text == "en") return Lang::kEn;
  if (text == "zh") return Lang::kZh;
  return std::nullopt;
}

Lang detect_lang(const char* lc_all, const char* lc_messages, const char* lang) {
  const char* v = nullptr;
  for (const char* candidate : {lc_all, lc_messages, lang})
    if (candidate && *candidate) {
      v = candidate;
      break;
    }
  return v && std::strncmp(v, "zh", 2) == 0 ? Lang::kZh : Lang::kEn;
}

std::optional<ColorMode> parse_color_mode(std::string_view text) {
  if (text == "auto") return ColorMode::kAuto;
  if (text == "always") return ColorMode::kAlways;
  if (text == "never") return ColorMode::kNever;
  return std::nullopt;
}

bool want_color(int fd, const char* no_color, const char* term, ColorMode mode) {
  if (mode == ColorMode::kAlways) return true;
  if (mode == ColorMode::kNever) return false;
  if (no_color && *no_color) return false;
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(fd) == 1;
}

}  // namespace redhare
