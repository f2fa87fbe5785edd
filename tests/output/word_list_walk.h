// The walk every word list of the output stage (src/output/word_list.h) gets:
// each id has a text in every language of kLangs, with exactly the
// placeholders its arity says, that renders with every argument placed, and
// the languages' texts differ. A word added to a list without a text, a
// language added without texts, or a translation that drops or invents a
// number fails the calling test case. (A call with the wrong number of
// arguments does not compile: say() checks it against the same arity.)
#pragma once

#include <doctest/doctest.h>

#include <string>

#include <fmt/args.h>
#include <fmt/format.h>

#include "../../src/output/word_list.h"
#include "placeholders.h"

namespace redhare::testing {

template <class Id>
void walk_word_list() {
  for (size_t i = 0; i < word_list::kCount<Id>; ++i) {
    const Id id = static_cast<Id>(i);
    const size_t arity = word_list::arity(id);
    const std::string name = word_list::name(id);
    CAPTURE(name);
    for (Lang lang : kLangs) {
      CAPTURE(lang == Lang::kZh ? "zh" : "en");
      const char* t = word_list::text(id, lang);
      REQUIRE(t != nullptr);
      CHECK(*t != 0);
      CHECK(placeholders(t) == expected_placeholders(arity));
      // And it renders: every argument placed.
      fmt::dynamic_format_arg_store<fmt::format_context> args;
      for (size_t a = 0; a < arity; ++a) args.push_back("<" + std::to_string(a) + ">");
      const std::string out = fmt::vformat(t, args);
      for (size_t a = 0; a < arity; ++a) CHECK(out.find("<" + std::to_string(a) + ">") != std::string::npos);
    }
    // A text copied across untranslated reads the same in both.
    CHECK(std::string(word_list::text(id, Lang::kEn)) != word_list::text(id, Lang::kZh));
  }
}

}  // namespace redhare::testing
