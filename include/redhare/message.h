// Errors and warnings as data: a message id and its arguments. The stages that
// find a problem say *what* it is (kBadMonth, "2026-13"); the output stage says
// it in the run's language (src/output/{en,zh}/messages.cpp), so no stage below
// output holds a word of English or Chinese, and both languages say the same.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace redhare {

// Every message a user can meet, with how many placeholders its text has:
// its string arguments first ({0}, {1}, ...), then the messages it wraps.
// One list, so the id, its arity and its name cannot drift apart; a test walks
// it and checks both languages' texts against the arity.
#define REDHARE_MESSAGES(X)                                                        \
  /* A Msg default-constructed and not yet filled in (a rejected row's reason  \
     before the row is read); never thrown. */                                   \
  X(kNoMessage, 0)                                                                 \
  /* Frames around other messages. */                                             \
  X(kWarning, 1)             /* nested message */                                 \
  X(kInternalError, 1)       /* what() of an unexpected exception */              \
  X(kCannotWrite, 1)         /* nested OutputError message */                     \
  X(kFileError, 2)           /* path, strerror */                                 \
  X(kStdoutError, 1)         /* strerror */                                       \
  X(kRejectsOption, 1)       /* nested: why --rejects cannot be written */        \
  /* The command line (main.cpp). */                                              \
  X(kUsageLine, 2)           /* "redhare score", nested what */                   \
  X(kUnknownOptionFirst, 2)  /* option, command list */                           \
  X(kUnknownCommand, 2)      /* word, command list */                             \
  X(kCommandNeeded, 1)       /* command list */                                   \
  X(kUnknownOption, 1)       /* option */                                         \
  X(kUnexpectedArgument, 1)  /* word */                                           \
  X(kOptionRequired, 1)      /* option */                                         \
  X(kCli11, 1)               /* CLI11's own message, English */                   \
  X(kNoSuchFile, 1) /* path */                                                     \
  X(kIsADirectory, 1) /* path */                                                   \
  X(kNoSuchDirectory, 1) /* path */                                                \
  X(kNotADirectory, 1) /* path */                                                  \
  X(kEmptyFileName, 0)                                                            \
  /* Option values (cli/options.cpp, period.cpp). */                              \
  X(kBadMonth, 1)            /* quoted value */                                   \
  X(kBadFormat, 1)           /* quoted value */                                   \
  X(kBadLang, 1)             /* quoted value */                                   \
  X(kBadColor, 1)            /* quoted value */                                   \
  X(kBadShow, 1)             /* quoted value */                                   \
  X(kBadEncodingOption, 1)   /* quoted value */                                   \
  X(kBadCount, 2)            /* option, quoted value */                           \
  X(kCountTooLarge, 2)       /* option, quoted value */                           \
  X(kTimeFormatKindTwice, 1) /* file kind */                                      \
  X(kTimeFormatUnknownKind, 1) /* quoted word before = */                         \
  X(kTimeFormatTwice, 2)     /* quoted first pattern, quoted second */            \
  X(kUnknownSection, 2)      /* section, the report's tables */                   \
  X(kSectionNeedsCsv, 1)     /* section */                                        \
  X(kNoCsvTable, 0)                                                                \
  X(kSaveNeedsHistory, 0)                                                          \
  X(kSaveNeedsMonth, 0)                                                            \
  /* What a run found in its inputs (commands.cpp). */                            \
  X(kHeaderOnly, 1)          /* file */                                           \
  X(kNoRowsInMonth, 5)       /* file, rows, month, first, last */                 \
  X(kNoRowsInMonthRefuse, 5) /* file, rows, month, first, last */                 \
  X(kNoChatsHeaderOnly, 1)   /* file */                                           \
  X(kNoChatsLeft, 6)  /* file, month, rows, rejected, outside, duplicates */      \
  X(kAgentNoChats, 4)        /* file, line, quoted agent, chats file */           \
  X(kAgentNoChatsNearest, 5) /* file, line, quoted agent, chats file, nearest */  \
  X(kMoreUnmatchedNames, 1)  /* count */                                          \
  X(kNotOnRoster, 2)         /* roster file, quoted agent */                      \
  X(kNotOnRosterNearest, 3)  /* roster file, quoted agent, quoted nearest */      \
  X(kMoreNotOnRoster, 2)     /* roster file, count */                             \
  /* The files a run writes (cli/outputs.cpp). */                                 \
  X(kSameOutputFile, 4)      /* option, path, option, path */                     \
  X(kOutputIsInput, 4)       /* option, path, input option, input path */         \
  X(kNothingPaid, 3)         /* file, orders, names tried */                      \
  X(kBadRowsSkipped, 2)      /* count, --max-errors; no --rejects given */        \
  X(kBadRowsSkippedKept, 2)  /* count, --max-errors; --rejects given */           \
  X(kRowAccount, 6)          /* file, read, used, outside, duplicates, rejected */\
  X(kNoSavedMonth, 4)        /* history dir, period, first month, last month */   \
  X(kNoSavedMonthEmpty, 2)   /* history dir, period */                             \
  /* The history directory (consequences/history.cpp). */                        \
  X(kHistoryHeader, 0)                                                             \
  X(kHistoryBadScore, 1) /* quoted value */                                       \
  X(kHistoryBadGrade, 1) /* quoted value */                                       \
  X(kHistoryBadRank, 1) /* quoted value */                                        \
  X(kHistoryBadRole, 1) /* quoted value */                                        \
  X(kHistoryUnreadable, 1) /* strerror */                                         \
  X(kHistoryCannotCreate, 2) /* dir, strerror */                                  \
  /* --period of awards and review (consequences/period_means.cpp). */           \
  X(kBadPeriodYear, 1) /* quoted value */                                         \
  X(kBadPeriodQuarter, 1) /* quoted value */                                      \
  X(kBadPeriodHalf, 1) /* quoted value */                                         \
  X(kBadPeriodAny, 1) /* quoted value */                                          \
  /* explain --agent (output/explain.cpp). */                                     \
  X(kNoAgent, 1) /* quoted agent */                                               \
  X(kNoAgentDidYouMean, 2) /* quoted agent, quoted names joined by ", " */        \
  X(kNoAgentDidYouMeanMore, 3) /* quoted agent, quoted names, count left out */   \
  X(kAgentNotInPeriod, 2) /* quoted agent, period */                              \
  /* The policy file (base/policy.cpp); each is framed kPolicyAt(file:line, kPolicyKey(key, ...)). */ \
  X(kPolicyAt, 2) /* file:line, nested */ \
  X(kPolicyKey, 2) /* key, nested */ \
  X(kPolicyNoEquals, 1) /* quoted line */ \
  X(kPolicyTwice, 2) /* line, line */ \
  X(kPolicyCannotOpen, 0) \
  X(kPolicyWorkHours, 1) /* nested */ \
  X(kPolicyUnknownKey, 0) \
  X(kPolicyUnclosedQuote, 1) /* quoted value */ \
  X(kPolicyAfterQuote, 1) /* quoted text */ \
  X(kPolicyDivByZero, 1) /* quoted value */ \
  X(kPolicyTooLarge, 1) /* quoted value */ \
  X(kPolicyNotNumber, 1) /* quoted value */ \
  X(kPolicyNotWhole, 1) /* quoted value */ \
  X(kPolicyNotDuration, 1) /* quoted value */ \
  X(kPolicyNotYuan, 1) /* quoted value */ \
  X(kPolicyPayRate, 1) /* quoted value */ \
  X(kPolicyPayFactor, 1) /* quoted value */ \
  X(kPolicyPayYuan, 1) /* quoted value */ \
  X(kPolicyPaySplit, 1) /* quoted value */ \
  X(kPolicyPayNoGrade, 0) \
  X(kPolicyPayRateOver, 1) /* quoted value */ \
  X(kPolicyPayFactorOrder, 4) /* key, value, key, value */ \
  X(kPolicyAftersalesWeightsZero, 0) \
  X(kPolicyLevelNegative, 1) /* quoted value */ \
  X(kPolicyLevelsOrder, 2) /* level, previous level */ \
  X(kPolicyNotBool, 1) /* quoted value */ \
  X(kPolicyNotClock, 1) /* quoted value */ \
  X(kPolicyNotOffset, 1) /* quoted value */ \
  X(kPolicyOffsetRange, 1) /* quoted value */ \
  X(kPolicyNotHours, 1) /* quoted value */ \
  X(kPolicyHoursOrder, 1) /* quoted value */ \
  X(kPolicyAttribution, 1) /* quoted value */ \
  X(kPolicyShare, 1) /* percent */ \
  X(kPolicyZeroGap, 0) \
  X(kPolicyZeroSlow, 0) \
  X(kPolicyZeroStreak, 0) \
  X(kPolicyNegativeRater, 0) \
  X(kPolicyScoreRange, 1) /* number */ \
  X(kPolicyAliasKey, 0) \
  X(kPolicyNoSuchItem, 1) /* item keys */ \
  X(kPolicyNegativeWeight, 0) \
  X(kPolicyItemKey, 0) \
  X(kPolicyScoredTwice, 3) /* key, line, item */ \
  X(kPolicyNotDirect, 1) /* item */ \
  X(kPolicyPoints, 1) /* number */ \
  X(kPolicyBetterLower, 1) /* item */ \
  X(kPolicyBetterHigher, 1) /* item */ \
  X(kPolicyRateRange, 2) /* item, quoted */ \
  X(kPolicyNegative, 2) /* item, quoted */ \
  X(kPolicyTierForm, 1) /* quoted tier */ \
  X(kPolicyTierStart, 1) /* quoted tier */ \
  X(kPolicyTiersMix, 0) \
  X(kPolicyTierNotStricterGe, 1) /* quoted tier */ \
  X(kPolicyTierNotStricterLe, 1) /* quoted tier */ \
  X(kPolicyNoTiers, 0) \
  X(kPolicyLinearTwo, 0) \
  X(kPolicyLinearForm, 1) /* quoted end */ \
  X(kPolicyLinearEnds, 0) \
  X(kPolicyNeedsTiers, 1) /* item */ \
  X(kPolicyAftersalesNeedsTiers, 1) /* item */ \
  X(kPolicyWeightsZero, 0) \
  X(kPolicyReviewWeightsZero, 0) \
  X(kPolicyGradeOrder, 4) /* key, value, key, value */ \
  /* Reading the inputs (read stage). */                                          \
  X(kPastMaxErrors, 2) /* --max-errors N, nested reason */                         \
  X(kOneStdin, 0)                                                                  \
  X(kBadEncodingWord, 1) /* quoted value */                                        \
  X(kCannotOpen, 1) /* strerror */                                                 \
  X(kReadError, 1) /* strerror */                                                  \
  X(kUtf16, 0)                                                                     \
  X(kNoIconv, 0)                                                                   \
  X(kIconvError, 1) /* strerror */                                                 \
  X(kLineTooLong, 0)                                                               \
  X(kNulByte, 0)                                                                   \
  X(kControlChar, 1) /* \\xNN */                                                   \
  X(kInvalidUtf8, 0)                                                               \
  X(kInvalidGbk, 0)                                                                \
  X(kReadAsGbk, 3) /* GBK|GB18030, gbk|gb18030, nested reason */                  \
  X(kQuoteNeverClosed, 0)                                                          \
  X(kStrayQuoteNeverClosed, 2) /* stray quote's line, the open quote's line */    \
  X(kStrayQuote, 3) /* first line, last line, fields */                           \
  X(kEmptyFile, 0)                                                                 \
  X(kBareCr, 0)                                                                    \
  X(kFieldCount, 2) /* expected, found */                                          \
  X(kRepeatedHeader, 1) /* the header's line */                                   \
  X(kMissingColumn, 3) /* column, names tried, quoted header names */              \
  X(kMissingColumnNoHeader, 2) /* column, names tried */                           \
  X(kColumnNamedTwice, 3) /* column, file kind, nested list of kHeaderAt */       \
  X(kColumnNamedMany, 3) /* the same, three or more */                            \
  X(kColumnSameName, 3) /* column, quoted header name, nested list of kHeaderAt */ \
  X(kHeaderAt, 2) /* quoted header name, column number */                         \
  X(kListNext, 2) /* nested item, nested rest: "a, b..." */                       \
  X(kListLast, 2) /* nested item, nested last: "a and b" */                       \
  X(kBadTime, 2) /* quoted value, column */                                        \
  X(kBadTimeFormat, 3) /* quoted value, column, quoted --time-format */            \
  X(kBadAmount, 2) /* quoted value, column */                                      \
  X(kEmptyField, 1) /* column */                                                   \
  X(kBadDirection, 1) /* quoted value */                                           \
  X(kBadAuto, 1) /* quoted value */                                                \
  X(kPaidBeforeCreated, 0)                                                         \
  X(kRefundOverAmount, 2) /* quoted refund, quoted amount */                       \
  X(kConflictingOrderId, 2) /* quoted id, line */                                  \
  X(kBadScore, 2) /* quoted value, column */                                       \
  X(kBadRater, 1) /* quoted value */                                               \
  X(kBadRole, 1) /* quoted value */                                                \
  X(kBadStaffStatus, 1) /* quoted value */                                         \
  X(kBadDate, 2) /* quoted value, column */                                        \
  X(kAgentListedTwice, 2) /* quoted agent, line */                                 \
  X(kBadRating, 1) /* quoted value */                                              \
  /* The pay sheet (pay.h, SPEC 10). */                                           \
  X(kPayNeedsRoster, 0)                                                            \
  X(kPayNeedsMonth, 0)                                                             \
  X(kPayNoBasePay, 1) /* quoted agent */                                           \
  X(kPayHiredAfterMonth, 2) /* quoted agent, YYYY-MM-DD */                         \
  X(kPayLeftOff, 3) /* roster file, line, nested reason */                         \
  X(kPayWillReject, 3) /* roster file, line, nested reason (check) */              \
  X(kPayNoHired, 1) /* agent names */                                             \
  X(kPayHeldShare, 2) /* agent, pool share held (¥) */                            \
  X(kPayNobodyHeaderOnly, 1) /* roster file */                                    \
  X(kPayNobody, 2) /* roster file, rows refused */                                \
  X(kHistoryAllZero, 1) /* history file */                                        \
  X(kAwardsBelowPassMark, 2) /* pass_mark, highest mean (2 decimals) */

