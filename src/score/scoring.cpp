#include "redhare/scoring.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace redhare {

namespace {

constexpr double kEps = kThresholdSlack;

// Points for `figure`, recording which tier or part of the ramp gave them.
double points_for(const ScoreItem& item, double figure, ItemPoints* ip) {
  switch (item.method) {
    case ScoreMethod::kDirect: return std::clamp(figure, 0.0, 100.0);
    case ScoreMethod::kLinear: {
      double p = (figure - item.zero_at) / (item.full_at - item.zero_at) * 100;
      ip->ramp = p <= 0 ? RampPart::kBelow : p >= 100 ? RampPart::kAbove : RampPart::kOn;
      return std::clamp(p, 0.0, 100.0);
    }
    case ScoreMethod::kTiers: break;
  }
  for (size_t k = 0; k < item.tiers.size(); ++k) {
    const Tier& t = item.tiers[k];
    bool met = item.lower_is_better ? figure <= t.threshold + kEps : figure >= t.threshold - kEps;
    if (met) {
      ip->tier = static_cast<int>(k);
      return t.points;
    }
  }
  return item.otherwise;
}

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

double item_weight(const std::vector<ScoreItem>& items, ItemId id) {
  for (const ScoreItem& i : items)
    if (i.id == id) return i.weight;
  return 0;
}

std::optional<double> count(int64_t v) { return static_cast<double>(v); }
std::optional<double> yuan(Fen v) { return static_cast<double>(v) / 100; }

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

constexpr const char* kGradeKeys[] = {"outstanding", "excellent", "average", "needs-improvement",
                                      "urgent"};
static_assert(std::size(kGradeKeys) == kGradeCount);
constexpr const char* kRoleKeys[] = {"presales", "aftersales"};

// Ranks one group's cards [begin, end) in place.
void rank_group(std::vector<Scorecard>::iterator begin, std::vector<Scorecard>::iterator end,
                const Policy& policy) {
  auto unranked_begin = std::stable_partition(begin, end, [](const Scorecard& c) { return c.ranked; });
  std::sort(begin, unranked_begin, ranks_before);
  // Unranked by score, then name; agents with no activity last.
  std::sort(unranked_begin, end, [](const Scorecard& a, const Scorecard& b) {
    if (a.active != b.active) return a.active;
    return a.score != b.score ? a.score > b.score : a.figures.name < b.figures.name;
  });
  // Forced distribution (强制分布) among the group's ranked agents, in rank order.
  const int n = static_cast<int>(unranked_begin - begin);
  ForcedDistribution forced(n, policy);
  for (auto it = begin; it != end; ++it) it->group_ranked = n;
  for (int i = 0; i < n; ++i) {
    Scorecard& c = begin[i];
    c.rank = i + 1;
    c.grade = forced.next(c.grade);
  }
}

}  // namespace

ForcedDistribution::ForcedDistribution(int ranked, const Policy& policy)
    : cap_outstanding_(static_cast<int>(std::floor(policy.share_outstanding * ranked + kEps))),
      cap_excellent_(static_cast<int>(std::floor(policy.share_excellent * ranked + kEps))) {}

Grade ForcedDistribution::next(Grade g) {
  if (g == Grade::kOutstanding && outstanding_ >= cap_outstanding_) g = Grade::kExcellent;
  if (g == Grade::kExcellent && excellent_ >= cap_excellent_) g = Grade::kAverage;
  outstanding_ += g == Grade::kOutstanding;
  excellent_ += g == Grade::kExcellent;
  return g;
}

const char* grade_key(Grade g) { return kGradeKeys[static_cast<int>(g)]; }

std::optional<Grade> grade_from_key(std::string_view key) {
  for (int g = 0; g < kGradeCount; ++g)
    if (key == kGradeKeys[g]) return static_cast<Grade>(g);
  return std::nullopt;
}

const char* role_key(Role r) { return kRoleKeys[static_cast<int>(r)]; }

