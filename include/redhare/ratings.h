// Customer ratings (SPEC 9, 客服评价 / 满意度): Qianniu's service evaluations.
#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/inputs.h"
#include "redhare/interner.h"
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
// The same with customers compared by name in `customers` (each rating may
// have an id of its own, as read_ratings gives them).
uint64_t mark_superseded_ratings(std::vector<Rating>& ratings, const Interner& customers);

// A ratings file as read on a thread of its own, beside the chats (SPEC 9
// ratings can be a million rows): the ratings inside the period in file
// order, their customers' names stored and the superseded ones marked. Rating
// customers are a namespace of their own (Dataset::rating_customers): the
// figures only count a customer's ratings per agent and day, so nothing needs
// a rater to be the same id as a chat customer, and the ~1M raters of a big
// month, mostly not among the chats' customers, would otherwise more than
// double the chats' table; being apart, they are stored on this thread,
// off the main thread's path, one name a rating and none looked up (the
// rule compares names, `explain` prints them: a table of every rater was a
// quarter of reading the ratings).
struct RatingsRead {
  std::vector<Rating> ratings;  // agent: `agents`; customer: `customers`
  Interner agents;              // ~150 names: interned as read
  Interner customers;           // the raters, one a rating, in file order; no lookup table
  FileAccount account;          // superseded ratings counted as duplicates
  std::string file;
};

// Reads the ratings inside options.period into `out` (empty before: one
// ratings file per run), stores their customers and marks the superseded.
void read_ratings(const std::string& path, const ReadOptions& options, const Policy& policy, RowErrors& errors,
                  RatingsRead* out);

// Adds ratings read on their own thread to `d` as if they had been read last,
// after every other file: their bad rows join `errors` (so the one past
// --max-errors is chosen in file order; strict, `ratings_error` is thrown now
// that no earlier file had a bad row), their agents join d's agents in order
// of first appearance, their customers become d->rating_customers and the
// file's account goes to d->account (superseded ratings are its duplicates).
void join_ratings(RatingsRead ratings, const RowErrors& ratings_errors, const std::exception_ptr& ratings_error,
                  RowErrors& errors, Dataset* d);

}  // namespace redhare
