// The words of the pay sheet (SPEC 10), one table per language:
// en/pay_words.cpp and zh/pay_words.cpp. pay_view.cpp builds the sheet's
// structure; every sentence a person reads about pay is spelled here. Private
// to the output stage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "redhare/pay.h"
#include "redhare/report.h"
#include "word_list.h"

namespace redhare::pay_words {

// The sheet's columns, in order: a component of 当月工资, or the total.
enum class PayComponent : uint8_t {
  kBasePay, kAllowance, kSeniority, kCommission, kPoolShare, kRewards, kDeduction, kTotal,
};
inline constexpr int kPayComponentCount = static_cast<int>(PayComponent::kTotal) + 1;

struct PayWords {
  const char* total;     // the first cell of the table's sum row: total, 合计
  const char* roles[2];  // by Role: presales, 售前 ...
  // How the pool was made and shared.
  std::string (*pool)(const PaySheet& sheet);
  // How one component of one agent's pay was made, with the numbers behind
  // it ("commission ¥52.14 = sales ¥4,740.00 × 1% × 1.1 (excellent)"); ""
  // for a rewards or deduction component that is not there.
  std::string (*how)(PayComponent c, const PayLine& line, const PaySheet& sheet);
  // A last-rank deduction not taken in full.
  std::string (*not_taken)(const PayLine& line);
};

extern const PayWords kEn;  // en/pay_words.cpp
extern const PayWords kZh;  // zh/pay_words.cpp

// The language's table; nullptr if it has none (word_list.h's one switch
// over languages; the tests walk kLangs so that cannot ship).
inline const PayWords* of(Lang lang) { return word_list::in_lang(lang, &kEn, &kZh); }

// Shared by both tables: ¥1,234.50 and a shop-local date 2026-10-31.
std::string money(Fen fen);
std::string date(Time t);

}  // namespace redhare::pay_words