std::optional<Role> role_from_key(std::string_view key) {
  for (int r = 0; r < 2; ++r)
    if (key == kRoleKeys[r]) return static_cast<Role>(r);
  return std::nullopt;
}

Grade grade_for_score(double score, const Policy& p) {
  if (score >= p.grade_outstanding - kEps) return Grade::kOutstanding;
  if (score >= p.grade_excellent - kEps) return Grade::kExcellent;
  if (score >= p.grade_average - kEps) return Grade::kAverage;
  if (score >= p.grade_improve - kEps) return Grade::kImprove;
  return Grade::kUrgent;
}

ReviewScores combine_reviews(const std::vector<const Review*>& rows, const Policy& p,
                             const std::vector<ScoreItem>& items) {
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
  const double wa = item_weight(items, ItemId::kAssist), we = item_weight(items, ItemId::kExecution);
  auto overall = [&](Rater r) {
    return weighted({{assist[int(r)].get(), wa}, {execution[int(r)].get(), we}});
  };
  return {combine(assist), combine(execution), overall(Rater::kSelf), overall(Rater::kManager)};
}

std::optional<double> item_figure(ItemId item, const AgentFigures& f, const ShopTotals& shop,
                                  const ReviewScores& rv, NaReason* why) {
  auto need = [&](const std::optional<double>& v, NaReason reason) {
    *why = v ? NaReason::kNone : reason;
    return v;
  };
  *why = NaReason::kNone;
  // Every ItemId is a case (-Wswitch names a missing one): the registry and
  // this switch cannot drift apart.
  switch (item) {
    case ItemId::kConsulted: return count(f.consulted);
    case ItemId::kReplied: return count(f.replied);
    case ItemId::kUnreplied: return count(f.unreplied);
    case ItemId::kReplyRate: return need(f.reply_rate, NaReason::kNoConsultations);
    case ItemId::kCustomerMsgs: return count(f.customer_msgs);
    case ItemId::kAgentMsgs: return count(f.agent_msgs);
    case ItemId::kAutoMsgs: return count(f.auto_msgs);
    case ItemId::kAnswerRatio: return need(f.answer_ratio, NaReason::kNoCustomerMsgs);
    case ItemId::kTurns: return count(f.turns);
    case ItemId::kAnsweredTurns: return count(f.answered_turns);
    case ItemId::kRespMean: return need(f.resp_mean_s, NaReason::kNoAnsweredTurns);
    case ItemId::kRespMedian: return need(f.resp_median_s, NaReason::kNoAnsweredTurns);
    case ItemId::kRespP90: return need(f.resp_p90_s, NaReason::kNoAnsweredTurns);
    case ItemId::kFirstRespMean: return need(f.first_resp_mean_s, NaReason::kNoFirstResponse);
    case ItemId::kSlowResponses: return count(f.slow_responses);
    case ItemId::kSessions: return count(f.sessions);
    case ItemId::kSessionMean: return need(f.session_mean_s, NaReason::kNoSessions);
    case ItemId::kInquirers: return count(f.inquirers);
    case ItemId::kOrderers: return count(f.orderers);
    case ItemId::kPayers: return count(f.payers);
    case ItemId::kOrders: return count(f.orders);
    case ItemId::kPaidOrders: return count(f.paid_orders);
    case ItemId::kSales: return yuan(f.sales);
    case ItemId::kRefunds: return yuan(f.refunds);
    case ItemId::kConversion: return need(f.conversion, NaReason::kNoInquirers);
    case ItemId::kPayConversion: return need(f.pay_conversion, NaReason::kNoInquirers);
    case ItemId::kOrderSuccess: return need(f.order_success, NaReason::kNoOrders);
    case ItemId::kAov:
      if (!f.aov) return need(f.aov, NaReason::kNoPaidOrders);
      if (!shop.aov || *shop.aov <= 0) return need(std::nullopt, NaReason::kNoShopAov);
      return *f.aov / *shop.aov;
    case ItemId::kTarget:
      return need(f.target ? yuan(*f.target) : std::nullopt, NaReason::kNoTarget);
    case ItemId::kCompletion:
      return need(f.completion, f.target ? NaReason::kTargetZero : NaReason::kNoTarget);
    case ItemId::kRatings: return count(f.ratings);
    case ItemId::kSatisfied: return count(f.satisfied);
    case ItemId::kDissatisfied: return count(f.dissatisfied);
    case ItemId::kSatisfaction: return need(f.satisfaction, NaReason::kNoRatings);
    case ItemId::kAssist: return need(rv.assist, NaReason::kNoReviews);
    case ItemId::kExecution: return need(rv.execution, NaReason::kNoReviews);
  }
  return std::nullopt;
}

