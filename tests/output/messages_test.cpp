// Every message id has a text in both languages, and each text has exactly the
// placeholders its arguments fill ({0} .. {arity-1}, each at least once,
// nothing else in braces): a message added to message.h without a text, or a
// translation that drops or invents an argument, fails here.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "placeholders.h"
#include "redhare/message_text.h"

using namespace redhare;

using redhare::testing::expected_placeholders;
using redhare::testing::placeholders;

TEST_CASE("every message id has an English and a Chinese text whose placeholders match its arguments") {
  for (size_t i = 0; i < kMessageCount; ++i) {
    const MsgId id = static_cast<MsgId>(i);
    const std::set<int> expected = expected_placeholders(message_arity(id));
    for (Lang lang : kLangs) {
      CAPTURE(message_name(id));
      CAPTURE(lang == Lang::kZh ? "zh" : "en");
      std::string_view text = message_template(id, lang);
      CHECK_FALSE(text.empty());
      CHECK(placeholders(text) == expected);
      // And it renders: every argument placed, none left as a brace.
      Msg m(id);
      for (size_t a = 0; a < message_arity(id); ++a) m.args.push_back("<" + std::to_string(a) + ">");
      std::string out = render_message(m, lang);
      for (size_t a = 0; a < message_arity(id); ++a) CHECK(out.find("<" + std::to_string(a) + ">") != std::string::npos);
    }
  }
}

TEST_CASE("Chinese texts are Chinese: each differs from the English unless it is only placeholders and symbols") {
  for (size_t i = 0; i < kMessageCount; ++i) {
    const MsgId id = static_cast<MsgId>(i);
    std::string_view en = message_template(id, Lang::kEn);
    std::string_view zh = message_template(id, Lang::kZh);
    bool has_letters = false;
    for (size_t c = 0; c < en.size(); ++c)
      if ((en[c] >= 'a' && en[c] <= 'z') && !(c > 0 && en[c - 1] == '-')) has_letters = true;
    // "--rejects {0}" is an option name, the same in both languages.
    if (!has_letters || en.rfind("--rejects", 0) == 0) continue;
    CAPTURE(message_name(id));
    CHECK(en != zh);
  }
}

TEST_CASE("messages nest: a warning wraps its reason, args first then nested messages") {
  Msg header_only(MsgId::kHeaderOnly, {"chats.csv"});
  CHECK(render_message(Msg(MsgId::kWarning, {}, {header_only}), Lang::kEn) ==
        "warning: chats.csv: no data rows (only a header)");
  CHECK(render_message(Msg(MsgId::kWarning, {}, {header_only}), Lang::kZh) == "警告：chats.csv：没有数据行（只有表头）");
  CHECK(render_message(Msg(MsgId::kUsageLine, {"redhare score"}, {Msg(MsgId::kUnknownOption, {"--fromat"})}),
                       Lang::kEn) == "unknown option --fromat (see `redhare score --help`)");
}

TEST_CASE("an input error renders as file:line: reason in both languages") {
  InputError e(Location{"orders.csv", 7, {}}, Msg(MsgId::kBadMonth, {"\"x\""}));
  CHECK(render_input_error(e, Lang::kEn) == "orders.csv:7: --month takes YYYY-MM (e.g. 2026-10) or \"last\", not \"x\"");
  CHECK(render_input_error(e, Lang::kZh).rfind("orders.csv:7: --month 应为", 0) == 0);
  InputError whole(Location{"orders.csv", 0, {}}, Msg(MsgId::kHeaderOnly, {"orders.csv"}));
  CHECK(render_input_error(whole, Lang::kEn) == "orders.csv: orders.csv: no data rows (only a header)");
}

TEST_CASE("a message built with the wrong number of arguments still says what happened") {
  // A bug, but the user sees the id and the values rather than nothing.
  CHECK(render_message(Msg(MsgId::kBadMonth, {}), Lang::kEn) == "BadMonth()");
  CHECK(render_message(Msg(MsgId::kBadMonth, {"\"x\"", "extra"}), Lang::kZh) == "BadMonth(\"x\", extra)");
}
