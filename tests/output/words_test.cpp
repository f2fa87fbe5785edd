// The words of the domain's facts: every grade, item, n/a reason and rule has
// them in both languages, and the why texts carry the consequence's numbers.
#include <doctest/doctest.h>

#include <string>

#include "../../src/output/words.h"

using namespace redhare;

namespace {

Consequence fact(Rule rule) {
  Consequence k;
  k.agent = "a";
  k.rule = rule;
  k.rank = 2;
  k.group_size = 10;
  k.score = 55;
  k.threshold = 70;
  k.months = 3;
  k.share = 0.15;
  k.count = 2;
  k.grade = Grade::kUrgent;
  k.self_overall = 90, k.manager_overall = 60;
  k.self_grade = Grade::kExcellent, k.manager_grade = Grade::kImprove;
  return k;
}

}  // namespace

TEST_CASE("every grade, item, n/a reason and rule has words in en and zh") {
  for (Lang lang : {Lang::kEn, Lang::kZh}) {
    CAPTURE(static_cast<int>(lang));
    const words::Words& w = words::of(lang);
    for (int g = 0; g < kGradeCount; ++g) {
      CAPTURE(g);
      REQUIRE(w.grades[g]);
      CHECK(*w.grades[g]);
    }
    for (const ItemInfo& info : all_items()) {
      CAPTURE(info.key);
      const words::ItemWords& i = w.items[static_cast<int>(info.id)];
      REQUIRE(i.figure);
      REQUIRE(i.name);
      REQUIRE(i.column);
      CHECK(*i.figure);
      CHECK(*i.name);
      CHECK(*i.column);
    }
    for (int r = 0; r < kNaReasonCount; ++r) {
      CAPTURE(r);
      REQUIRE(w.left_out[r]);
      CHECK((*w.left_out[r] != 0) == (r != static_cast<int>(NaReason::kNone)));
    }
    for (int a = 0; a < kAwardKindCount; ++a) {
      REQUIRE(w.awards[a]);
      CHECK((*w.awards[a] != 0) == (a != static_cast<int>(AwardKind::kNone)));
    }
    for (int r = 0; r < kRuleCount; ++r) {
      CAPTURE(rule_key(static_cast<Rule>(r)));
      REQUIRE(w.actions[r]);
      CHECK(*w.actions[r]);
      CHECK_FALSE(w.why(fact(static_cast<Rule>(r))).empty());
    }
  }
}

TEST_CASE("en and zh never share a grade or item name (a missing translation copied across)") {
  for (int g = 0; g < kGradeCount; ++g) CHECK(std::string(words::kEn.grades[g]) != words::kZh.grades[g]);
  for (int i = 0; i < kItemCount; ++i) CHECK(std::string(words::kEn.items[i].name) != words::kZh.items[i].name);
}

TEST_CASE("the why texts carry the consequence's numbers") {
  Consequence last = fact(Rule::kRankLast);
  last.rank = 10;
  CHECK(words::why(last, Lang::kEn) == "last rank 10 of 10 (score 55.00)");
  CHECK(words::why(last, Lang::kZh) == "本月排名末位 10 / 10（得分 55.00）");
  CHECK(words::why(fact(Rule::kTopHonour), Lang::kEn) ==
        "rank 2 of 10, in the top 15% (15% × 10 = 1.5, rounded half up: 2)");
  CHECK(words::why(fact(Rule::kBottomTraining), Lang::kZh) ==
        "排名 2 / 10，位于后 15%（15% × 10 = 1.5，四舍五入为 2 人）");
  CHECK(words::why(fact(Rule::kDismissalReview), Lang::kEn) ==
        "score below 70.00 in each of the last 3 months (this month 55.00)");
  CHECK(words::why(fact(Rule::kInterviewReviews), Lang::kEn) ==
        "self review 90.00 (excellent) vs manager review 60.00 (needs improvement)");
  CHECK(words::why(fact(Rule::kInterviewGrade), Lang::kZh) == "等级 急需提高（得分 55.00）");
  CHECK(std::string(words::action(Rule::kDismissalReview, Lang::kZh)) == "自动请辞审查");
  CHECK(std::string(words::left_out(NaReason::kNoTarget, Lang::kZh)) == "无目标");
}

TEST_CASE("the dismissal line says review in both languages, naming the seed's 自动请辞") {
  // The seed's 连续3个月考核不及格的，自动请辞 is a decision the shop takes; redhare
  // flags the case for it. zh once read 自动请辞 (a verdict) where en read "review".
  const std::string en = words::action(Rule::kDismissalReview, Lang::kEn);
  const std::string zh = words::action(Rule::kDismissalReview, Lang::kZh);
  CHECK(en.find("review") != std::string::npos);
  CHECK(en.find("自动请辞") != std::string::npos);
  CHECK(zh.find("审查") != std::string::npos);
  CHECK(zh.find("自动请辞") != std::string::npos);
}
