// Hand-built figures and cards for the score and consequence tests.
#pragma once

#include <string>
#include <vector>

#include "redhare/consequences.h"
#include "redhare/figures.h"
#include "redhare/policy.h"
#include "redhare/scoring.h"

namespace redhare::testing {

// An agent that meets every default top tier: completion 120%, conversion 50%,
// order success 100%, AOV 100 yuan (shop AOV is set to 100 by `metrics_of`),
// reply rate 100%, mean response 10 s, 20 inquirers, sales 1000 yuan.
inline AgentFigures top_agent(const std::string& name) {
  AgentFigures f;
  f.name = name;
  f.inquirers = 20;
  f.orderers = 10;
  f.payers = 10;
  f.sales = 100000;
  f.target = 83333;
  f.completion = 1.2;
  f.conversion = 0.5;
  f.order_success = 1.0;
  f.aov = 100;
  f.reply_rate = 1.0;
  f.resp_mean_s = 10;
  return f;
}

inline Metrics metrics_of(std::vector<AgentFigures> agents) {
  Metrics m;
  m.agents = std::move(agents);
  m.shop.aov = 100;
  return m;
}

// A policy whose only item is completion on a straight line 0% -> 0 points,
// 100% -> 100 points, so an agent's score is simply completion × 100.
inline Policy completion_only() {
  Policy p = default_policy();
  ScoreItem item;
  item.id = ItemId::kCompletion;
  item.weight = 100;
  item.method = ScoreMethod::kLinear;
  item.zero_at = 0;
  item.full_at = 1;
  p.items = {item};
  return p;
}

inline AgentFigures scored(const std::string& name, double score, int64_t inquirers = 20) {
  AgentFigures f;
  f.name = name;
  f.inquirers = inquirers;
  f.completion = score / 100;
  f.target = 100;
  return f;
}

// A ready-made card for the consequence rules.
inline Scorecard card(const std::string& name, double score, int rank, const Policy& p) {
  Scorecard c;
  c.figures.name = name;
  c.score = score;
  c.score_grade = c.grade = grade_for_score(score, p);
  c.ranked = rank > 0;
  c.rank = rank;
  return c;
}

}  // namespace redhare::testing
