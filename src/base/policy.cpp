#include "redhare/policy.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <variant>

#include "redhare/error.h"
#include "redhare/money.h"
#include "redhare/rate.h"
#include "redhare/strings.h"

namespace redhare {

namespace {

// How a scalar key's value is written and read.
// kSeconds is a duration always written in seconds (120s reads better than 2m).
// kYuan is money: written in yuan (100, 100.50), held in fen, read exactly.
enum class Kind { kDuration, kSeconds, kInt, kNumber, kShare, kBool, kText, kYuan };

struct Field {
  const char* key;
  Kind kind;
  std::variant<int Policy::*, double Policy::*, bool Policy::*, std::string Policy::*, Fen Policy::*> member;
  const char* comment;
};

// One table serves parsing and printing, so the two cannot drift apart.
const std::vector<Field>& fields() {
  static const std::vector<Field> table = {
      {"session_gap", Kind::kDuration, &Policy::session_gap_s,
       "接待 session: a new session starts after this much working time without a message (s/m/h)"},
      {"slow_response", Kind::kSeconds, &Policy::slow_response_s,
       "慢响应 slow response: an answered turn slower than this"},
      {"attribution_window", Kind::kDuration, &Policy::attribution_window_s,
       "落实 attribution: an order belongs to a consultation at most this long before it (calendar time)"},
      {"net_refunds", Kind::kBool, &Policy::net_refunds,
       "销售额 sales: subtract refunds from paid amounts (true | false)"},
      {"after_sales_days", Kind::kInt, &Policy::after_sales_days,
       "售后 after-sales: a paid order this many days before the first turn, and none attributed"},
      {"auto_reply_prefix", Kind::kText, &Policy::auto_reply_prefix,
       "自动回复 auto-reply: agent messages whose text starts with this (empty: use the auto column only)"},
      {"min_inquirers", Kind::kInt, &Policy::min_inquirers,
       "排名 ranking: agents with fewer 询单人数 inquirers are shown but not ranked"},
      {"aftersales.min_consulted", Kind::kInt, &Policy::aftersales_min_consulted,
       "售后 aftersales agents (--roster) with fewer 咨询人数 consulted customers are shown but not ranked"},
      {"rank_probation", Kind::kBool, &Policy::rank_probation,
       "试用 probation agents (--roster) are graded; ranked only when true"},
      {"min_group", Kind::kInt, &Policy::min_group,
       "部门·岗位 ranking groups with fewer ranked agents get no rank-based lines (rank 1, last, shares)"},
      {"review.manager", Kind::kNumber, &Policy::review_manager,
       "评价 reviews: rater weights (主管 manager, 互评 peer, 自评 self), renormalised over raters present"},
      {"review.peer", Kind::kNumber, &Policy::review_peer, nullptr},
      {"review.self", Kind::kNumber, &Policy::review_self, nullptr},
      {"grade.outstanding", Kind::kNumber, &Policy::grade_outstanding,
       "五等级 grades: score at or above -> 特优 outstanding, 优秀 excellent, 中等 average, 有待提高 needs improvement; below: 急需提高 urgent"},
      {"grade.excellent", Kind::kNumber, &Policy::grade_excellent, nullptr},
      {"grade.average", Kind::kNumber, &Policy::grade_average, nullptr},
      {"grade.improve", Kind::kNumber, &Policy::grade_improve, nullptr},
      {"share.outstanding", Kind::kShare, &Policy::share_outstanding,
       "强制分布 forced distribution: at most this share of ranked agents (rounded down) may be 特优 / 优秀"},
      {"share.excellent", Kind::kShare, &Policy::share_excellent, nullptr},
      {"reward_first", Kind::kYuan, &Policy::reward_first, "奖惩: rank 1 of the month: reward (yuan)"},
      {"penalty_last", Kind::kYuan, &Policy::penalty_last,
       "last rank (when more than one agent is ranked): deducted from commission (yuan)"},
      {"streak_bonus", Kind::kYuan, &Policy::streak_bonus,
       "rank 1 in each of the last streak_months months: one-off bonus (yuan), once per run"},
      {"streak_months", Kind::kInt, &Policy::streak_months, nullptr},
      {"pass_mark", Kind::kNumber, &Policy::pass_mark,
       "score below pass_mark in each of the last streak_months months: dismissal review (自动请辞)"},
      {"warning_mark", Kind::kNumber, &Policy::warning_mark,
       "score below warning_mark: improvement plan and warning (终止聘用 if no progress)"},
      {"share.raise", Kind::kShare, &Policy::share_raise,
       "top / bottom shares of ranked agents (rounded half up): raise/promotion, honour award, demotion, training"},
      {"share.honour", Kind::kShare, &Policy::share_honour, nullptr},
      {"share.demotion", Kind::kShare, &Policy::share_demotion, nullptr},
      {"share.training", Kind::kShare, &Policy::share_training, nullptr},
      {"award.presence", Kind::kShare, &Policy::award_presence,
       "季度/年度 awards: eligible when present in this share of the period's months"},
      {"award.best", Kind::kShare, &Policy::award_best_share,
       "最佳客服专员 best / 优秀客服专员 excellent: share of eligible agents, rounded down, at least one"},
      {"award.excellent", Kind::kShare, &Policy::award_excellent_share, nullptr},
  };
  return table;
}

std::string trim(std::string_view s) { return std::string(trim_blanks(s)); }

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t at = s.find(sep, start);
    out.push_back(trim(s.substr(start, at == std::string_view::npos ? at : at - start)));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

// Shortest text that reads back to the same double.
std::string num(double v) { return fmt::format("{}", v); }

// A share, or a rate item's threshold, as the policy file writes it. The
// percentage is the pay rates' (rate.h: the exact decimal the text says, so
// pay.commission_rate and share.raise print alike), taken when it reads back
// to the same double: 0.45 -> "45%", 0.57 -> "57%" (0.57 x 100 is
// 56.99999999999999 in doubles, which the old arithmetic printed as "0.57").
// 2/3 stays "2/3" (the seed's "two thirds of the months"); else the plain
// number.
std::string pct(double v) {
  if (v < 0) return "-" + pct(-v);  // only ever in an error message: the value was refused
  Rate exact;
  if (parse_rate(num(v), &exact)) {
    // parse_number reads the percentage back through the same exact
    // decimal: the same double whenever num(v) had at most 6 decimals.
    if (static_cast<double>(exact.num) / static_cast<double>(exact.den) == v) return rate_percent(exact);
  }
  for (int d = 2; d <= 12; ++d) {
    double n = std::round(v * d);
    if (n / d == v) return fmt::format("{}/{}", n, d);
  }
  return num(v);
}

// Durations in the policy file: a number and one of these units. One table
// for reading and for writing (the largest unit that divides evenly).
struct DurationUnit {
  char suffix;
  int seconds;
};
constexpr DurationUnit kDurationUnits[] = {{'h', 3600}, {'m', 60}, {'s', 1}};

std::string duration(int s) {
  for (const DurationUnit& u : kDurationUnits)
    if (s != 0 && s % u.seconds == 0) return fmt::format("{}{}", s / u.seconds, u.suffix);
  return "0s";
}

// Fen as the policy file writes yuan: 100, 100.5, 100.25 (no trailing zeros,
// like the other numbers of the file).
std::string yuan_text(Fen fen) {
  std::string out = fmt::format("{}{}", fen < 0 ? "-" : "", (fen < 0 ? -fen : fen) / 100);
  const Fen cents = (fen < 0 ? -fen : fen) % 100;
  if (cents == 0) return out;
  return cents % 10 == 0 ? fmt::format("{}.{}", out, cents / 10) : fmt::format("{}.{:02}", out, cents);
}

std::string hhmm(int s) { return fmt::format("{:02}:{:02}", s / 3600, s / 60 % 60); }

// Reading values: each throws a message id (worded by the output stage in the
// run's language); the caller frames it with file:line and key.
struct BadValue {
  Msg why;
};

// "shop.ini:12", or the file alone for line 0 (it cannot be opened).
std::string at_line(const std::string& file, uint64_t line) {
  return line == 0 ? file : fmt::format("{}:{}", file, line);
}

double parse_number(std::string_view text) {
  std::string t = trim(text);
  if (size_t slash = t.find('/'); slash != std::string::npos) {  // "2/3"
    double n = parse_number(t.substr(0, slash)), d = parse_number(t.substr(slash + 1));
    if (d == 0) throw BadValue{Msg(MsgId::kPolicyDivByZero, {quote_value(t)})};
    // 1e308/1e-308 overflows to inf: a share or a point value must be a number.
    if (!std::isfinite(n / d)) throw BadValue{Msg(MsgId::kPolicyTooLarge, {quote_value(t)})};
    return n / d;
  }
  bool percent = !t.empty() && t.back() == '%';
  // "12.3%" as the exact decimal 123/1000, read as the pay rates are
  // (rate.h), so that it is the double 0.123 and pct() prints it back; the
  // arithmetic 12.3 / 100 lands one bit off. Other percentages (negative,
  // more decimals) are divided as written.
  if (Rate exact; percent && parse_rate(t, &exact))
    return static_cast<double>(exact.num) / static_cast<double>(exact.den);
  if (percent) t.pop_back();
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (t.empty() || end != t.c_str() + t.size() || !std::isfinite(v))
    throw BadValue{Msg(MsgId::kPolicyNotNumber, {quote_value(trim(text))})};
  return percent ? v / 100 : v;
}

int parse_int(std::string_view text) {
  double v = parse_number(text);
  if (v != std::floor(v) || v < 0 || v > 1e9)
    throw BadValue{Msg(MsgId::kPolicyNotWhole, {quote_value(trim(text))})};
  return static_cast<int>(v);
}

int parse_duration(std::string_view text) {
  std::string t = trim(text);
  int unit = 1;  // a bare number is seconds
  for (const DurationUnit& u : kDurationUnits)
    if (!t.empty() && t.back() == u.suffix) {
      unit = u.seconds;
      t.pop_back();
      break;
    }
  try {
    return parse_int(t) * unit;
  } catch (const BadValue&) {
    throw BadValue{Msg(MsgId::kPolicyNotDuration, {quote_value(trim(text))})};
  }
}

Fen parse_yuan(std::string_view text) {
  Fen fen = 0;
  if (!parse_money(text, &fen))
    throw BadValue{Msg(MsgId::kPolicyNotYuan, {quote_value(trim(text))})};
  return fen;
}

// "0, 100, 200, 300, 500": yuan, strictly ascending, none negative (a level
// list out of order would make "down one level" mean nothing).
std::vector<Fen> parse_levels(std::string_view text) {
  std::vector<Fen> levels;
  for (const std::string& item : split(text, ',')) {
    if (item.starts_with("-")) throw BadValue{Msg(MsgId::kPolicyLevelNegative, {quote_value(item)})};
    Fen level = parse_yuan(item);
    if (!levels.empty() && level <= levels.back())
      throw BadValue{Msg(MsgId::kPolicyLevelsOrder, {yuan_text(level), yuan_text(levels.back())})};
    levels.push_back(level);
  }
  return levels;
}

bool parse_bool(std::string_view text) {
  std::string t = trim(text);
  if (t == "true" || t == "yes" || t == "1") return true;
  if (t == "false" || t == "no" || t == "0") return false;
  throw BadValue{Msg(MsgId::kPolicyNotBool, {quote_value(t)})};
}

int parse_clock(std::string_view text) {
  std::string t = trim(text);
  int h = 0, m = 0;
  char extra = 0;
  if (t.size() != 5 || std::sscanf(t.c_str(), "%2d:%2d%c", &h, &m, &extra) != 2 || h > 24 ||
      m > 59 || (h == 24 && m != 0))
    throw BadValue{Msg(MsgId::kPolicyNotClock, {quote_value(t)})};
  return h * 3600 + m * 60;
}

int parse_utc_offset(std::string_view text) {
  std::string t = trim(text);
  if (t.size() != 6 || (t[0] != '+' && t[0] != '-'))
    throw BadValue{Msg(MsgId::kPolicyNotOffset, {quote_value(t)})};
  int s = parse_clock(t.substr(1));
  if (s > 14 * 3600) throw BadValue{Msg(MsgId::kPolicyOffsetRange, {quote_value(t)})};
  return t[0] == '-' ? -s : s;
}

void set_work_hours_or_throw(Policy& p, std::string_view text) {
  std::vector<std::string> parts = split(text, '-');
  if (parts.size() != 2) throw BadValue{Msg(MsgId::kPolicyNotHours, {quote_value(trim(text))})};
  int start = parse_clock(parts[0]), end = parse_clock(parts[1]);
  if (start >= end) throw BadValue{Msg(MsgId::kPolicyHoursOrder, {quote_value(trim(text))})};
  p.work_start_s = start;
  p.work_end_s = end;
}

// Points are 0-100: the score is a weighted mean of them and the grades
// read it on that scale (a tier of 150 gave a score of 105.4).
void check_points(double points) {
  if (points < 0 || points > 100)
    throw BadValue{Msg(MsgId::kPolicyPoints, {num(points)})};
}

// Which way an item's figure is better is the registry's, not the policy's:
// `>=` tiers on a response time would reward the slowest agent.
void check_direction(ItemId id, bool lower_is_better) {
  if (lower_is_better == item_info(id).lower_is_better) return;
  throw BadValue{Msg(item_info(id).lower_is_better ? MsgId::kPolicyBetterLower : MsgId::kPolicyBetterHigher,
                     {std::string(item_key(id))})};
}

// A rate that is a share of something (reply rate, conversion, ...) lies in
// 0-100%; a threshold outside can never be met, or is always met, and is most
// likely "45" written for "45%". Completion (sales / target) may pass 100%.
void check_threshold(ItemId id, double threshold, std::string_view written) {
  const ItemInfo& info = item_info(id);
  if (info.unit == ItemUnit::kRate && id != ItemId::kCompletion && (threshold < 0 || threshold > 1))
    throw BadValue{Msg(MsgId::kPolicyRateRange, {std::string(info.key), quote_value(written)})};
  if (threshold < 0 && info.unit != ItemUnit::kYuan)
    throw BadValue{Msg(MsgId::kPolicyNegative, {std::string(info.key), quote_value(written)})};
}

// ">=45%:100, >=40%:80, else:0" or "<=30:100, ..., else:0".
void parse_tiers(ScoreItem& item, std::string_view text) {
  item.tiers.clear();
  item.otherwise = 0;
  item.method = ScoreMethod::kTiers;
  bool seen_le = false, seen_ge = false;
  for (const std::string& step : split(text, ',')) {
    size_t colon = step.rfind(':');
    if (colon == std::string::npos)
      throw BadValue{Msg(MsgId::kPolicyTierForm, {quote_value(step)})};
    std::string cond = trim(std::string_view(step).substr(0, colon));
    double points = parse_number(std::string_view(step).substr(colon + 1));
    if (cond == "else") {
      item.otherwise = points;
      continue;
    }
    bool ge = cond.starts_with(">=");
    bool le = cond.starts_with("<=");
    if (!ge && !le) throw BadValue{Msg(MsgId::kPolicyTierStart, {quote_value(step)})};
    (ge ? seen_ge : seen_le) = true;
    if (seen_ge && seen_le) throw BadValue{Msg(MsgId::kPolicyTiersMix)};
    item.tiers.push_back({parse_number(cond.substr(2)), points});
    check_threshold(item.id, item.tiers.back().threshold, step);
    // Each tier is met only when the one before it is not, so a tier less
    // strict than the one before it would hide every tier after it.
    if (item.tiers.size() > 1) {
      const double before = item.tiers[item.tiers.size() - 2].threshold, now = item.tiers.back().threshold;
      if (ge ? now >= before : now <= before)
        throw BadValue{Msg(ge ? MsgId::kPolicyTierNotStricterGe : MsgId::kPolicyTierNotStricterLe, {quote_value(step)})};
    }
  }
  if (item.tiers.empty()) throw BadValue{Msg(MsgId::kPolicyNoTiers)};
  check_direction(item.id, seen_le);
  for (const Tier& t : item.tiers) check_points(t.points);
  check_points(item.otherwise);
  item.lower_is_better = seen_le;
}

void parse_linear(ScoreItem& item, std::string_view text) {
  std::vector<std::string> ends = split(text, ',');
  double at[2] = {0, 0}, pts[2] = {0, 0};
  if (ends.size() != 2) throw BadValue{Msg(MsgId::kPolicyLinearTwo)};
  for (int i = 0; i < 2; ++i) {
    size_t colon = ends[i].rfind(':');
    if (colon == std::string::npos) throw BadValue{Msg(MsgId::kPolicyLinearForm, {quote_value(ends[i])})};
    at[i] = parse_number(ends[i].substr(0, colon));
    pts[i] = parse_number(ends[i].substr(colon + 1));
  }
  if (pts[0] != 0 || pts[1] != 100 || at[0] == at[1])
    throw BadValue{Msg(MsgId::kPolicyLinearEnds)};
  for (int i = 0; i < 2; ++i) check_threshold(item.id, at[i], ends[i]);
  check_direction(item.id, at[1] < at[0]);
  item.method = ScoreMethod::kLinear;
  item.zero_at = at[0];
  item.full_at = at[1];
  item.lower_is_better = at[1] < at[0];
  item.tiers.clear();
}

ScoreItem tiered(ItemId id, double weight, std::vector<Tier> tiers) {
  ScoreItem i;
  i.id = id;
  i.weight = weight;
  i.method = ScoreMethod::kTiers;
  i.lower_is_better = item_info(id).lower_is_better;
  i.tiers = std::move(tiers);
  return i;
}

ScoreItem direct(ItemId id, double weight) {
  ScoreItem i;
  i.id = id;
  i.weight = weight;
  i.method = ScoreMethod::kDirect;
  return i;
}

// The item a key names, added to the policy (with weight 0 and the registry's
// default method) the first time a policy names an item the defaults lack.
// `added` records where, so that finish() can name the line of an added item
// that never got its tiers.
ScoreItem& item_for_key(std::vector<ScoreItem>& table, ItemId id, uint64_t line,
                        std::map<ItemId, uint64_t>& added) {
  for (ScoreItem& i : table)
    if (i.id == id) return i;
  ScoreItem i;
  i.id = id;
  i.method = item_info(id).default_method;
  i.lower_is_better = item_info(id).lower_is_better;
  table.push_back(std::move(i));
  added.emplace(id, line);
  return table.back();
}

std::string item_keys() {
  std::string out;
  for (const ItemInfo& i : all_items()) out += (out.empty() ? "" : ", ") + std::string(i.key);
  return out;
}

// A value that reads but cannot mean anything (SPEC 6): the checks of one
// key alone. How keys relate (grades in order, weights not all zero) is
// finish()'s.
void check_field(const Policy& p, const Field& f) {
  const std::string_view key = f.key;
  if (f.kind == Kind::kShare) {
    const double v = p.*std::get<double Policy::*>(f.member);
    if (v < 0 || v > 1) throw BadValue{Msg(MsgId::kPolicyShare, {pct(v)})};
  }
  if (key == "session_gap" && p.session_gap_s == 0)
    throw BadValue{Msg(MsgId::kPolicyZeroGap)};
  if (key == "slow_response" && p.slow_response_s == 0)
    throw BadValue{Msg(MsgId::kPolicyZeroSlow)};
  if (key == "streak_months" && p.streak_months == 0)
    throw BadValue{Msg(MsgId::kPolicyZeroStreak)};
  if (key.starts_with("review.") && p.*std::get<double Policy::*>(f.member) < 0)
    throw BadValue{Msg(MsgId::kPolicyNegativeRater)};
  if (key.starts_with("grade.") || key == "pass_mark" || key == "warning_mark") {
    const double v = p.*std::get<double Policy::*>(f.member);
    if (v < 0 || v > 100) throw BadValue{Msg(MsgId::kPolicyScoreRange, {num(v)})};
  }
}

// What parse_policy keeps while reading, for the checks that need the whole
// file (finish): the line each key was given on (so a check of how two
// settings relate can name both lines) and where each item a policy added
// was first named.
struct ParseState {
  std::map<std::string, uint64_t> key_lines;
  std::map<ItemId, uint64_t> added_items;
  std::map<ItemId, uint64_t> added_aftersales_items;
  // The first key of a role's table replaces that role's whole default table.
  bool presales_named = false;
  bool aftersales_named = false;
  uint64_t line = 0;
};

void apply(Policy& p, const std::string& key, const std::string& value, ParseState& state) {
  if (key == "utc_offset") {
    p.utc_offset_s = parse_utc_offset(value);
    return;
  }
  if (key == "work_hours") {
    set_work_hours_or_throw(p, value);
    return;
  }
  if (key == "attribution") {
    if (value != "last" && value != "first")
      throw BadValue{Msg(MsgId::kPolicyAttribution, {quote_value(value)})};
    p.attribution_first = value == "first";
    return;
  }
  for (const Field& f : fields()) {
    if (key != f.key) continue;
    switch (f.kind) {
      case Kind::kDuration:
      case Kind::kSeconds: p.*std::get<int Policy::*>(f.member) = parse_duration(value); break;
      case Kind::kInt: p.*std::get<int Policy::*>(f.member) = parse_int(value); break;
      case Kind::kNumber:
      case Kind::kShare: p.*std::get<double Policy::*>(f.member) = parse_number(value); break;
      case Kind::kBool: p.*std::get<bool Policy::*>(f.member) = parse_bool(value); break;
      case Kind::kText: p.*std::get<std::string Policy::*>(f.member) = value; break;
      case Kind::kYuan: p.*std::get<Fen Policy::*>(f.member) = parse_yuan(value); break;
    }
    check_field(p, f);
    return;
  }
  if (key == "allowance.levels") {
    p.allowance_levels = parse_levels(value);
    return;
  }
  if (key.starts_with("alias.")) {
    std::string column = key.substr(6);
    if (column.find('.') == std::string::npos || column.starts_with(".") || column.ends_with("."))
      throw BadValue{Msg(MsgId::kPolicyAliasKey)};
    std::vector<std::string> names;
    for (std::string& n : split(value, ','))
      if (!n.empty()) names.push_back(std::move(n));
    p.aliases[column] = std::move(names);
    return;
  }
  const bool aftersales = key.starts_with("aftersales.item.");
  if (key.starts_with("item.") || aftersales) {
    // SPEC 8: a policy that names any item of a role's table gives that whole
    // table; the defaults of the others would otherwise be mixed in unseen (a
    // shop that writes its own three items would still be scored on eight).
    const size_t prefix = aftersales ? 16 : 5;
    size_t dot = key.rfind('.');
    std::string name = key.substr(prefix, dot > prefix ? dot - prefix : 0);
    std::string what = key.substr(dot + 1);
    std::optional<ItemId> id = find_item(name);
    if (!id) throw BadValue{Msg(MsgId::kPolicyNoSuchItem, {item_keys()})};
    bool& named = aftersales ? state.aftersales_named : state.presales_named;
    if (!named) {
      (aftersales ? p.aftersales_items : p.items).clear();
      named = true;
    }
    ScoreItem* item = aftersales ? &item_for_key(p.aftersales_items, *id, state.line, state.added_aftersales_items)
                                 : &item_for_key(p.items, *id, state.line, state.added_items);
    if (what == "weight") {
      item->weight = parse_number(value);
      if (item->weight < 0) throw BadValue{Msg(MsgId::kPolicyNegativeWeight)};
      return;
    }
    if (what != "tiers" && what != "linear" && what != "direct")
      throw BadValue{Msg(MsgId::kPolicyItemKey)};
    // One way of scoring an item: with two, the last line would silently win.
    for (const char* other : {"tiers", "linear", "direct"}) {
      const std::string other_key = key.substr(0, prefix) + name + "." + other;
      if (other != what && state.key_lines.contains(other_key))
        throw BadValue{Msg(MsgId::kPolicyScoredTwice,
                           {other_key, std::to_string(state.key_lines.at(other_key)), name})};
    }
    if (what == "tiers") {
      parse_tiers(*item, value);
    } else if (what == "linear") {
      parse_linear(*item, value);
    } else if (what == "direct") {
      // The figure itself taken as 0-100 points: only review scores are on
      // that scale (a reply rate of 0.94 would score 0.94 points).
      if (parse_bool(value) && item_info(*id).unit != ItemUnit::kPoints)
        throw BadValue{Msg(MsgId::kPolicyNotDirect, {name})};
      if (parse_bool(value)) {
        item->method = ScoreMethod::kDirect;
        item->tiers.clear();
      }
    }
    return;
  }
  try {
    if (apply_pay_key(p.pay, key, value)) return;
  } catch (const UsageError& bad) {
    throw BadValue{bad.msg()};
  }
  throw BadValue{Msg(MsgId::kPolicyUnknownKey)};
}

// Checks of the whole policy once every line is read (each key alone was
// checked by apply). An item added by the policy that is scored by tiers
// needs them: without, every agent would get the `otherwise` points and the
// weight would mean nothing.
//
// Each check names the line of the key at fault: the last of the keys
// involved that the file gives (a key left out keeps its default, which is
// not where the mistake is).
void finish(const Policy& p, const ParseState& state, const std::string& file) {
  auto line_of = [&](std::initializer_list<std::string> keys) {
    uint64_t line = 0;
    for (const std::string& k : keys)
      if (auto at = state.key_lines.find(k); at != state.key_lines.end()) line = std::max(line, at->second);
    return line;
  };
  auto fail = [&](uint64_t line, Msg what) {
    throw UsageError(Msg(MsgId::kPolicyAt, {at_line(file, line)}, {std::move(what)}));
  };
  for (const auto& [id, line] : state.added_items)
    for (const ScoreItem& i : p.items)
      if (i.id == id && i.method == ScoreMethod::kTiers && i.tiers.empty())
        fail(line, Msg(MsgId::kPolicyNeedsTiers, {std::string(item_key(id))}));
  for (const auto& [id, line] : state.added_aftersales_items)
    for (const ScoreItem& i : p.aftersales_items)
      if (i.id == id && i.method == ScoreMethod::kTiers && i.tiers.empty())
        fail(line, Msg(MsgId::kPolicyAftersalesNeedsTiers, {std::string(item_key(id))}));

  // All weights 0: every score would be 0 and rank 1 would still be paid
  // its reward, decided by sales alone.
  double weights = 0;
  uint64_t weight_line = 0;
  for (const ScoreItem& i : p.items) {
    weights += i.weight;
    weight_line = std::max(weight_line, line_of({fmt::format("item.{}.weight", item_key(i.id))}));
  }
  if (weights == 0)
    fail(weight_line, Msg(MsgId::kPolicyWeightsZero));
  // The same for the aftersales table (SPEC 8): its agents would all score 0.
  double aftersales_weights = 0;
  uint64_t aftersales_line = 0;
  for (const ScoreItem& i : p.aftersales_items) {
    aftersales_weights += i.weight;
    aftersales_line =
        std::max(aftersales_line, line_of({fmt::format("aftersales.item.{}.weight", item_key(i.id))}));
  }
  if (!p.aftersales_items.empty() && aftersales_weights == 0)
    fail(aftersales_line, Msg(MsgId::kPolicyAftersalesWeightsZero));

  if (p.review_manager + p.review_peer + p.review_self == 0)
    fail(line_of({"review.manager", "review.peer", "review.self"}),
         Msg(MsgId::kPolicyReviewWeightsZero));

  // Grades from the best down: a higher grade needs a higher score.
  const std::pair<const char*, double> grades[] = {{"grade.outstanding", p.grade_outstanding},
                                                   {"grade.excellent", p.grade_excellent},
                                                   {"grade.average", p.grade_average},
                                                   {"grade.improve", p.grade_improve}};
  for (size_t g = 1; g < std::size(grades); ++g) {
    const auto& [upper, upper_v] = grades[g - 1];
    const auto& [lower, lower_v] = grades[g];
    if (upper_v > lower_v) continue;
    fail(line_of({upper, lower}),
         Msg(MsgId::kPolicyGradeOrder, {upper, num(upper_v), lower, num(lower_v)}));
  }

  // Commission factors from the best grade down: never rising (equal is fine).
  if (const int g = pay_factor_out_of_order(p.pay); g != 0) {
    const std::string better = std::string("pay.factor.") + kPayFactorKeys[g - 1];
    const std::string worse = std::string("pay.factor.") + kPayFactorKeys[g];
    fail(line_of({better, worse}), Msg(MsgId::kPolicyPayFactorOrder, {better, rate_decimal(p.pay.factor[g - 1]),
                                                                       worse, rate_decimal(p.pay.factor[g])}));
  }
}

std::string item_rule(const ScoreItem& i, const char* prefix) {
  const std::string name = std::string(prefix) + "item." + item_key(i.id);
  auto fmt_at = [&](double v) { return item_info(i.id).unit == ItemUnit::kRate ? pct(v) : num(v); };
  switch (i.method) {
    case ScoreMethod::kDirect: return fmt::format("{}.direct = true", name);
    case ScoreMethod::kLinear:
      return fmt::format("{}.linear = {}:0, {}:100", name, fmt_at(i.zero_at), fmt_at(i.full_at));
    case ScoreMethod::kTiers: break;
  }
  std::string out = fmt::format("{}.tiers = ", name);
  for (const Tier& t : i.tiers)
    out += fmt::format("{}{}:{}, ", i.lower_is_better ? "<=" : ">=", fmt_at(t.threshold), num(t.points));
  return out + fmt::format("else:{}", num(i.otherwise));
}

// The value after `=`. `#` after a blank (or first) starts a comment, as on
// a line of its own; a `#` inside a word (`自动#回复`) is part of the value.
// A value in double quotes is taken as written, blanks and `#` included
// (`auto_reply_prefix = "# "`); `""` inside stands for one `"`.
std::string value_text(std::string_view rest) {
  std::string t = trim(rest);
  if (t.starts_with('"')) {
    std::string out;
    size_t i = 1;
    for (;; ++i) {
      if (i >= t.size()) throw BadValue{Msg(MsgId::kPolicyUnclosedQuote, {quote_value(t)})};
      if (t[i] != '"') {
        out += t[i];
      } else if (i + 1 < t.size() && t[i + 1] == '"') {
        out += '"';
        ++i;
      } else {
        break;
      }
    }
    std::string after = trim(std::string_view(t).substr(i + 1));
    if (!after.empty() && after[0] != '#')
      throw BadValue{Msg(MsgId::kPolicyAfterQuote, {quote_value(after)})};
    return out;
  }
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i] == '#' && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '\t')) return trim(std::string_view(t).substr(0, i));
  return t;
}

