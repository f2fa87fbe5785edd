// The language a run speaks (--lang, else the locale). Every stage may carry
// it, so it lives in base; the words themselves live only in the output stage.
#pragma once

namespace redhare {

enum class Lang { kEn, kZh };

}  // namespace redhare
