// Every phrase of explain's narrative (src/output/explain_words.h) has a text
// in both languages with exactly the placeholders its arity says: a phrase
// added to the list without a text, or a translation that drops or invents a
// number, fails here. (A call with the wrong number of arguments does not
// compile: say() checks it against the same arity.) Every language of
// kLangs is walked, so a language added without phrases fails too.
#include <doctest/doctest.h>

#include <string>

#include "../../src/output/explain_words.h"
#include "word_list_walk.h"

using namespace redhare;
using namespace redhare::explain_words;

TEST_CASE("every explain phrase has an English and a Chinese text whose placeholders match its arity") {
  redhare::testing::walk_word_list<Phrase>();
}

TEST_CASE("an explain phrase places its numbers in the run's language") {
  CHECK(say<Phrase::kMinutes>(Lang::kEn, 30) == "30 min");
  CHECK(say<Phrase::kSeconds>(Lang::kZh, 45) == "45 秒");
  CHECK(say<Phrase::kSlowLine>(Lang::kEn, 2, 120) == "slow responses 2 = answered turns over 120s");
  CHECK(say<Phrase::kSlowLine>(Lang::kZh, 2, 120) == "慢响应 2 = 响应超过 120 秒的已回复轮次");
  // The role is said twice from one argument: the group's role names the item table.
  CHECK(say<Phrase::kGroupLine>(Lang::kEn, "shop · after-sales", 2, "after-sales", "regular", "aftersales.item.*") ==
        "group shop · after-sales (2 ranked), role after-sales, status regular; scored by the after-sales table "
        "(aftersales.item.*)");
  CHECK(say<Phrase::kGroupLine>(Lang::kZh, "客服部 · 售后", 2, "售后", "正式", "aftersales.item.*") ==
        "部门 · 岗位 客服部 · 售后（2 人参与排名），岗位 售后，状态 正式；按售后考核项目表（aftersales.item.*）计分");
}
