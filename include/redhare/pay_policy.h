// The pay keys of the policy (SPEC 10): commission rates per role, the grade
// factors, the public pool and seniority pay. Rates are exact decimals
// (rate.h), amounts are fen: a pay rule never goes through a double.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "redhare/money.h"
#include "redhare/rate.h"

namespace redhare {

// How the public pool (公共绩效提成) is shared: equally, or in proportion to score.
enum class PoolSplit : uint8_t { kEqual, kScore };

struct PayPolicy {
  Rate commission_presales{1, 100};  // pay.commission_rate = 1%
  Rate commission_aftersales{0, 1};  // aftersales.pay.commission_rate = 0%
  // pay.factor.<grade>, best grade first (the order of scoring.h's Grade):
  // outstanding 1.2, excellent 1.1, average 1, improve 0.8, urgent 0.5.
  std::array<Rate, 5> factor{{{12, 10}, {11, 10}, {1, 1}, {8, 10}, {5, 10}}};
  Rate pool_rate{5, 100};            // pay.pool_rate = 5% of the shop's silent sales
  PoolSplit pool_split = PoolSplit::kEqual;
  Fen seniority_per_year = 5000;  // fen: pay.seniority_per_year = 50 (yuan)
  Fen seniority_cap = 50000;      // fen: pay.seniority_cap = 500 (yuan)
  bool operator==(const PayPolicy&) const = default;
};

// The stable keys of pay.factor.<grade>, in PayPolicy::factor order.
inline constexpr std::array<const char*, 5> kPayFactorKeys = {"outstanding", "excellent", "average",
                                                              "improve", "urgent"};

// Sets a pay key (`pay.…` or `aftersales.pay.…`). Returns false when `key`
// is not one; throws UsageError(why) for a value that cannot mean anything
// (a negative rate, factor or amount, a commission or pool rate above 100%,
// an unknown split).
bool apply_pay_key(PayPolicy& pay, std::string_view key, std::string_view value);

// The first grade g whose factor is above the factor of the grade better
// than it (factor[g - 1] < factor[g]): a better grade would earn a smaller
// commission. 0 when the factors never rise going down the grades.
int pay_factor_out_of_order(const PayPolicy& pay);

// The pay keys as commented policy-file lines (part of `redhare policy`).
std::string pay_policy_text(const PayPolicy& pay);

}  // namespace redhare
