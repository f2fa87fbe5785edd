#include "redhare/period_means.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "redhare/error.h"

namespace redhare {

namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

MonthSpan parse_month_span(std::string_view text, unsigned forms) {
  MonthSpan span;
  span.label = std::string(text);
  const bool year = text.size() >= 4 && digits(text.substr(0, 4));
  if (year) span.year = std::stoi(std::string(text.substr(0, 4)));
  if ((forms & kSpanYear) && text.size() == 4 && year) return span;
  if ((forms & kSpanQuarter) && text.size() == 7 && year && text.substr(4, 2) == "-Q" && text[6] >= '1' &&
      text[6] <= '4') {
    span.first = (text[6] - '1') * 3 + 1;
    span.last = span.first + 2;
    return span;
  }
  if ((forms & kSpanHalf) && text.size() == 7 && year && text.substr(4, 3) == "-H1") {
    span.first = 1;
    span.last = 6;
    return span;
  }
  // One id per set of accepted forms, so each language words the list whole.
  const bool quarter = forms & kSpanQuarter, half = forms & kSpanHalf;
  const MsgId id = quarter && half ? MsgId::kBadPeriodAny
                   : quarter       ? MsgId::kBadPeriodQuarter
                   : half          ? MsgId::kBadPeriodHalf
                                   : MsgId::kBadPeriodYear;
  throw UsageError(Msg(id, {quote_value(text)}));
}

int months_needed(double presence, int months) {
  return static_cast<int>(std::ceil(presence * months - kThresholdSlack));
}

PeriodMeans period_means(const std::vector<HistoryMonth>& history, const MonthSpan& span) {
  PeriodMeans out;
  struct Sum {
    double total = 0;
    int months = 0;
    GroupKey group;
  };
  std::map<std::string, Sum> sums;  // by name: deterministic
  for (const HistoryMonth& m : history) {  // oldest first: the last group seen is the latest
    if (!span.contains(m.month)) continue;
    out.months_saved.push_back(m.month.label);
    for (const HistoryRow& row : m.rows) {
      if (row.rank <= 0) continue;
      Sum& s = sums[row.agent];
      s.total += row.score;
      ++s.months;
      s.group = row.group;
    }
  }
  for (const auto& [agent, s] : sums) {
    PeriodMean m;
    m.agent = agent;
    m.months = s.months;
    // Rounded to 1e-6 like a month's score (scoring.h), so equal means from
    // months summed in a different order tie exactly and fall to the name.
    m.mean = std::round(s.total / s.months * 1e6) / 1e6;
    m.group = s.group;
    out.agents.push_back(std::move(m));
  }
  return out;
}

std::vector<PeriodMean> rank_by_mean(std::vector<PeriodMean> agents, int needed, const Policy& policy,
                                     MeanRanking how) {
  std::erase_if(agents, [&](const PeriodMean& a) { return a.months < needed; });
  auto group_of = [&](const PeriodMean& a) { return how.by_group ? a.group : GroupKey{}; };
  std::sort(agents.begin(), agents.end(), [&](const PeriodMean& a, const PeriodMean& b) {
    if (how.by_group && a.group != b.group) return a.group < b.group;
    if (a.mean != b.mean) return a.mean > b.mean;
    if (how.more_months_first && a.months != b.months) return a.months > b.months;
    return a.agent < b.agent;
  });
  for (auto begin = agents.begin(); begin != agents.end();) {
    auto end = std::find_if(begin, agents.end(), [&](const PeriodMean& a) { return group_of(a) != group_of(*begin); });
    const int n = static_cast<int>(end - begin);
    ForcedDistribution forced(n, policy);
    for (int i = 0; i < n; ++i) {
      PeriodMean& a = begin[i];
      a.rank = i + 1;
      a.group_ranked = n;
      a.score_grade = grade_for_score(a.mean, policy);
      a.grade = forced.next(a.score_grade);
    }
    begin = end;
  }
  return agents;
}

}  // namespace redhare
