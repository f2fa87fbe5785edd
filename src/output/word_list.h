// The machinery the output stage's word lists share, written once: explain's
// phrases (explain_words.h) and the report tables' labels (table_words.h) are
// each an X-macro of X(id, arity) entries plus a Traits specialisation; the
// enum, the arity and name tables, the lookups, the language switch and say()
// come from here. The language switch in_lang() also picks words.h's,
// pay_words.h's and the messages' per-language tables, so a language added to
// lang.h is one case here (the compiler warns of the missing one) and a text
// per list. Private to the output stage.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "redhare/lang.h"

// The pieces a list's header builds from its X-macro, e.g.
//   enum class Phrase { REDHARE_EXPLAIN_PHRASES(REDHARE_WORD_ID) };
//   static constexpr std::array kArity = {REDHARE_EXPLAIN_PHRASES(REDHARE_WORD_ARITY)};
//   static constexpr std::array kName = {REDHARE_EXPLAIN_PHRASES(REDHARE_WORD_NAME)};
// The name drops the id's k ("SlowLine"): what a failing test captures.
#define REDHARE_WORD_ID(id, arity) id,
#define REDHARE_WORD_ARITY(id, arity) size_t{arity},
#define REDHARE_WORD_NAME(id, arity) #id + 1,

namespace redhare::word_list {

// The entry of `lang` among one per language; nullptr for a language that has
// none (the compiler warns of the missing case, and the tests that walk kLangs
// fail). The only switch over Lang in the output stage's words.
template <class T>
constexpr T* in_lang(Lang lang, T* en, T* zh) {
  switch (lang) {
    case Lang::kEn: return en;
    case Lang::kZh: return zh;
  }
  return nullptr;
}

// What a list supplies, specialised in its header for its enum Id:
//   static constexpr std::array kArity, kName;  // by id, from the X-macro
//   static constexpr const char* (*kEn)(Id) = en::text, (*kZh)(Id) = zh::text;
// The texts' functions return nullptr for an id without a text (the compiler
// warns of a missing case, and the walking tests fail).
template <class Id>
struct Traits;

template <class Id>
inline constexpr size_t kCount = Traits<Id>::kArity.size();

// How many arguments the id's texts place ({0}, {1}, ...), and its name.
template <class Id>
constexpr size_t arity(Id id) {
  return Traits<Id>::kArity[static_cast<size_t>(id)];
}
template <class Id>
constexpr const char* name(Id id) {
  return Traits<Id>::kName[static_cast<size_t>(id)];
}

// The id's text in `lang`, placeholders {0}, {1}, ...; nullptr if the
// language has none.
template <class Id>
const char* text(Id id, Lang lang) {
  const char* (*in)(Id) = in_lang(lang, Traits<Id>::kEn, Traits<Id>::kZh);
  return in ? in(id) : nullptr;
}

// The id's text in `lang` with its arguments placed:
// say<Phrase::kSlowLine>(lang, 3, 120). A call with another number of
// arguments than the id's arity does not compile.
template <auto Id, class... Args>
std::string say(Lang lang, Args&&... args) {
  static_assert(sizeof...(Args) == arity(Id), "a word takes exactly its arity's arguments");
  const char* t = text(Id, lang);
  return t ? fmt::format(fmt::runtime(t), std::forward<Args>(args)...) : std::string();
}

}  // namespace redhare::word_list