enum class MsgId {
#define REDHARE_MESSAGE_ENUM(id, arity) id,
  REDHARE_MESSAGES(REDHARE_MESSAGE_ENUM)
#undef REDHARE_MESSAGE_ENUM
};

inline constexpr size_t kMessageCount = 0
#define REDHARE_MESSAGE_COUNT(id, arity) +1
    REDHARE_MESSAGES(REDHARE_MESSAGE_COUNT)
#undef REDHARE_MESSAGE_COUNT
    ;

// How many placeholders the id's text has (args + nested).
size_t message_arity(MsgId id);
// The id's name without the k ("BadMonth"): for what() and test failures.
const char* message_name(MsgId id);

// One message: the arguments are already formatted (quoted values, file
// names, counts as digits), so rendering only places them. `nested` are whole
// messages a frame wraps (a warning's text, the reason a row was rejected).
struct Msg {
  MsgId id = MsgId::kNoMessage;
  std::vector<std::string> args;
  std::vector<Msg> nested;

  Msg() = default;
  Msg(MsgId i, std::vector<std::string> a = {}, std::vector<Msg> n = {})
      : id(i), args(std::move(a)), nested(std::move(n)) {}
  bool operator==(const Msg&) const = default;
};

// A language-free rendering for logs and what(): "BadMonth(\"2026-13\")".
std::string debug_text(const Msg& m);

}  // namespace redhare
