#include "redhare/ratings.h"

#include <fmt/format.h>

#include <algorithm>
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

uint64_t mark_superseded_ratings(std::vector<Rating>& ratings) {
  // Only one customer's ratings can supersede each other, and most customers
  // rate once or twice: the ratings are bucketed by customer (a counting
  // sort, two passes over the ratings in file order) and only a bucket of two
  // or more is sorted, by agent, time and position. A comparison sort of the
  // whole million was a third of reading the file.
  if (ratings.size() < 2) return 0;
  Id customers = 0;
  for (const Rating& r : ratings) customers = std::max(customers, r.customer + 1);
  std::vector<uint32_t> start(size_t{customers} + 1, 0);
  for (const Rating& r : ratings) ++start[r.customer + 1];
  for (size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
  std::vector<uint32_t> order(ratings.size());
  {
    std::vector<uint32_t> next(start.begin(), start.end() - 1);
    for (uint32_t i = 0; i < ratings.size(); ++i) order[next[ratings[i].customer]++] = i;
  }
  uint64_t marked = 0;
  for (size_t c = 0; c < customers; ++c) {
    const auto first = order.begin() + start[c], last = order.begin() + start[c + 1];
    if (last - first < 2) continue;
    // By agent, time, then position: equal times leave the later row last,
    // so it is the one kept. Buckets are mostly two or three ratings.
    auto before = [&](uint32_t a, uint32_t b) {
      const Rating &x = ratings[a], &y = ratings[b];
      if (x.agent != y.agent) return x.agent < y.agent;
      return x.time != y.time ? x.time < y.time : a < b;
    };
    if (last - first <= 16) {
      for (auto i = first + 1; i < last; ++i)
        for (auto j = i; j > first && before(*j, *(j - 1)); --j) std::iter_swap(j, j - 1);
    } else {
      std::sort(first, last, before);
    }
    for (auto i = first; i + 1 < last; ++i) {
      const Rating &x = ratings[*i], &y = ratings[*(i + 1)];
      if (x.agent == y.agent && day_of(x.time) == day_of(y.time)) {
        ratings[*i].superseded = true;
        ++marked;
      }
    }
  }
  return marked;
}

namespace {

// The ratings' customers, interned into the raters' own namespace (ratings.h)
// in batches of kBatch as the rows come: a million raters' table is not in
// the cache, and Interner::intern_batch fetches a batch's slots before it
// compares the first. On the ratings' thread, while the chats are still
// being read: the join used to intern them on the main thread after the
// chats, on the critical path, from a copy of every name (15 MB of text and
// 8 MB of ends held beside the chats' peak).
class RaterBatch {
 public:
  RaterBatch(Interner* raters, std::vector<Rating>* ratings)
      : raters_(raters), ratings_(ratings), names_(kBatch), ids_(kBatch) {
    text_.reserve(kBatch * 32);
    ends_.reserve(kBatch);
  }
  // `customer` is the last rating's.
  void add(std::string_view customer) {
    text_.append(customer);
    ends_.push_back(text_.size());
    if (ends_.size() == kBatch) flush();
  }
  void flush() {
    const size_t n = ends_.size();
    for (size_t k = 0; k < n; ++k) {
      const size_t from = k == 0 ? 0 : ends_[k - 1];
      names_[k] = std::string_view(text_).substr(from, ends_[k] - from);
    }
    raters_->intern_batch(names_.data(), n, ids_.data());
    Rating* first = ratings_->data() + (ratings_->size() - n);
    for (size_t k = 0; k < n; ++k) first[k].customer = ids_[k];
    text_.clear();
    ends_.clear();
  }

 private:
  static constexpr size_t kBatch = 4096;
  Interner* raters_;
  std::vector<Rating>* ratings_;
  std::string text_;          // the batch's names, one after another
  std::vector<size_t> ends_;  // where each one ends in text_
  std::vector<std::string_view> names_;
  std::vector<Id> ids_;
};

}  // namespace

void read_ratings(const std::string& path, const ReadOptions& o, const Policy& p, RowErrors& errors,
                  RatingsRead* out) {
  FileReader r("ratings", path, o, p);
  CsvRows& rows = r.rows();
  out->file = path;
  RaterBatch raters(&out->customers, &out->ratings);
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
    if (out->ratings.size() == out->ratings.capacity()) {
      r.make_room(out->ratings);
      // At most one new name a rating: the raters' table sized with the
      // ratings (to the file's projected rows), where growing one name at a
      // time rehashed a table of up to 16 MB five times over.
      out->customers.reserve(out->ratings.capacity());
    }
    out->ratings.push_back(Rating{t, out->agents.intern(agent), 0, static_cast<uint32_t>(rows.line()), level,
                                  false});
    raters.add(customer);
    ++r.account().used;
  });
  raters.flush();
  out->customers.drop_index();  // complete: `explain` needs only the names
  // Superseded ratings are the file's duplicates in the row account (SPEC 9).
  // The agents are still the file's own ids: the same agent is the same id
  // either way, and that is all the rule compares.
  const uint64_t superseded = mark_superseded_ratings(out->ratings);
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
