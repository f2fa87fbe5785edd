// read_inputs: the input files of one run -> Dataset (records.h), with the
// row account of SPEC 6.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "redhare/byte_source.h"
#include "redhare/period.h"
#include "redhare/policy.h"
#include "redhare/records.h"
#include "redhare/row_errors.h"

namespace redhare {

struct InputFiles {
  std::string chats;    // required; "-" = stdin
  std::string orders;   // required
  std::string targets;  // optional ("" = none)
  std::string reviews;  // optional
  std::string roster;   // optional (SPEC 8)
  std::string ratings;  // optional (SPEC 9)
};

struct ReadOptions {
  Encoding encoding = Encoding::kAuto;
  std::string encoding_name;       // as given (gbk, gb18030), for messages; empty = "gbk"
  std::string time_format;         // strftime-style, for every file; empty = the built-in forms
  // A file kind's own pattern ("chats" -> "%Y/%m/%d %I:%M:%S %p"), which wins
  // over time_format for that kind: a 12-hour chats export beside a normal
  // orders export.
  std::map<std::string, std::string> time_format_by_kind;
  Period period;                   // messages kept from period.begin - attribution_window
  const Policy* policy = nullptr;  // null = default_policy()
  size_t chunk = 1 << 16;          // raw read size (tests shrink it)
  // If set, the raw bytes of every input are added here as they are read (both
  // reader threads add to it), so the CLI can draw a progress bar.
  std::atomic<uint64_t>* bytes_read = nullptr;
  // `pay`: a roster row pay cannot use (pay_refusal in roster.h) is a bad row
  // of the run, like any other: strict stops at it, lenient counts it against
  // --max-errors, writes it to --rejects and counts it rejected. The entry is
  // still kept, so the agent's department and role rank them as `score` does
  // and the sheet pays the others the scorecard's lines.
  bool roster_for_pay = false;
};

// The --time-format values as given ("PATTERN" for every file, or
// "chats=PATTERN", "orders=..." for one kind; repeatable) -> options.
// Throws UsageError for a kind given twice or two patterns for every file.
void set_time_formats(const std::vector<std::string>& given, ReadOptions* options);

// Reads chats and orders concurrently, then targets, reviews, roster and
// ratings. Bad rows go
// to `errors` (which throws in strict mode or past its limit). Throws
// InputError for a file-level problem (cannot open, missing column, bad bytes).
Dataset read_inputs(const InputFiles& files, const ReadOptions& options, RowErrors& errors);

}  // namespace redhare
