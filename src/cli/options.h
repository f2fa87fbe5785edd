// The command line in two steps: CLI11 fills RawOptions (the words as typed),
// then parse_options() turns them into typed Options once, at the boundary.
// Every command works from Options and never looks at an option's text again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "redhare/byte_source.h"
#include "redhare/environment.h"
#include "redhare/lang.h"
#include "redhare/report.h"
#include "redhare/views.h"

namespace redhare::cli {

enum class Command { kCheck, kMetrics, kScore, kExplain, kPay, kAwards, kReview, kPolicy };
// The command's word on the command line ("score").
const char* command_name(Command command);

// What CLI11 fills: the option words as typed. Empty strings mean "not given".
struct RawOptions {
  std::string chats, orders, targets, reviews, policy;
  std::string roster, ratings;
  std::string encoding = "utf-8";
  std::vector<std::string> time_format;  // "PATTERN" or "chats=PATTERN", repeatable
  std::string work_hours, month, max_errors, rejects;
  std::string history, period, agent;
  std::string format = "table", output, lang, color = "auto", section;
  std::string show = "points";
  bool save = false, detail = false, no_sanitize = false, bom = false, quiet = false;
};

// Everything the command line can say, typed and checked.
struct Options {
  Command command = Command::kPolicy;
  Lang lang = Lang::kEn;  // --lang, else the locale (decided first thing in main)
  // Inputs
  std::string chats, orders, targets, reviews, policy;  // policy "" = built-in
  std::string roster, ratings;  // SPEC 8, 9: read and accounted; ratings give figures
  Encoding encoding = Encoding::kUtf8;
  std::string encoding_name;  // as given (gbk, gb18030), for messages
  std::vector<std::string> time_format;  // as given; set_time_formats() (inputs.h) reads them
  std::string work_hours;
  std::optional<std::string> month;  // checked "YYYY-MM" or "last"; none = all data
  uint64_t max_errors = 0;           // 0 = strict
  std::string rejects;
  // History and awards
  std::string history;
  bool save = false;
  std::string period;  // awards: 2026-Q3 | 2026; review: 2026 | 2026-H1
  // explain
  std::string agent;
  // Output
  Format format = Format::kTable;
  std::string output;  // -o FILE; "" = stdout (also for "-")
  ColorMode color = ColorMode::kAuto;
  std::string section;  // one of the command's tables, or "" = the first
  bool detail = false;
  ItemShow show = ItemShow::kPoints;  // score: points | figures in the item columns
  bool no_sanitize = false;
  bool bom = false;
  bool quiet = false;

  bool to_stdout() const { return output.empty(); }
};

// The language of a command line, before anything else is parsed: the value
// of --lang (--lang zh / --lang=zh) if it is en or zh, else the locale's.
Lang scan_lang(int argc, char** argv, const char* lc_all, const char* lc_messages, const char* lang);

// Checks and types `raw`. `sections` are the tables the command can write with
// --section, the default first. Throws UsageError (a Msg) on a bad value; one
// whose form is wrong (--format cvs) points at `redhare <command> --help`.
Options parse_options(const RawOptions& raw, Command command, Lang lang, const std::vector<std::string>& sections);

}  // namespace redhare::cli
