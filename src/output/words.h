// The words of the domain's typed facts, one table per language: grade
// names, item names, why an item is n/a, consequence actions and the "why"
// of each rule. en/words.cpp and zh/words.cpp each define one Words; nothing
// else in redhare spells these. Private to the output stage.
#pragma once

#include <string>

#include "redhare/consequences.h"
#include "redhare/items.h"
#include "redhare/report.h"
#include "redhare/review.h"
#include "redhare/scoring.h"
#include "word_list.h"

namespace redhare::words {

struct ItemWords {
  const char* figure;  // the figure itself, as explain names it: "first response", 首次响应
  const char* name;    // the scorecard's and explain's label: "conversion pts", 询单转化率得分
  const char* column;  // the scores table's short label of the figure: "conv", 转化率
  // The scores table's short label of the item's points: 转化分, not 转化率;
  // "conv pt", not "conv" ("回复率 60.0", "reply 60.0" read as a rate of 60%).
  const char* points;
};

// The words of ranking groups (SPEC 8).
struct GroupWords {
  const char* shop;           // the shop's single department (empty department)
  const char* off_roster;     // the department of agents not on the roster
  const char* no_activity;    // status of an agent with no chat and no order
  const char* probation;      // status of an agent on probation
  const char* not_ranked;     // status of an active agent not ranked
  // "{department} · {role}, {n} ranked", and the note for a group too small
  // for rank-based lines: {ranked}, {min_group}.
  const char* heading;
  const char* too_small;
  const char* off_roster_note;  // why the off-roster group has no ranks
  const char* no_activity_note;  // {agent}: why the row has no score
  const char* probation_note;    // {agent}: why a probation agent has no rank
};

struct Words {
  const char* grades[kGradeCount];        // by Grade
  ItemWords items[kItemCount];            // by ItemId
  const char* left_out[kNaReasonCount];   // by NaReason (kNone: unused, "")
  const char* actions[kRuleCount];        // by Rule: what happens
  const char* awards[kAwardKindCount];    // by AwardKind (kNone: "")
  // The rule that fired, with its numbers: "rank 1 of 5 ranked agents (score 92.10)".
  std::string (*why)(const Consequence& line);
  // A grade forced distribution moved (SPEC 5): the scorecard marks it with
  // kMovedMark; the footnote under the scores says why, and the --detail
  // card has a row (label, text) with the grade of the score alone.
  std::string (*moved_note)(const Scorecard& card);
  const char* moved_label;
  std::string (*moved_row)(const Scorecard& card);
  // The review's lines (SPEC 12): what happens, by ReviewRule, and the
  // numbers behind it: "mean score 55.20 over 9 of 12 months, grade ...".
  const char* roles[2];  // by Role: a ranking group's heading
  const char* review_actions[kReviewRuleCount];
  std::string (*review_why)(const ReviewLine& line);
  GroupWords group;
};

extern const Words kEn;  // en/words.cpp
extern const Words kZh;  // zh/words.cpp

// The language's table; nullptr if it has none (word_list.h's one switch
// over languages; the tests walk kLangs so that cannot ship).
inline const Words* of(Lang lang) { return word_list::in_lang(lang, &kEn, &kZh); }

inline const char* grade(Grade g, Lang lang) { return of(lang)->grades[static_cast<int>(g)]; }
inline const char* item_figure(ItemId i, Lang lang) { return of(lang)->items[static_cast<int>(i)].figure; }
inline const char* item_name(ItemId i, Lang lang) { return of(lang)->items[static_cast<int>(i)].name; }
inline const char* item_column(ItemId i, Lang lang) { return of(lang)->items[static_cast<int>(i)].column; }
inline const char* item_points(ItemId i, Lang lang) { return of(lang)->items[static_cast<int>(i)].points; }
inline const char* left_out(NaReason r, Lang lang) { return of(lang)->left_out[static_cast<int>(r)]; }
inline const char* action(Rule r, Lang lang) { return of(lang)->actions[static_cast<int>(r)]; }
inline const char* award(AwardKind a, Lang lang) { return of(lang)->awards[static_cast<int>(a)]; }
inline std::string why(const Consequence& line, Lang lang) { return of(lang)->why(line); }
inline std::string moved_note(const Scorecard& card, Lang lang) { return of(lang)->moved_note(card); }
inline const char* moved_label(Lang lang) { return of(lang)->moved_label; }
inline std::string moved_row(const Scorecard& card, Lang lang) { return of(lang)->moved_row(card); }
inline const char* role(Role r, Lang lang) { return of(lang)->roles[static_cast<int>(r)]; }
inline const char* review_action(ReviewRule r, Lang lang) { return of(lang)->review_actions[static_cast<int>(r)]; }
inline std::string review_why(const ReviewLine& line, Lang lang) { return of(lang)->review_why(line); }
// The department as people read it: the shop word for "", the off-roster word.
std::string department(const GroupKey& g, Lang lang);
// "客服部 · 售前" / "shop · pre-sales".
std::string group_name(const GroupKey& g, Lang lang);

// Numbers inside the why texts: a score or mark "55.00"; a share "15%", "12.5%".
std::string two_decimals(double v);
std::string share_percent(double v);

}  // namespace redhare::words