GroupKey group_of(const AgentFigures& f) {
  if (!f.on_roster) return GroupKey{"", Role::kPresales, true};
  return GroupKey{f.department, f.role};
}

const std::vector<ScoreItem>& items_for(Role role, const Policy& policy) {
  return role == Role::kAftersales ? policy.aftersales_items : policy.items;
}

bool rank_eligible(const AgentFigures& f, const GroupKey& group, const Policy& policy) {
  if (!f.active || group.off_roster) return false;
  if (f.status == StaffStatus::kProbation && !policy.rank_probation) return false;
  if (group.role == Role::kAftersales) return f.consulted >= policy.aftersales_min_consulted;
  return f.inquirers >= policy.min_inquirers;
}

Scorecard score_agent(const AgentFigures& f, const GroupKey& group, const ShopTotals& shop,
                      const ReviewScores& rv, const Policy& policy) {
  Scorecard c;
  c.figures = f;
  c.group = group;
  c.self_overall = rv.self_overall;
  c.manager_overall = rv.manager_overall;
  c.active = f.active;
  if (!c.active) return c;  // no score, grade or rank (SPEC 8 `no activity`)
  double sum = 0;
  for (const ScoreItem& item : items_for(group.role, policy)) {
    ItemPoints ip;
    ip.item = item.id;
    ip.weight = item.weight;
    ip.figure = item_figure(item.id, f, shop, rv, &ip.left_out);
    if (ip.figure) {
      ip.points = points_for(item, *ip.figure, &ip);
      sum += item.weight * *ip.points;
      c.weight_present += item.weight;
    }
    c.items.push_back(std::move(ip));
  }
  // Rescaled over the weights present. Rounded to 1e-6 so that two agents
  // with the same points in a different order tie exactly.
  c.score = c.weight_present > 0 ? std::round(sum / c.weight_present * 1e6) / 1e6 : 0;
  c.score_grade = c.grade = grade_for_score(c.score, policy);
  c.ranked = rank_eligible(f, group, policy);
  return c;
}

void rank_groups(std::vector<Scorecard>& cards, const Policy& policy) {
  std::stable_sort(cards.begin(), cards.end(),
                   [](const Scorecard& a, const Scorecard& b) { return a.group < b.group; });
  for (auto begin = cards.begin(); begin != cards.end();) {
    auto end = std::find_if(begin, cards.end(), [&](const Scorecard& c) { return c.group != begin->group; });
    rank_group(begin, end, policy);
    begin = end;
  }
}

std::vector<Scorecard> score_agents(const Metrics& metrics, const Dataset& data, const Policy& policy) {
  // Reviews by agent id, in input order.
  std::vector<std::vector<const Review*>> reviews_of(data.agents.size());
  for (const Review& r : data.reviews)
    if (r.agent < reviews_of.size()) reviews_of[r.agent].push_back(&r);
  static const std::vector<const Review*> kNone;

  std::vector<Scorecard> cards;
  cards.reserve(metrics.agents.size());
  for (const AgentFigures& f : metrics.agents) {
    const GroupKey group = group_of(f);
    const ReviewScores rv = combine_reviews(f.agent < reviews_of.size() ? reviews_of[f.agent] : kNone, policy,
                                            items_for(group.role, policy));
    cards.push_back(score_agent(f, group, metrics.shop, rv, policy));
  }
  rank_groups(cards, policy);
  return cards;
}

}  // namespace redhare