// A text value as value_text reads it back: quoted when it holds what a bare
// value cannot (blanks at either end, a `#` that would start a comment, a
// leading quote).
std::string text_value(const std::string& v) {
  bool plain = v.empty() || (trim(v) == v && v[0] != '"' && value_text(v) == v);
  if (plain) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

Policy default_policy() {
  Policy p;
  p.items = {
      tiered(ItemId::kCompletion, 30,
             {{1.00, 100}, {0.90, 85}, {0.80, 70}, {0.70, 55}, {0.60, 40}, {0.50, 25}, {0.40, 10}}),
      tiered(ItemId::kConversion, 30, {{0.45, 100}, {0.40, 80}, {0.35, 60}, {0.30, 40}, {0.25, 20}}),
      tiered(ItemId::kOrderSuccess, 10, {{0.95, 100}, {0.90, 80}, {0.85, 60}, {0.80, 40}}),
      tiered(ItemId::kAov, 5, {{1.10, 100}, {1.00, 80}, {0.90, 60}, {0.80, 40}}),
      tiered(ItemId::kReplyRate, 5, {{0.98, 100}, {0.95, 80}, {0.92, 60}}),
      tiered(ItemId::kRespMean, 5, {{30, 100}, {40, 80}, {55, 60}}),
      direct(ItemId::kAssist, 5),
      direct(ItemId::kExecution, 10),
  };
  // redhare's own (SPEC 8): the seed lists presales items only. After-sales
  // work is answering well and fast and leaving customers satisfied.
  p.aftersales_items = {
      tiered(ItemId::kReplyRate, 25, {{0.98, 100}, {0.95, 80}, {0.92, 60}}),
      tiered(ItemId::kRespMean, 25, {{30, 100}, {40, 80}, {55, 60}}),
      tiered(ItemId::kSatisfaction, 20, {{0.95, 100}, {0.90, 80}, {0.85, 60}, {0.80, 40}}),
      direct(ItemId::kAssist, 10),
      direct(ItemId::kExecution, 20),
  };
  return p;
}

Policy parse_policy(std::string_view text, const std::string& file) {
  Policy p = default_policy();
  ParseState state;
  uint64_t line_no = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    std::string t = trim(line);
    if (line_no == 1 && t.starts_with("\xEF\xBB\xBF")) t = trim(t.substr(3));
    if (t.empty() || t[0] == '#') {
      if (end == text.size()) break;
      continue;
    }
    size_t eq = t.find('=');
    if (eq == std::string::npos)
      throw UsageError(Msg(MsgId::kPolicyAt, {at_line(file, line_no)}, {Msg(MsgId::kPolicyNoEquals, {quote_value(t)})}));
    std::string key = trim(std::string_view(t).substr(0, eq));
    try {
      std::string value = value_text(std::string_view(t).substr(eq + 1));
      // The last of two lines would win silently: a shop that pasted a new
      // tier table below the old one would not know which is in force.
      if (auto first = state.key_lines.find(key); first != state.key_lines.end())
        throw BadValue{Msg(MsgId::kPolicyTwice, {std::to_string(first->second), std::to_string(line_no)})};
      state.line = line_no;
      apply(p, key, value, state);
      state.key_lines[key] = line_no;
    } catch (const BadValue& bad) {
      throw UsageError(Msg(MsgId::kPolicyAt, {at_line(file, line_no)}, {Msg(MsgId::kPolicyKey, {key}, {bad.why})}));
    }
    if (end == text.size()) break;
  }
  finish(p, state, file);
  return p;
}

