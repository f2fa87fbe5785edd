// Customer ratings (SPEC 9, 客服评价 / 满意度): Qianniu's service evaluations.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/inputs.h"
#include "redhare/records.h"
#include "redhare/row_errors.h"

namespace redhare {

// The level of a rating word: 很满意 / 非常满意 / very satisfied / 5 -> 5;
// 满意 / satisfied / 4 -> 4; 一般 / neutral / 3 -> 3; 不满意 / dissatisfied / 2 -> 2;
// 很不满意 / 非常不满意 / very dissatisfied / 1 -> 1 (ASCII case-insensitive).
// False for anything else, empty included.
bool parse_rating_level(std::string_view text, uint8_t* out);

// Marks every rating superseded except the last one of each (agent, customer,
// shop-local calendar day): the latest time, and of equal times the later one
// in `ratings` (which is in file order). Returns how many it marked.
uint64_t mark_superseded_ratings(std::vector<Rating>& ratings);

// Fills d->ratings (empty before: one ratings file per run) with the ratings
// inside options.period, superseded ones marked, and the file's account to d->account (superseded ratings are its
// duplicates). Customers go into d->customers, the chats' namespace.
void read_ratings(const std::string& path, const ReadOptions& options, const Policy& policy, RowErrors& errors,
                  Dataset* d);

}  // namespace redhare
