#include "redhare/scoring.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace redhare {

namespace {

// Figures are ratios of integers, so 9/20 comes out as 0.45000000000000001 or
// 0.44999999999999996 depending on the operation. Thresholds are compared with
// this slack so that "exactly 45%" always meets ">=45%".
constexpr double kEps = 1e-9;

double points_for(const ScoreItem& item, double figure) {
  switch (item.method) {
    case ScoreMethod::kDirect: return std::clamp(figure, 0.0, 100.0);
    case ScoreMethod::kLinear: {
      double p = (figure - item.zero_at) / (item.full_at - item.zero_at) * 100;
      return std::clamp(p, 0.0, 100.0);
    }
    case ScoreMethod::kTiers: break;
  }
  for (const Tier& t : item.tiers) {
    bool met = item.lower_is_better ? figure <= t.threshold + kEps : figure >= t.threshold - kEps;
    if (met) return t.points;
  }
  return item.otherwise;
}

// Combined review scores of one agent, per item, and each rater's overall review.
struct Reviews {
  std::optional<double> assist, execution;
  std::optional<double> self_overall, manager_overall;
};

// Mean of one rater kind's rows for one score (several peers are averaged first).
struct Mean {
  double sum = 0;
  int n = 0;
  void add(const std::optional<double>& v) {
    if (v) sum += *v, ++n;
  }
  std::optional<double> get() const { return n ? std::optional<double>(sum / n) : std::nullopt; }
};

// Weighted mean over the values present; nullopt when none is.
std::optional<double> weighted(std::initializer_list<std::pair<std::optional<double>, double>> parts) {
  double sum = 0, w = 0;
  for (const auto& [v, weight] : parts)
    if (v) sum += *v * weight, w += weight;
  if (w <= 0) return std::nullopt;
  return sum / w;
}

double item_weight(const Policy& p, std::string_view name) {
  for (const ScoreItem& i : p.items)
    if (i.name == name) return i.weight;
  return 0;
}

Reviews combine_reviews(const std::vector<const Review*>& rows, const Policy& p) {
  Mean assist[3], execution[3];  // indexed by Rater
  for (const Review* r : rows) {
    assist[static_cast<int>(r->rater)].add(r->assist);
    execution[static_cast<int>(r->rater)].add(r->execution);
  }
  auto combine = [&](const Mean* m) {
    return weighted({{m[int(Rater::kManager)].get(), p.review_manager},
                     {m[int(Rater::kPeer)].get(), p.review_peer},
                     {m[int(Rater::kSelf)].get(), p.review_self}});
  };
  const double wa = item_weight(p, "assist"), we = item_weight(p, "execution");
  auto overall = [&](Rater r) {
    return weighted({{assist[int(r)].get(), wa}, {execution[int(r)].get(), we}});
  };
  return {combine(assist), combine(execution), overall(Rater::kSelf), overall(Rater::kManager)};
}

// The figure an item scores, or why it is left out.
std::optional<double> figure_for(const std::string& item, const AgentFigures& f, const ShopTotals& shop,
                                 const Reviews& rv, std::string* why) {
  auto need = [&](const std::optional<double>& v, const char* reason) {
    if (!v) *why = reason;
    return v;
  };
  if (item == "completion") return need(f.completion, f.target ? "target is 0" : "no target");
  if (item == "conversion") return need(f.conversion, "no inquirers");
  if (item == "order_success") return need(f.order_success, "no orders");
  if (item == "reply_rate") return need(f.reply_rate, "no consultations");
  if (item == "resp_mean_s") return need(f.resp_mean_s, "no answered turns");
  if (item == "assist") return need(rv.assist, "no reviews");
  if (item == "execution") return need(rv.execution, "no reviews");
  if (item == "aov") {
    if (!f.aov) return need(f.aov, "no paid orders");
    if (!shop.aov || *shop.aov <= 0) return need(std::nullopt, "no shop AOV");
    return *f.aov / *shop.aov;
  }
  *why = "unknown item";
  return std::nullopt;
}

int conversion_order(const std::optional<double>& a, const std::optional<double>& b) {
  if (a.has_value() != b.has_value()) return a ? -1 : 1;  // n/a ranks lowest
  if (!a || *a == *b) return 0;
  return *a > *b ? -1 : 1;
}

// Rank order: score, sales, conversion (all descending), then name.
bool ranks_before(const Scorecard& a, const Scorecard& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.figures.sales != b.figures.sales) return a.figures.sales > b.figures.sales;
  if (int c = conversion_order(a.figures.conversion, b.figures.conversion)) return c < 0;
  return a.figures.name < b.figures.name;
}

