// Errors that carry where they happened.
//
// Bad input is the user's to fix, so its message must point at the spot:
// "chats.csv:17: bad time "2026-13-01" in column time". Internal failures are
// ordinary std exceptions and map to exit status 1.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace redhare {

// Exit statuses of SPEC section 7.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitBadInput = 2;

// A place in an input file. line 0 = the file as a whole (e.g. it cannot be
// opened); column empty = the row as a whole.
struct Location {
  std::string file;
  uint64_t line = 0;
  std::string column;
};

// Formats "file:line: message" (or "file: message" when line is 0).
std::string format_location(const Location& where, const std::string& message);

// Bad input: a file that cannot be read, a bad row, a missing column.
// what() is the full "file:line: message" text; reason() is the message alone
// (what a rejects file records next to the line number).
class InputError : public std::runtime_error {
 public:
  InputError(Location where, std::string reason);
  const Location& where() const { return where_; }
  const std::string& reason() const { return reason_; }

 private:
  Location where_;
  std::string reason_;
};

// Bad command line or policy file (also exit status 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An output the user named (-o FILE, --history DIR with --save, stdout) that
// cannot be written: a read-only directory, a full disk, a directory in the
// way. The user fixes it, so it is exit status 2 like bad input; the message
// is "path: strerror".
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Quotes a user value for an error message: at most 80 characters (never cut
// inside a UTF-8 sequence), control characters shown as \n, \t, \xNN.
std::string quote_value(std::string_view value);

}  // namespace redhare
