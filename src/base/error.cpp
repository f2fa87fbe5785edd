#include "redhare/error.h"

#include <fmt/format.h>

namespace redhare {

std::string format_location(const Location& where, const std::string& message) {
  if (where.line == 0) return fmt::format("{}: {}", where.file, message);
  return fmt::format("{}:{}: {}", where.file, where.line, message);
}

InputError::InputError(Location where, Msg reason)
    : std::runtime_error(format_location(where, debug_text(reason))),
      where_(std::move(where)),
      reason_(std::move(reason)) {}

std::string quote_value(std::string_view value) {
  constexpr size_t kMaxChars = 80;
  std::string out = "\"";
  size_t chars = 0;
  size_t i = 0;
  while (i < value.size()) {
    if (chars == kMaxChars) {
      out += "…";
      break;
    }
    unsigned char c = static_cast<unsigned char>(value[i]);
    if (c == '\n') {
      out += "\\n";
      ++i;
    } else if (c == '\t') {
      out += "\\t";
      ++i;
    } else if (c == '\r') {
      out += "\\r";
      ++i;
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02X}", c);
      ++i;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
    } else {
      // Copy one whole UTF-8 sequence (or one stray byte as \xNN).
      size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      if (len == 1 || i + len > value.size()) {
        out += fmt::format("\\x{:02X}", c);
        ++i;
      } else {
        out.append(value.substr(i, len));
        i += len;
      }
    }
    ++chars;
  }
  out += "\"";
  return out;
}

}  // namespace redhare
