// Every label of the report tables (src/output/table_words.h) has a text in
// every language, with exactly the placeholders its arity says: a label added
// to the list without a text, a language added without labels, or a
// translation that drops a number fails here. The views then carry both
// languages' texts into the Report, so the renderers print what these say.
#include <doctest/doctest.h>

#include <string>

#include <fmt/args.h>
#include <fmt/format.h>

#include "../../src/output/table_words.h"
#include "../../src/output/view_parts.h"
#include "placeholders.h"

using namespace redhare;
using namespace redhare::table_words;
using redhare::testing::expected_placeholders;
using redhare::testing::placeholders;

TEST_CASE("every table label has a text in every language whose placeholders match its arity") {
  for (size_t i = 0; i < kLabelCount; ++i) {
    const Label l = static_cast<Label>(i);
    CAPTURE(label_name(l));
    for (Lang lang : kLangs) {
      CAPTURE(lang == Lang::kZh ? "zh" : "en");
      const char* t = text(l, lang);
      REQUIRE(t != nullptr);
      CHECK(*t != 0);
      CHECK(placeholders(t) == expected_placeholders(label_arity(l)));
      fmt::dynamic_format_arg_store<fmt::format_context> args;
      for (size_t a = 0; a < label_arity(l); ++a) args.push_back("<" + std::to_string(a) + ">");
      const std::string out = fmt::vformat(t, args);
      for (size_t a = 0; a < label_arity(l); ++a) CHECK(out.find("<" + std::to_string(a) + ">") != std::string::npos);
    }
    // A label copied across untranslated reads the same in both.
    CHECK(std::string(text(l, Lang::kEn)) != text(l, Lang::kZh));
  }
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
