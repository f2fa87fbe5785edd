// Every message in English (fmt placeholders: arguments, then nested
// messages; see message.h). The English texts are what redhare printed
// before messages had ids: tests and the README quote them byte for byte.
#include "redhare/message.h"

namespace redhare::en {

const char* message_text(MsgId id) {
  switch (id) {
    case MsgId::kNoMessage: return "(no message)";
    case MsgId::kPolicyAt: return "{0}: {1}";
    case MsgId::kPolicyKey: return "{0}: {1}";
    case MsgId::kPolicyNoEquals: return "expected key = value, got {0}";
    case MsgId::kPolicyTwice: return "given twice, on line {0} and line {1}; keep one";
    case MsgId::kPolicyCannotOpen: return "cannot open policy file";
    case MsgId::kPolicyWorkHours: return "work hours: {0}";
    case MsgId::kPolicyUnknownKey: return "unknown key (`redhare policy` prints every key with its default)";
    case MsgId::kPolicyUnclosedQuote: return "unclosed quote in {0}";
    case MsgId::kPolicyAfterQuote: return "text after the closing quote: {0}";
    case MsgId::kPolicyDivByZero: return "division by zero in {0}";
    case MsgId::kPolicyTooLarge: return "{0} is too large";
    case MsgId::kPolicyNotNumber: return "expected a number, got {0}";
    case MsgId::kPolicyNotWhole: return "expected a whole number, got {0}";
    case MsgId::kPolicyNotDuration: return "expected a duration like 30m, 120s or 48h, got {0}";
    case MsgId::kPolicyNotYuan: return "expected an amount in yuan like 100 or 100.50, got {0}";
    case MsgId::kPolicyPayRate: return "expected a rate like 1% or 0.01, not negative, got {0}";
    case MsgId::kPolicyPayRateOver: return "a rate above 100% would pay out more than the sales it is taken from, got {0}";
    case MsgId::kPolicyPayFactorOrder: return "{0} = {1} is below {2} = {3}: a better grade may not earn a smaller commission factor";
    case MsgId::kPolicyAftersalesWeightsZero: return "aftersales item weights are all 0: no aftersales score could mean anything; give at least one aftersales item a weight";
    case MsgId::kPolicyPayFactor: return "expected a factor like 1.1, not negative, got {0}";
    case MsgId::kPolicyPayYuan: return "expected an amount in yuan like 50 or 50.00, not negative, got {0}";
    case MsgId::kPolicyPaySplit: return "expected equal or score, got {0}";
    case MsgId::kPolicyLevelNegative: return "a level cannot be negative: {0}";
    case MsgId::kPolicyLevelsOrder: return "levels must be in ascending order: {0} after {1}";
    case MsgId::kPolicyPayNoGrade: return "no such grade (pay.factor.outstanding, .excellent, .average, .improve, .urgent)";
    case MsgId::kPolicyNotBool: return "expected true or false, got {0}";
    case MsgId::kPolicyNotClock: return "expected HH:MM, got {0}";
    case MsgId::kPolicyNotOffset: return "expected +HH:MM, got {0}";
    case MsgId::kPolicyOffsetRange: return "offset out of range: {0}";
    case MsgId::kPolicyNotHours: return "expected HH:MM-HH:MM, got {0}";
    case MsgId::kPolicyHoursOrder: return "work hours must start before they end: {0}";
    case MsgId::kPolicyAttribution: return "expected last or first, got {0}";
    case MsgId::kPolicyShare: return "a share is 0% to 100%, got {0}";
    case MsgId::kPolicyZeroGap: return "0 would end a session at every message (every reply rate 0); the seed's is 30m";
    case MsgId::kPolicyZeroSlow: return "0 would make every answered turn slow; the seed's is 120s";
    case MsgId::kPolicyZeroStreak: return "a run of 0 months means nothing; the seed's is 3";
    case MsgId::kPolicyNegativeRater: return "a rater weight cannot be negative";
    case MsgId::kPolicyScoreRange: return "scores are 0-100, got {0}";
    case MsgId::kPolicyAliasKey: return "alias keys look like alias.chats.time";
    case MsgId::kPolicyNoSuchItem: return "no such item (items: {0})";
    case MsgId::kPolicyNegativeWeight: return "a weight cannot be negative";
    case MsgId::kPolicyItemKey: return "item keys end in .weight, .tiers, .linear or .direct";
    case MsgId::kPolicyScoredTwice: return "{0} (line {1}) already says how {2} is scored; keep one of the two";
    case MsgId::kPolicyNotDirect: return "{0} is not a 0-100 score; give item.{0}.tiers or item.{0}.linear";
    case MsgId::kPolicyPoints: return "points must be 0-100, got {0}";
    case MsgId::kPolicyBetterLower: return "{0} is better when lower: use <= tiers, or a linear ramp that falls";
    case MsgId::kPolicyBetterHigher: return "{0} is better when higher: use >= tiers, or a linear ramp that rises";
    case MsgId::kPolicyRateRange: return "{0} is a rate from 0% to 100%; {1} is outside it (write 45% or 0.45)";
    case MsgId::kPolicyNegative: return "{0} is never negative; {1} cannot mean anything";
    case MsgId::kPolicyTierForm: return "tier {0} needs threshold:points";
    case MsgId::kPolicyTierStart: return "tier {0} must start with >= or <= or be else";
    case MsgId::kPolicyTiersMix: return "tiers mix >= and <=";
    case MsgId::kPolicyTierNotStricterGe: return "tier {0} is not stricter than the tier before it: >= tiers go from the hardest to meet to the easiest (descending thresholds)";
    case MsgId::kPolicyTierNotStricterLe: return "tier {0} is not stricter than the tier before it: <= tiers go from the hardest to meet to the easiest (ascending thresholds)";
    case MsgId::kPolicyNoTiers: return "no tiers given";
    case MsgId::kPolicyLinearTwo: return "expected two points: zero_at:0, full_at:100";
    case MsgId::kPolicyLinearForm: return "{0} needs figure:points";
    case MsgId::kPolicyLinearEnds: return "expected figure:0, figure:100 with two different figures";
    case MsgId::kPolicyNeedsTiers: return "item.{0}: give item.{0}.tiers or item.{0}.linear";
    case MsgId::kPolicyAftersalesNeedsTiers:
      return "aftersales.item.{0}: give aftersales.item.{0}.tiers or aftersales.item.{0}.linear";
    case MsgId::kPolicyWeightsZero: return "item weights are all 0: no score could mean anything; give at least one item a weight";
    case MsgId::kPolicyReviewWeightsZero: return "review weights are all 0: reviews could not be combined; give at least one rater a weight";
    case MsgId::kPolicyGradeOrder: return "{0} = {1} is not above {2} = {3}: grade thresholds go down from outstanding to improve";
    case MsgId::kWarning: return "warning: {0}";
    case MsgId::kInternalError: return "internal error: {0}";
    case MsgId::kCannotWrite: return "cannot write {0}";
    case MsgId::kFileError: return "{0}: {1}";
    case MsgId::kStdoutError: return "stdout: {0}";
    case MsgId::kRejectsOption: return "--rejects {0}";
    case MsgId::kUsageLine: return "{1} (see `{0} --help`)";
    case MsgId::kUnknownOptionFirst: return "unknown option {0}; a command comes first: {1}";
    case MsgId::kUnknownCommand: return "unknown command \"{0}\"; the commands are {1}";
    case MsgId::kCommandNeeded: return "a command is needed: {0}";
    case MsgId::kUnknownOption: return "unknown option {0}";
    case MsgId::kUnexpectedArgument: return "unexpected argument \"{0}\"";
    case MsgId::kOptionRequired: return "{0} is required";
    case MsgId::kCli11: return "{0}";
    case MsgId::kBadMonth: return "--month takes YYYY-MM (e.g. 2026-10) or \"last\", not {0}";
    case MsgId::kBadFormat: return "--format takes table, csv, tsv, json, md or html, not {0}";
    case MsgId::kBadLang: return "--lang takes en or zh, not {0}";
    case MsgId::kBadShow: return "--show takes points or figures, not {0}";
    case MsgId::kBadColor: return "--color must be auto, always or never, not {0}";
    case MsgId::kBadEncodingOption: return "--encoding takes utf-8, gbk, gb18030 or auto, not {0}";
    case MsgId::kBadCount: return "{0}: expected a count of rows (0, 1, 2, ...), not {1}";
    case MsgId::kUnknownSection: return "unknown --section \"{0}\": this report has {1}";
    case MsgId::kSectionNeedsCsv:
      return "--section {0} picks one table for --format csv or tsv; table, md and json show every table";
    case MsgId::kNoCsvTable: return "this report has no table to write as CSV";
    case MsgId::kSaveNeedsHistory: return "--save needs --history DIR";
    case MsgId::kSaveNeedsMonth: return "--save needs --month: history is kept per month";
    case MsgId::kHeaderOnly: return "{0}: no data rows (only a header)";
    case MsgId::kNoRowsInMonth: return "{0}: none of its {1} rows is in {2} (they run from {3} to {4})";
    case MsgId::kNoRowsInMonthRefuse:
      return "{0}: none of its {1} rows is in {2} (they run from {3} to {4}); is --month right?";
    case MsgId::kNothingPaid:
      return "{0}: none of its {1} orders has a paid time, so every sale is 0: is the paid column ({2}) named "
             "otherwise? add it with alias.orders.paid in --policy";
    case MsgId::kBadRowsSkipped: return "{0} bad row(s) skipped (--max-errors {1}); use --rejects FILE to keep them";
    case MsgId::kBadRowsSkippedKept: return "{0} bad row(s) skipped (--max-errors {1})";
    case MsgId::kRowAccount:
      return "  {0}: {1} read = {2} used + {3} outside period + {4} duplicates + {5} rejected";
    case MsgId::kNoSavedMonth:
      return "{0}: no saved month in {1} (it holds {2} to {3}); `redhare score --month YYYY-MM --history {0} "
             "--save` saves one";
    case MsgId::kHistoryHeader: return "expected the header agent,score,grade,rank";
    case MsgId::kHistoryBadScore: return "bad score {0}";
    case MsgId::kHistoryBadGrade: return "bad grade {0}";
    case MsgId::kHistoryBadRank: return "bad rank {0}";
    case MsgId::kHistoryBadRole: return "bad role {0}";
    case MsgId::kHistoryUnreadable: return "cannot read history directory: {0}";
    case MsgId::kHistoryCannotCreate: return "{0}: cannot create the history directory: {1}";
    case MsgId::kBadPeriodYear: return "--period {0}: expected YYYY";
    case MsgId::kBadPeriodQuarter: return "--period {0}: expected YYYY or YYYY-Q1..Q4";
    case MsgId::kBadPeriodHalf: return "--period {0}: expected YYYY or YYYY-H1";
    case MsgId::kBadPeriodAny: return "--period {0}: expected YYYY or YYYY-Q1..Q4 or YYYY-H1";
    case MsgId::kNoAgent: return "no agent {0}; `redhare metrics` lists the agents";
    case MsgId::kNoAgentDidYouMean: return "no agent {0}; did you mean {1}";
    case MsgId::kNoAgentDidYouMeanMore: return "no agent {0}; did you mean {1} (and {2} more)";
    case MsgId::kAgentNotInPeriod: return "agent {0} has no message, order or target in period {1}";
    case MsgId::kNoSavedMonthEmpty:
      return "{0}: no saved month in {1} (it holds none); `redhare score --month YYYY-MM --history {0} --save` "
             "saves one";
    // Reading the inputs.
    case MsgId::kPastMaxErrors: return "{1} (more than --max-errors {0} bad rows; stopping)";
    case MsgId::kOneStdin: return "only one input can be stdin (\"-\")";
    case MsgId::kBadEncodingWord: return "--encoding: expected utf-8, gbk or auto, got {0}";
    case MsgId::kCannotOpen: return "cannot open: {0}";
    case MsgId::kReadError: return "read error: {0}";
    case MsgId::kUtf16: return "UTF-16 text (it starts with a UTF-16 byte order mark): save it as CSV UTF-8 or GBK";
    case MsgId::kNoIconv: return "iconv cannot convert GB18030 to UTF-8";
    case MsgId::kIconvError: return "iconv: {0}";
    case MsgId::kLineTooLong: return "line longer than 1 MiB";
    case MsgId::kNulByte: return "NUL byte";
    case MsgId::kControlChar: return "control character {0}";
    case MsgId::kInvalidUtf8: return "invalid UTF-8 byte sequence (try --encoding gbk)";
    case MsgId::kInvalidGbk: return "invalid GBK byte sequence";
    case MsgId::kQuoteNeverClosed: return "quoted field never closed (quote opened here)";
    case MsgId::kEmptyFile: return "empty file: expected a header row";
    case MsgId::kBareCr: return "carriage return without a line feed (lines must end in LF or CRLF)";
    case MsgId::kFieldCount: return "expected {0} fields, found {1}";
    case MsgId::kRepeatedHeader: return "this line repeats the header of line {0} (two exports pasted together?)";
    case MsgId::kMissingColumn: return "missing column {0} (tried {1}); columns found: {2}";
    case MsgId::kMissingColumnNoHeader: return "missing column {0} (tried {1}); columns found: none";
    case MsgId::kBadTime: return "bad time {0} in column {1}";
    case MsgId::kBadTimeFormat: return "bad time {0} in column {1}: does not match --time-format {2}";
    case MsgId::kBadAmount: return "bad amount {0} in column {1}";
    case MsgId::kEmptyField: return "empty {0}";
    case MsgId::kBadDirection: return "bad direction {0} (expected customer/in/buyer/买家/顾客/接收 or agent/out/seller/客服/卖家/发送)";
    case MsgId::kBadAuto: return "bad auto value {0} (expected 1/true/yes/y/是 or 0/false/no/n/否/empty)";
    case MsgId::kPaidBeforeCreated: return "paid before created";
    case MsgId::kRefundOverAmount: return "refund {0} is more than amount {1}";
    case MsgId::kConflictingOrderId: return "order_id {0} also on line {1} with different content";
    case MsgId::kBadScore: return "bad score {0} in column {1} (expected 0-100)";
    case MsgId::kBadRater: return "bad rater {0} (expected self/自评, peer/互评 or manager/主管)";
    case MsgId::kBadRole: return "bad role {0} (expected presales/售前/pre-sales/sales or aftersales/售后/after-sales/service)";
    case MsgId::kBadStaffStatus: return "bad status {0} (expected regular/正式/转正 or probation/试用/试用期/实习/intern)";
    case MsgId::kBadDate: return "bad date {0} in column {1}";
    case MsgId::kAgentListedTwice: return "agent {0} also on line {1}: an agent is listed once";
    case MsgId::kBadRating: return "bad rating {0} (expected 很满意/非常满意/very satisfied/5, 满意/satisfied/4, 一般/neutral/3, 不满意/dissatisfied/2 or 很不满意/非常不满意/very dissatisfied/1)";
    case MsgId::kPayNeedsRoster: return "pay needs --roster FILE: it pays the roster's agents, from their base_pay";
    case MsgId::kPayNeedsMonth: return "pay needs --month YYYY-MM (or last): a pay sheet is for one month";
    case MsgId::kPayNoBasePay: return "{0}: base_pay is empty: pay needs every roster agent's base pay (岗位工资)";
    case MsgId::kPayHiredAfterMonth: return "{0}: hired {1} is after the month";
    case MsgId::kPayLeftOff: return "{0}:{1}: {2}; left off the pay sheet";
    case MsgId::kPayWillReject: return "{0}:{1}: {2}; `pay` will reject this row";
    case MsgId::kPayNoHired: return "no hired date on the roster, seniority pay 0: {0}";
    case MsgId::kPayNobodyHeaderOnly: return "{0}: nobody to pay: the roster has only a header";
    case MsgId::kPayNobody: return "{0}: nobody to pay: all {1} roster rows were refused (above); fix them and run again";
    case MsgId::kHistoryAllZero:
      return "{0}: every agent scored 0 in this saved month, which cannot be right (an empty or wrong export "
             "saved before such months were refused?); it still counts in the 3-month rules, awards and reviews: "
             "remove the file if it is wrong";
    case MsgId::kAwardsBelowPassMark:
      return "no awards: no mean score reaches pass_mark {0} (the highest is {1})";
    case MsgId::kPayHeldShare: return "{0} is left off the pay sheet: pool share {1} is held for them, paid once their roster row is fixed";
    case MsgId::kNoSuchFile: return "no such file: {0}";
    case MsgId::kIsADirectory: return "{0} is a directory, not a file";
    case MsgId::kNoSuchDirectory: return "no such directory: {0}";
    case MsgId::kNotADirectory: return "{0} is a file, not a directory";
    // The reading rules and the output guards.
    case MsgId::kEmptyFileName: return "the file name is empty (use - or leave the option out for stdout)";
    case MsgId::kCountTooLarge: return "{0}: {1} is too large (at most 18446744073709551615)";
    case MsgId::kTimeFormatUnknownKind:
      return "--time-format: no file kind {0} (chats, orders, targets, reviews, roster, ratings; without a kind, every file)";
    case MsgId::kTimeFormatKindTwice: return "--time-format {0}=... is given twice";
    case MsgId::kTimeFormatTwice:
      return "--time-format is given twice for every file ({0} and {1}); name the file kind: "
             "--time-format 'chats=PATTERN'";
    case MsgId::kNoChatsHeaderOnly: return "{0}: no chat message to score: the file has only a header";
    case MsgId::kNoChatsLeft:
      return "{0}: no chat message of {1} is left to score: of its {2} rows, {3} were rejected, {4} are "
             "outside the period and {5} are duplicates";
    case MsgId::kAgentNoChats: return "{0}:{1}: agent {2} has no chat message in {3}";
    case MsgId::kAgentNoChatsNearest: return "{0}:{1}: agent {2} has no chat message in {3}; nearest agent: {4}";
    case MsgId::kNotOnRoster:
      return "{0}: agent {1} is not on the roster: listed under (not on roster), not ranked";
    case MsgId::kNotOnRosterNearest:
      return "{0}: agent {1} is not on the roster: listed under (not on roster), not ranked; nearest roster name: {2}";
    case MsgId::kMoreNotOnRoster: return "{0}: and {1} more agents not on the roster";
    case MsgId::kMoreUnmatchedNames:
      return "and {0} more names in targets, reviews or ratings with no chat message";
    case MsgId::kSameOutputFile: return "{0} {1} and {2} {3} are the same file: one would overwrite the other";
    case MsgId::kOutputIsInput:
      return "{0} {1} is the {2} input file ({3}): writing it would destroy the input; write to "
             "another file";
    case MsgId::kStrayQuoteNeverClosed:
      return "quoted field never closed: the stray quote (\") on line {0} pairs with the quotes after it, "
             "which leaves the one on line {1} open";
    case MsgId::kStrayQuote:
      return "a quoted field runs from line {0} to line {1}, and each of those lines looks like a whole row of {2} "
             "fields: likely a stray quote (\") opened on line {0}";
    case MsgId::kColumnNamedTwice:
      return "{2} both mean column {0}: say which one with alias.{1}.{0} = NAME in --policy";
    case MsgId::kColumnNamedMany:
      return "{2} all mean column {0}: say which one with alias.{1}.{0} = NAME in --policy";
    case MsgId::kColumnSameName:
      return "the header names {1} more than once ({2}), and an alias cannot choose between columns of the same "
             "name: rename, in the file's header, the one meant as column {0}, or delete the others";
    case MsgId::kHeaderAt: return "{0} (column {1})";
    case MsgId::kListNext: return "{0}, {1}";
    case MsgId::kListLast: return "{0} and {1}";
    case MsgId::kReadAsGbk:
      return "{2} (read as {0} because of --encoding {1}; a UTF-8 file reads without it)";
  }
  return nullptr;
}

}  // namespace redhare::en