// One row per grade, in enum order: the stable key, the English and the
// Chinese name (the seed's 特优 … 急需提高).
struct GradeNames {
  Grade grade;
  const char* key;
  const char* en;
  const char* zh;
};
constexpr GradeNames kGrades[] = {
    {Grade::kOutstanding, "outstanding", "outstanding", "特优"},
    {Grade::kExcellent, "excellent", "excellent", "优秀"},
    {Grade::kAverage, "average", "average", "中等"},
    {Grade::kImprove, "needs-improvement", "needs improvement", "有待提高"},
    {Grade::kUrgent, "urgent", "urgent", "急需提高"},
};

const GradeNames& names_of(Grade g) {
  for (const GradeNames& n : kGrades)
    if (n.grade == g) return n;
  return kGrades[std::size(kGrades) - 1];
}

}  // namespace

const char* grade_key(Grade g) { return names_of(g).key; }
const char* grade_name_en(Grade g) { return names_of(g).en; }
const char* grade_name_zh(Grade g) { return names_of(g).zh; }

std::optional<Grade> parse_grade(std::string_view text) {
  for (const GradeNames& n : kGrades)
    if (text == n.key || text == n.en || text == n.zh) return n.grade;
  return std::nullopt;
}

Grade grade_for_score(double score, const Policy& p) {
  if (score >= p.grade_outstanding - kEps) return Grade::kOutstanding;
  if (score >= p.grade_excellent - kEps) return Grade::kExcellent;
  if (score >= p.grade_average - kEps) return Grade::kAverage;
  if (score >= p.grade_improve - kEps) return Grade::kImprove;
  return Grade::kUrgent;
}

std::vector<Scorecard> score_agents(const Metrics& metrics, const Dataset& data, const Policy& policy) {
  // Reviews by agent id, in input order.
  std::vector<std::vector<const Review*>> reviews_of(data.agents.size());
  for (const Review& r : data.reviews)
    if (r.agent < reviews_of.size()) reviews_of[r.agent].push_back(&r);

  std::vector<Scorecard> cards;
  cards.reserve(metrics.agents.size());
  for (const AgentFigures& f : metrics.agents) {
    Scorecard c;
    c.figures = f;
    static const std::vector<const Review*> kNone;
    const Reviews rv = combine_reviews(f.agent < reviews_of.size() ? reviews_of[f.agent] : kNone, policy);
    c.self_overall = rv.self_overall;
    c.manager_overall = rv.manager_overall;
    double sum = 0;
    for (const ScoreItem& item : policy.items) {
      ItemPoints ip;
      ip.item = item.name;
      ip.weight = item.weight;
      ip.figure = figure_for(item.name, f, metrics.shop, rv, &ip.left_out);
      if (ip.figure) {
        ip.points = points_for(item, *ip.figure);
        sum += item.weight * *ip.points;
        c.weight_present += item.weight;
      }
      c.items.push_back(std::move(ip));
    }
    // Rescaled over the weights present. Rounded to 1e-6 so that two agents
    // with the same points in a different order tie exactly.
    c.score = c.weight_present > 0 ? std::round(sum / c.weight_present * 1e6) / 1e6 : 0;
    c.score_grade = c.grade = grade_for_score(c.score, policy);
    c.ranked = f.inquirers >= policy.min_inquirers;
    cards.push_back(std::move(c));
  }

  auto unranked_begin = std::stable_partition(cards.begin(), cards.end(), [](const Scorecard& c) { return c.ranked; });
  std::sort(cards.begin(), unranked_begin, ranks_before);
  std::sort(unranked_begin, cards.end(), [](const Scorecard& a, const Scorecard& b) {
    return a.score != b.score ? a.score > b.score : a.figures.name < b.figures.name;
  });

  // Forced distribution (强制分布) among ranked agents, in rank order: once a
  // grade's cap is used up, the next agent moves down one grade, and may
  // overflow again from there.
  const int n = static_cast<int>(unranked_begin - cards.begin());
  const int cap_outstanding = static_cast<int>(std::floor(policy.share_outstanding * n + kEps));
  const int cap_excellent = static_cast<int>(std::floor(policy.share_excellent * n + kEps));
  int outstanding = 0, excellent = 0;
  for (int i = 0; i < n; ++i) {
    Scorecard& c = cards[i];
    c.rank = i + 1;
    if (c.grade == Grade::kOutstanding && outstanding >= cap_outstanding) c.grade = Grade::kExcellent;
    if (c.grade == Grade::kExcellent && excellent >= cap_excellent) c.grade = Grade::kAverage;
    outstanding += c.grade == Grade::kOutstanding;
    excellent += c.grade == Grade::kExcellent;
  }
  return cards;
}

}  // namespace redhare
