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

// The language's table; the case fails for a language without one.
const words::Words& table_of(Lang lang) {
  const words::Words* w = words::of(lang);
  REQUIRE(w != nullptr);
  return *w;
}

}  // namespace

// kLangs is walked, so a language added without a table fails here.
TEST_CASE("every grade, item, n/a reason and rule has words in every language") {
  for (Lang lang : kLangs) {
    CAPTURE(static_cast<int>(lang));
    const words::Words& w = table_of(lang);
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
    for (const char* g : {w.group.shop, w.group.off_roster, w.group.no_activity, w.group.probation,
                          w.group.not_ranked, w.group.heading, w.group.too_small, w.group.off_roster_note,
                          w.group.no_activity_note, w.group.probation_note, w.moved_label, w.roles[0], w.roles[1]}) {
      REQUIRE(g);
      CHECK(*g);
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

namespace {

ReviewLine review_fact(ReviewRule rule) {
  ReviewLine l;
  l.agent = "a";
  l.rule = rule;
  l.mean_score = 62.175;
  l.months = 4;
  l.months_saved = 6;
  l.months_needed = 4;
  l.grade = Grade::kImprove;
  l.score_grade = Grade::kImprove;
  return l;
}

}  // namespace

TEST_CASE("every review rule has words in every language, and a why with its numbers") {
  for (Lang lang : kLangs) {
    CAPTURE(static_cast<int>(lang));
    const words::Words& w = table_of(lang);
    for (int r = 0; r < kReviewRuleCount; ++r) {
      CAPTURE(review_rule_key(static_cast<ReviewRule>(r)));
      REQUIRE(w.review_actions[r]);
      CHECK(*w.review_actions[r]);
      CHECK(std::string(words::kEn.review_actions[r]) != words::kZh.review_actions[r]);
      CHECK_FALSE(w.review_why(review_fact(static_cast<ReviewRule>(r))).empty());
    }
    CHECK(std::string(w.roles[0]) != w.roles[1]);
  }
}

TEST_CASE("a review line names the mean, the months, the grade before forced distribution and last year's grade") {
  ReviewLine promoted = review_fact(ReviewRule::kPromotionCandidate);
  promoted.grade = Grade::kExcellent;
  promoted.score_grade = Grade::kOutstanding;
  promoted.mean_score = 96.1;
  CHECK(words::review_why(promoted, Lang::kEn) ==
        "grade excellent (outstanding before forced distribution), mean score 96.10 over 4 of 6 months");
  CHECK(words::review_why(promoted, Lang::kZh) == "等级 优秀（强制分布前为 特优），6 个月中 4 个月的平均得分 96.10");

  ReviewLine down = review_fact(ReviewRule::kAllowanceDown);
  down.mean_score = 62.25;
  down.last_grade = Grade::kImprove;
  down.allowance = 25000;
  down.allowance_after = 20000;
  CHECK(words::review_why(down, Lang::kEn) ==
        "¥250.00 → ¥200.00; grade needs improvement, mean score 62.25 over 4 of 6 months; last year needs improvement");
  CHECK(words::review_why(down, Lang::kZh) == "¥250.00 → ¥200.00；等级 有待提高，6 个月中 4 个月的平均得分 62.25；去年 有待提高");
  down.allowance = 0;
  down.allowance_after.reset();
  CHECK(words::review_why(down, Lang::kEn).find("¥0.00 is the lowest level: unchanged; ") == 0);
  CHECK(words::review_why(down, Lang::kZh).find("¥0.00 已是最低一级，不作调整；") == 0);
  down.allowance.reset();
  CHECK(words::review_why(down, Lang::kEn).find("allowance not known (none from --roster), so no amounts; ") == 0);
  CHECK(words::review_why(down, Lang::kEn).find("¥") == std::string::npos);

  ReviewLine gone = review_fact(ReviewRule::kNotReviewable);
  gone.months = 1;
  gone.last_grade = Grade::kUrgent;
  CHECK(words::review_why(gone, Lang::kEn) == "ranked in 1 of 6 months, 4 needed; last year urgent");
  CHECK(words::review_why(gone, Lang::kZh) == "6 个已保存月份中参与排名 1 个月，需要 4 个月；去年 急需提高");
  CHECK(std::string(words::review_action(ReviewRule::kNotReviewable, Lang::kEn)) == "not reviewable");
}
