#include "redhare/ratings.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "file_reader.h"
#include "redhare/error.h"
#include "redhare/row_errors.h"

namespace redhare {

using namespace read_detail;

namespace {

// Column indexes into column_specs("ratings"), in table order.
enum RatingCol { kRaAgent, kRaCustomer, kRaTime, kRaRating };

constexpr int64_t kDay = 86400;

// The shop-local calendar day of a time (floor division: times before 1970
// are not refused by the type).
int64_t day_of(Time t) { return t >= 0 ? t / kDay : -((-t + kDay - 1) / kDay); }

}  // namespace

bool parse_rating_level(std::string_view v, uint8_t* out) {
  // The exports' words as they are written, compared whole first (as
  // message_kind does): the same answers as the case-blind list below.
  if (v == "很满意" || v == "非常满意") {
    *out = 5;
    return true;
  }
  if (v == "满意") {
    *out = 4;
    return true;
  }
  if (v == "一般" || v == "不满意" || v == "很不满意") {
    *out = v.size() == 6 ? 3 : v.size() == 9 ? 2 : 1;
    return true;
  }
  if (is_any(v, {"很满意", "非常满意", "very satisfied", "5"}))
    *out = 5;
  else if (is_any(v, {"满意", "satisfied", "4"}))
    *out = 4;
  else if (is_any(v, {"一般", "neutral", "3"}))
    *out = 3;
  else if (is_any(v, {"不满意", "dissatisfied", "2"}))
    *out = 2;
  else if (is_any(v, {"很不满意", "非常不满意", "very dissatisfied", "1"}))
    *out = 1;
  else
    return false;
  return true;
}

namespace {

// A (customer, agent, day) key's 64-bit mix: spreads the ratings evenly over
// the buckets below whatever the month's shape (one agent's busy day or a
// thousand quiet ones).
uint64_t mix_key(uint64_t customer_hash, Id agent, int64_t day) {
  uint64_t k = customer_hash ^ (uint64_t{agent} * 0x9E3779B97F4A7C15u) ^
               (static_cast<uint64_t>(day) * 0xC2B2AE3D27D4EB4Fu);
  k ^= k >> 31;
  k *= 0xBF58476D1CE4E5B9u;
  k ^= k >> 29;
  return k;
}

// Marks all but the last (by time, then position) of each (agent, customer,
// day); `hash(i)` is a hash of rating i's customer and `same(i, j)` tells
// whether ratings i and j are of the same customer. The ratings are bucketed
// by a hash of the whole key (a counting sort, file order kept within a
// bucket), ~64 to a bucket, and each bucket is walked in file order with a
// table of its own that fits in the L1 cache: a key seen before holds the
// rating that wins so far, and the later of the two by (time, position)
// supersedes the other. No table of every customer (a million raters' is 16
// MB: a cache miss a rating) and no sort.
template <class Hash, class Same, class FetchName>
uint64_t mark_superseded(std::vector<Rating>& ratings, Hash hash, Same same, FetchName fetch_name) {
  const size_t n = ratings.size();
  if (n < 2) return 0;
  unsigned bits = 0;
  while ((size_t{64} << bits) < n && bits < 24) ++bits;
  const size_t buckets = size_t{1} << bits;
  // 32 bits of the key a rating: the top ones pick the bucket, all of them
  // are the tag compared within it (a false match only costs reading the
  // two ratings). Not zeroed first: every element is written before read.
  auto bucket_of = [bits](uint32_t k) { return bits == 0 ? 0 : static_cast<size_t>(k >> (32 - bits)); };
  const auto key = std::make_unique_for_overwrite<uint32_t[]>(n);
  std::vector<uint32_t> start(buckets + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    key[i] = static_cast<uint32_t>(mix_key(hash(i), ratings[i].agent, day_of(ratings[i].time)) >> 32);
    ++start[bucket_of(key[i]) + 1];
  }
  uint32_t largest = 0;
  for (size_t b = 1; b <= buckets; ++b) {
    largest = std::max(largest, start[b]);
    start[b] += start[b - 1];
  }
  // Each rating's place in its bucket: its key (a tag to probe and compare
  // by) and its index, so that a bucket is walked in its
  // own 8 bytes a rating and a rating itself is read only when its tag meets
  // an equal one (a repeat rater, or rarely a collision).
  const auto placed = std::make_unique_for_overwrite<uint64_t[]>(n);
  {
    std::vector<uint32_t> next(start.begin(), start.end() - 1);
    for (uint32_t i = 0; i < n; ++i) placed[next[bucket_of(key[i])]++] = uint64_t{key[i]} << 32 | i;
  }
  size_t slots = 4;
  while (slots < size_t{largest} * 2) slots *= 2;
  std::vector<uint32_t> table(slots);  // a place + 1; 0 = empty
  auto clear_table = [&](uint32_t count) {
    size_t size = 4;
    while (size < size_t{count} * 2) size *= 2;
    std::fill(table.begin(), table.begin() + static_cast<ptrdiff_t>(size), 0u);
    return size - 1;
  };
  // Only a rating whose tag is in its bucket twice can supersede or be
  // superseded: those are gathered first, from the tags alone, so that the
  // ratings and names the rule reads can be fetched ahead of it (a cache
  // miss each, three a rating, waited for one after the other otherwise).
  std::vector<uint64_t> twice;  // bucket by bucket, file order within one
  std::vector<uint32_t> twice_start{0};
  std::vector<uint8_t> seen(largest);
  for (size_t b = 0; b < buckets; ++b) {
    const uint32_t first = start[b], last = start[b + 1];
    if (last - first < 2) continue;
    const size_t mask = clear_table(last - first);
    std::fill(seen.begin(), seen.begin() + (last - first), uint8_t{0});
    bool any = false;
    for (uint32_t k = first; k < last; ++k) {
      const uint32_t tag = static_cast<uint32_t>(placed[k] >> 32);
      for (size_t s = tag & mask;; s = (s + 1) & mask) {
        if (table[s] == 0) {
          table[s] = k + 1;
          break;
        }
        if (static_cast<uint32_t>(placed[table[s] - 1] >> 32) == tag) {
          seen[table[s] - 1 - first] = seen[k - first] = 1;
          any = true;
          break;
        }
      }
    }
    if (!any) continue;
    for (uint32_t k = first; k < last; ++k)
      if (seen[k - first]) twice.push_back(placed[k]);
    twice_start.push_back(static_cast<uint32_t>(twice.size()));
  }
  uint64_t marked = 0;
  constexpr size_t kAhead = 16;  // ratings fetched this far ahead, names half as far
  for (size_t t = 0; t < std::min(kAhead, twice.size()); ++t) __builtin_prefetch(&ratings[uint32_t(twice[t])]);
  for (size_t g = 0; g + 1 < twice_start.size(); ++g) {
    const uint32_t first = twice_start[g], last = twice_start[g + 1];
    const size_t mask = clear_table(last - first);
    for (uint32_t k = first; k < last; ++k) {
      if (k + kAhead < twice.size()) __builtin_prefetch(&ratings[uint32_t(twice[k + kAhead])]);
      if (k + kAhead / 2 < twice.size()) fetch_name(uint32_t(twice[k + kAhead / 2]));
      const uint32_t tag = static_cast<uint32_t>(twice[k] >> 32);
      for (size_t s = tag & mask;; s = (s + 1) & mask) {
        if (table[s] == 0) {
          table[s] = k + 1;
          break;
        }
        const uint64_t other = twice[table[s] - 1];
        if (static_cast<uint32_t>(other >> 32) != tag) continue;
        const uint32_t i = static_cast<uint32_t>(twice[k]), j = static_cast<uint32_t>(other);
        Rating &x = ratings[i], &y = ratings[j];
        if (y.agent != x.agent || day_of(y.time) != day_of(x.time) || !same(i, j)) continue;
        // j is earlier in the file: x wins at an equal or later time.
        if (x.time >= y.time) {
          y.superseded = true;
          table[s] = k + 1;
        } else {
          x.superseded = true;
        }
        ++marked;
        break;
      }
    }
  }
  return marked;
}

}  // namespace

uint64_t mark_superseded_ratings(std::vector<Rating>& ratings) {
  return mark_superseded(
      ratings, [&](size_t i) { return uint64_t{ratings[i].customer}; },
      [&](size_t i, size_t j) { return ratings[i].customer == ratings[j].customer; }, [](size_t) {});
}

uint64_t mark_superseded_ratings(std::vector<Rating>& ratings, const Interner& customers) {
  const std::hash<std::string_view> hash;
  return mark_superseded(
      ratings, [&](size_t i) { return hash(customers.name(ratings[i].customer)); },
      [&](size_t i, size_t j) { return customers.name(ratings[i].customer) == customers.name(ratings[j].customer); },
      [&](size_t i) { __builtin_prefetch(customers.name(ratings[i].customer).data()); });
}

void read_ratings(const std::string& path, const ReadOptions& o, const Policy& p, RowErrors& errors,
                  RatingsRead* out) {
  FileReader r("ratings", path, o, p);
  CsvRows& rows = r.rows();
  out->file = path;
  r.each(errors, [&] {
    Time t = r.time(kRaTime, "time");
    std::string_view agent = r.name(kRaAgent, "agent");
    std::string_view customer = r.name(kRaCustomer, "customer");
    uint8_t level;
    if (!parse_rating_level(rows.field(kRaRating), &level))
      throw BadRow{Msg(MsgId::kBadRating, {quote_value(rows.field(kRaRating))})};
    if (!o.period.contains(t)) {
      ++r.account().outside_period;
      return;
    }
    if (out->ratings.size() == out->ratings.capacity()) r.make_room(out->ratings);
    out->ratings.push_back(Rating{t, out->agents.intern(agent), 0, static_cast<uint32_t>(rows.line()), level,
                                  false});
    // The customer's name, in the raters' own namespace (ratings.h), one a
    // rating and never looked up: a rater's id is only where `explain` finds
    // the name, and the superseding rule compares names within a small
    // bucket, so a table of every rater (0.9M names in 16 MB, a cache miss a
    // rating, a quarter of reading the ratings) bought nothing.
    out->customers.append_new(&customer, 1, &out->ratings.back().customer);
    ++r.account().used;
  });
  // Superseded ratings are the file's duplicates in the row account (SPEC 9).
  // The agents are still the file's own ids: the same agent is the same id
  // either way, and that is all the rule compares.
  const uint64_t superseded = mark_superseded_ratings(out->ratings, out->customers);
  out->account = r.account();
  out->account.used -= superseded;
  out->account.duplicates += superseded;
}

void join_ratings(RatingsRead ratings, const RowErrors& ratings_errors, const std::exception_ptr& ratings_error,
                  RowErrors& errors, Dataset* d) {
  // Strict: the first bad rating, now that no earlier file had a bad row.
  if (!errors.lenient() && ratings_error) std::rethrow_exception(ratings_error);
  for (const RejectedRow& row : ratings_errors.rows())
    errors.reject(InputError(Location{row.file, row.line, {}}, row.reason), row.row);
  errors.enforce_limit();
  // Past the limit within the ratings alone, or a file-level problem.
  if (ratings_error) std::rethrow_exception(ratings_error);
  std::vector<Id> agent(ratings.agents.size());
  for (Id i = 0; i < agent.size(); ++i) agent[i] = d->agents.intern(ratings.agents.name(i));
  for (Rating& r : ratings.ratings) r.agent = agent[r.agent];
  // One ratings file per run: the raters' namespace is this file's.
  d->rating_customers = std::move(ratings.customers);
  d->ratings = std::move(ratings.ratings);
  d->ratings_file = std::move(ratings.file);
  d->account.push_back(std::move(ratings.account));
}

}  // namespace redhare
