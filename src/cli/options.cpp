#include "options.h"

#include <charconv>
#include <cstring>

#include "redhare/error.h"
#include "redhare/period.h"

namespace redhare::cli {

const char* command_name(Command command) {
  switch (command) {
    case Command::kCheck: return "check";
    case Command::kMetrics: return "metrics";
    case Command::kScore: return "score";
    case Command::kExplain: return "explain";
    case Command::kPay: return "pay";
    case Command::kAwards: return "awards";
    case Command::kReview: return "review";
    case Command::kPolicy: return "policy";
  }
  return "";
}

Lang scan_lang(int argc, char** argv, const char* lc_all, const char* lc_messages, const char* lang) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    std::optional<Lang> l;
    if (a == "--lang" && i + 1 < argc) l = parse_lang(argv[i + 1]);
    else if (a.rfind("--lang=", 0) == 0) l = parse_lang(a.substr(7));
    if (l) return *l;
  }
  return detect_lang(lc_all, lc_messages, lang);
}

namespace {

// Format names as --format takes them; a new format is a line here and a
// renderer (render.cpp).
std::optional<Format> parse_format(std::string_view f) {
  if (f == "table") return Format::kTable;
  if (f == "csv") return Format::kCsv;
  if (f == "tsv") return Format::kTsv;
  if (f == "json") return Format::kJson;
  if (f == "md") return Format::kMd;
  if (f == "html") return Format::kHtml;
  return std::nullopt;
}

// Digits only, and no more than a uint64 holds: "-1" must not become 2^64-1
// (a lenient run that never stops), nor 2^64 silently the largest count.
// A value whose form is wrong (a word --format does not take) is a usage
// mistake like a misspelt option: it points at the command's help, as
// CLI11's own errors do (main.cpp).
[[noreturn]] void bad_value(Command command, Msg what) {
  throw UsageError(Msg(MsgId::kUsageLine, {std::string("redhare ") + command_name(command)}, {std::move(what)}));
}

uint64_t parse_count(Command command, const char* option, const std::string& text) {
  uint64_t n = 0;
  const char* end = text.data() + text.size();
  if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) {
    auto [ptr, ec] = std::from_chars(text.data(), end, n);
    if (ec == std::errc() && ptr == end) return n;
    // Digits, but past 2^64 - 1: said as such (it would have clamped).
    if (ec == std::errc::result_out_of_range) bad_value(command, Msg(MsgId::kCountTooLarge, {option, quote_value(text)}));
  }
  bad_value(command, Msg(MsgId::kBadCount, {option, quote_value(text)}));
}

}  // namespace

Options parse_options(const RawOptions& raw, Command command, Lang lang, const std::vector<std::string>& sections) {
  Options o;
  o.command = command;
  o.lang = lang;
  o.chats = raw.chats;
  o.orders = raw.orders;
  o.targets = raw.targets;
  o.reviews = raw.reviews;
  o.policy = raw.policy;
  o.roster = raw.roster;
  o.ratings = raw.ratings;
  if (raw.encoding != "utf-8" && raw.encoding != "utf8" && raw.encoding != "gbk" && raw.encoding != "gb18030" &&
      raw.encoding != "auto")
    bad_value(command, Msg(MsgId::kBadEncodingOption, {quote_value(raw.encoding)}));
  o.encoding = parse_encoding(raw.encoding);
  o.encoding_name = raw.encoding;
  o.time_format = raw.time_format;
  o.work_hours = raw.work_hours;
  if (!raw.month.empty()) {
    // "last" depends on the policy's time zone, so only the form is checked
    // here; start_run() turns it into a period.
    parse_month(raw.month, 0);
    o.month = raw.month;
  }
  if (!raw.max_errors.empty()) o.max_errors = parse_count(command, "--max-errors", raw.max_errors);
  o.rejects = raw.rejects;
  o.history = raw.history;
  o.save = raw.save;
  o.period = raw.period;
  o.agent = raw.agent;

  std::optional<Format> format = parse_format(raw.format);
  if (!format) bad_value(command, Msg(MsgId::kBadFormat, {quote_value(raw.format)}));
  o.format = *format;
  o.output = raw.output == "-" ? "" : raw.output;
  if (!raw.lang.empty() && !parse_lang(raw.lang)) bad_value(command, Msg(MsgId::kBadLang, {quote_value(raw.lang)}));
  std::optional<ColorMode> color = parse_color_mode(raw.color);
  if (!color) bad_value(command, Msg(MsgId::kBadColor, {quote_value(raw.color)}));
  o.color = *color;

  // --section names one of the command's tables, and only csv/tsv write one
  // table (the others show every table, so a --section there would be
  // silently ignored). The name is checked first, so a typo is named as one.
  // (Said as render() said it before options were checked here: no help hint.)
  if (!raw.section.empty()) {
    bool known = false;
    std::string names;
    for (const std::string& s : sections) {
      known = known || s == raw.section;
      names += (names.empty() ? "" : ", ") + s;
    }
    if (!known) throw UsageError(Msg(MsgId::kUnknownSection, {raw.section, names}));
    if (o.format != Format::kCsv && o.format != Format::kTsv)
      throw UsageError(Msg(MsgId::kSectionNeedsCsv, {raw.section}));
  }
  o.section = raw.section;
  o.detail = raw.detail;
  if (raw.show == "points") o.show = ItemShow::kPoints;
  else if (raw.show == "figures") o.show = ItemShow::kFigures;
  else bad_value(command, Msg(MsgId::kBadShow, {quote_value(raw.show)}));
  o.no_sanitize = raw.no_sanitize;
  o.bom = raw.bom;
  o.quiet = raw.quiet;
  return o;
}

}  // namespace redhare::cli
