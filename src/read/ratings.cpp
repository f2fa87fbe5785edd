#include "redhare/ratings.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "file_reader.h"
#include "redhare/error.h"

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

uint64_t mark_superseded_ratings(std::vector<Rating>& ratings) {
  // Sorted keys rather than a hash map: 1M ratings sort in well under 0.1 s
  // and the sort leaves each (agent, customer) pair's ratings in time order,
  // so one day's ratings are neighbours and the last of them is the one kept.
  struct Key {
    uint64_t pair;
    Time time;
    uint32_t pos;
  };
  std::vector<Key> keys;
  keys.reserve(ratings.size());
  for (uint32_t i = 0; i < ratings.size(); ++i)
    keys.push_back(Key{(uint64_t{ratings[i].agent} << 32) | ratings[i].customer, ratings[i].time, i});
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.pair != b.pair) return a.pair < b.pair;
    if (a.time != b.time) return a.time < b.time;
    return a.pos < b.pos;  // equal times: the later row wins, so it sorts last
  });
  uint64_t marked = 0;
  for (size_t i = 0; i + 1 < keys.size(); ++i) {
    if (keys[i].pair == keys[i + 1].pair && day_of(keys[i].time) == day_of(keys[i + 1].time)) {
      ratings[keys[i].pos].superseded = true;
      ++marked;
    }
  }
  return marked;
}

void read_ratings(const std::string& path, const ReadOptions& o, const Policy& p, RowErrors& errors, Dataset* d) {
  FileReader r("ratings", path, o, p);
  CsvRows& rows = r.rows();
  d->ratings_file = path;
  r.each(errors, [&] {
    Time t = r.time(kRaTime, "time");
    std::string_view agent = r.required(kRaAgent, "agent");
    std::string_view customer = r.required(kRaCustomer, "customer");
    uint8_t level;
    if (!parse_rating_level(rows.field(kRaRating), &level))
      throw BadRow{Msg(MsgId::kBadRating, {quote_value(rows.field(kRaRating))})};
    if (!o.period.contains(t)) {
      ++r.account().outside_period;
      return;
    }
    r.make_room(d->ratings);
    d->ratings.push_back(Rating{t, d->agents.intern(agent), d->customers.intern(customer),
                                static_cast<uint32_t>(rows.line()), level, false});
    ++r.account().used;
  });
  // Superseded ratings are the file's duplicates in the row account (SPEC 9).
  const uint64_t superseded = mark_superseded_ratings(d->ratings);
  r.account().used -= superseded;
  r.account().duplicates += superseded;
  d->account.push_back(r.account());
}

}  // namespace redhare
