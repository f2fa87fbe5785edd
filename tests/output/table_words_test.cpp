// Every label of the report tables (src/output/table_words.h) has a text in
// every language, with exactly the placeholders its arity says: a label added
// to the list without a text, a language added without labels, or a
// translation that drops a number fails here. The views then carry both
// languages' texts into the Report, so the renderers print what these say.
#include <doctest/doctest.h>

#include <string>

#include <fmt/format.h>

#include "../../src/output/table_words.h"
#include "../../src/output/view_parts.h"
#include "word_list_walk.h"

using namespace redhare;
using namespace redhare::table_words;

TEST_CASE("every table label has a text in every language whose placeholders match its arity") {
  redhare::testing::walk_word_list<Label>();
}

TEST_CASE("a language the labels do not cover has no text, so the walk above fails for it") {
  CHECK(text(Label::kColAgent, static_cast<Lang>(99)) == nullptr);
}

TEST_CASE("a column and a table get both languages' texts from one label, beside their machine key") {
  const Column c = view_parts::column("paid_orders", Label::kColPaidOrders, CellType::kInt);
  CHECK(c.key == "paid_orders");
  CHECK(c.en == "paid orders");
  CHECK(c.zh == "付款订单数");
  CHECK(c.type == CellType::kInt);
  const Column name = view_parts::text_column("customer", Label::kColCustomer, true);
  CHECK(name.from_input);
  CHECK(name.type == CellType::kText);
  CHECK(name.zh == "买家");
  const Table t = view_parts::make_table("agents", Label::kAgentsTitle);
  CHECK(t.key == "agents");
  CHECK(t.title_en == "Agents");
  CHECK(t.title_zh == "客服指标");
  // A label with a number places it in the run's language.
  CHECK(fmt::format(fmt::runtime(text(Label::kPageAgentsRanked, Lang::kZh)), 7, 5) == "7 名客服，5 名参与排名");
}

TEST_CASE("a label's numbers land where each language puts them, one call for both") {
  // The awards' empty-table line names the months needed before the period's
  // length in English, after it in Chinese: the texts place {0} and {1}.
  CHECK(say<Label::kAwardsNone>(Lang::kEn, 12, 8, 5) ==
        "no awards: no agent is in at least 8 of the period's 12 months (5 saved)");
  CHECK(say<Label::kAwardsNone>(Lang::kZh, 12, 8, 5) == "无人获奖：没有客服在本期 12 个月中出现至少 8 个月（已保存 5 个月）");
  CHECK(say<Label::kReviewNobody>(Lang::kEn, 3, 2) ==
        "nobody reviewed: no agent is ranked in at least 2 of the 3 saved months");
  CHECK(say<Label::kCardRank>(Lang::kZh, 3) == "第3名");
  CHECK(say<Label::kCardItemPoints>(Lang::kEn, "80.0", "95.0%", "10.0") == "80.0 (95.0%, weight 10.0)");
  CHECK(say<Label::kCardItemPoints>(Lang::kZh, "80.0", "95.0%", "10.0") == "80.0 分（95.0%，权重 10.0）");
}
