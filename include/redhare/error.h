// Errors that carry where they happened.
//
// Bad input is the user's to fix, so its message must point at the spot:
// "chats.csv:17: bad time "2026-13-01" in column time". Internal failures are
// ordinary std exceptions and map to exit status 1.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

#include "redhare/message.h"

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

// The errors below carry a Msg (message.h), which the output stage words in
// the run's language (message_text.h). what() is a language-free rendering
// for logs.

// Bad input: a file that cannot be read, a bad row, a missing column.
// reason() is the message alone (what a rejects file records next to the
// line number); the user sees "file:line: reason".
class InputError : public std::runtime_error {
 public:
  InputError(Location where, Msg reason);
  const Location& where() const { return where_; }
  const Msg& reason() const { return reason_; }

 private:
  Location where_;
  Msg reason_;
};

// Bad command line or policy file (also exit status 2).
class UsageError : public std::runtime_error {
 public:
  explicit UsageError(Msg m) : std::runtime_error(debug_text(m)), msg_(std::move(m)) {}
  const Msg& msg() const { return msg_; }

 private:
  Msg msg_;
};

// An output the user named (-o FILE, --history DIR with --save, stdout) that
// cannot be written: a read-only directory, a full disk, a directory in the
// way. The user fixes it, so it is exit status 2 like bad input; the message
// is kFileError "path: strerror" (or kStdoutError).
class OutputError : public std::runtime_error {
 public:
  explicit OutputError(Msg m) : std::runtime_error(debug_text(m)), msg_(std::move(m)) {}
  const Msg& msg() const { return msg_; }

 private:
  Msg msg_;
};

// Quotes a user value for an error message: at most 80 characters (never cut
// inside a UTF-8 sequence), control characters shown as \n, \t, \xNN.
std::string quote_value(std::string_view value);

}  // namespace redhare