Policy load_policy(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError(Msg(MsgId::kPolicyAt, {at_line(path, 0)}, {Msg(MsgId::kPolicyCannotOpen)}));
  std::stringstream buf;
  buf << in.rdbuf();
  return parse_policy(buf.str(), path);
}

void set_work_hours(Policy& policy, std::string_view text) {
  try {
    set_work_hours_or_throw(policy, text);
  } catch (const BadValue& bad) {
    throw UsageError(Msg(MsgId::kPolicyWorkHours, {}, {bad.why}));
  }
}

std::string policy_text(const Policy& p) {
  std::string out =
      "# redhare policy (赤兔客服绩效 scheme). `key = value`; # starts a comment (first on a line or\n"
      "# after a blank; a text value in \"double quotes\" keeps its # and blanks).\n"
      "# Shares may be written 45%, 0.45 or 2/3. Keys left out keep their defaults.\n\n"
      "# 时区 shop time zone: naive times are local; zoned and epoch times are converted\n";
  out += fmt::format("utc_offset = {}{}\n", p.utc_offset_s < 0 ? '-' : '+', hhmm(std::abs(p.utc_offset_s)));
  out += "# 工作时间 daily working window; durations are measured inside it (00:00-24:00 = calendar time)\n";
  out += fmt::format("work_hours = {}-{}\n", hhmm(p.work_start_s), hhmm(p.work_end_s));
  out += "# 落实 attribution: last or first consultation in the window\n";
  out += fmt::format("attribution = {}\n", p.attribution_first ? "first" : "last");
  for (const Field& f : fields()) {
    if (f.comment) out += fmt::format("# {}\n", f.comment);
    std::string value;
    switch (f.kind) {
      case Kind::kDuration: value = duration(p.*std::get<int Policy::*>(f.member)); break;
      case Kind::kSeconds: value = fmt::format("{}s", p.*std::get<int Policy::*>(f.member)); break;
      case Kind::kInt: value = fmt::format("{}", p.*std::get<int Policy::*>(f.member)); break;
      case Kind::kNumber: value = num(p.*std::get<double Policy::*>(f.member)); break;
      case Kind::kShare: value = pct(p.*std::get<double Policy::*>(f.member)); break;
      case Kind::kBool: value = p.*std::get<bool Policy::*>(f.member) ? "true" : "false"; break;
      case Kind::kText: value = text_value(p.*std::get<std::string Policy::*>(f.member)); break;
      case Kind::kYuan: value = yuan_text(p.*std::get<Fen Policy::*>(f.member)); break;
    }
    out += fmt::format("{} = {}\n", f.key, value);
  }
  out += "# 岗位津贴 post allowance levels (yuan, ascending): at the mid-year review (年中考核) an agent\n"
         "# graded 有待提高 again moves down one level: the highest level below their roster allowance\n";
  out += "allowance.levels = ";
  for (size_t k = 0; k < p.allowance_levels.size(); ++k) out += (k ? ", " : "") + yuan_text(p.allowance_levels[k]);
  out += "\n";
  out += "\n# 考核项目 scored items: weight, then tiers (first met, in order; <= for lower-is-better),\n"
         "# a linear ramp (item.X.linear = 20%:0, 50%:100) or direct (review scores).\n"
         "# Score = sum(weight x points) / sum(weights of items that are not n/a).\n"
         "# This is the presales table; naming any item. key replaces this whole table (state every item).\n";
  for (const ScoreItem& i : p.items) {
    if (const char* c = item_info(i.id).policy_comment) out += fmt::format("# {}\n", c);
    out += fmt::format("item.{}.weight = {}\n{}\n", item_key(i.id), num(i.weight), item_rule(i, ""));
  }
  out += "\n# 售后 aftersales agents (--roster, SPEC 8) are scored by their own table, in the same form.\n"
         "# Naming any aftersales.item key replaces this whole table (state every item).\n";
  for (const ScoreItem& i : p.aftersales_items) {
    if (const char* c = item_info(i.id).policy_comment) out += fmt::format("# {}\n", c);
    out += fmt::format("aftersales.item.{}.weight = {}\n{}\n", item_key(i.id), num(i.weight),
                       item_rule(i, "aftersales."));
  }
  out += pay_policy_text(p.pay);
  out += "\n# 列名 extra column names, e.g. alias.chats.time = 时间, 消息时间\n";
  for (const auto& [column, names] : p.aliases) {
    std::string joined;
    for (size_t k = 0; k < names.size(); ++k) joined += (k ? ", " : "") + names[k];
    out += fmt::format("alias.{} = {}\n", column, text_value(joined));
  }
  return out;
}

}  // namespace redhare
