// Display width of UTF-8 text in a terminal, for aligning tables.
//
// fmt 9.1 pads by its own width table, which gets emoji and joiners wrong, so
// tables are padded with these functions instead. The table below is a small
// wcwidth: East Asian wide and fullwidth ranges and pictographic emoji take 2
// columns, combining marks, ZWJ and variation selectors take 0, everything else
// (including U+2014 —) takes 1.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace redhare {

// Decodes the code point starting at text[i] into *cp and returns its length
// in bytes. An invalid or truncated sequence yields U+FFFD and length 1, so a
// caller always makes progress.
size_t utf8_decode(std::string_view text, size_t i, char32_t* cp);

// Columns one code point occupies (0, 1 or 2). Control characters count 0.
int codepoint_width(char32_t cp);

// Columns `text` occupies. Invalid UTF-8 bytes count one column each (they are
// shown as a replacement character by most terminals).
size_t display_width(std::string_view text);

// `text` cut to at most `max_width` columns. When it has to cut, it ends with
// "…" (1 column) and never splits a UTF-8 sequence or a wide character.
std::string truncate_to_width(std::string_view text, size_t max_width);

}  // namespace redhare
