// The language a run speaks (--lang, else the locale). Every stage may carry
// it, so it lives in base; the words themselves live only in the output stage.
#pragma once

namespace redhare {

enum class Lang { kEn, kZh };

// Every language. The tests walk each word list in each of these, so a
// language added here fails them until every list has its texts.
inline constexpr Lang kLangs[] = {Lang::kEn, Lang::kZh};

}  // namespace redhare
