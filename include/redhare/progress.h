// A one-line progress bar for stderr while big inputs are read.
//
// Pure: it returns the line and the caller writes it, only when stderr is a
// terminal (the CLI decides; a log file must not fill with carriage returns).
#pragma once

#include <cstdint>
#include <string>

namespace redhare {

// "\r[#######-------------]  35%  12.3/35.0 MB" for `done` of `total` bytes,
// the bar `bar_width` characters wide. total 0 (stdin, unknown size) shows only
// the bytes read: "\r12.3 MB". The line starts with CR so each call overdraws
// the last; the caller ends with "\n" when done.
std::string progress_line(uint64_t done, uint64_t total, int bar_width = 20);

}  // namespace redhare
