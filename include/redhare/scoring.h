// Points, score, grade and rank per agent (SPEC 5).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "redhare/figures.h"
#include "redhare/policy.h"
#include "redhare/records.h"

namespace redhare {

// 五等级, best first.
enum class Grade { kOutstanding, kExcellent, kAverage, kImprove, kUrgent };

const char* grade_key(Grade g);     // "outstanding", ... (stable, for CSV/JSON/history)
const char* grade_name_zh(Grade g); // 特优, 优秀, 中等, 有待提高, 急需提高
const char* grade_name_en(Grade g); // outstanding, excellent, average, needs improvement, urgent
std::optional<Grade> parse_grade(std::string_view key_or_name);
Grade grade_for_score(double score, const Policy& policy);

struct ItemPoints {
  std::string item;               // ScoreItem::name
  double weight = 0;
  std::optional<double> figure;   // the figure scored (aov: ratio to shop AOV)
  std::optional<double> points;   // 0-100; nullopt = left out
  std::string left_out;           // why it was left out ("no target", ...); empty when scored
};

struct Scorecard {
  AgentFigures figures;
  std::vector<ItemPoints> items;  // in policy order
  double score = 0;               // Σ weight × points / 100, rescaled over weights present
  double weight_present = 0;      // Σ weights of items scored
  Grade score_grade = Grade::kUrgent;  // from the score alone
  Grade grade = Grade::kUrgent;        // after forced distribution
  bool ranked = false;            // inquirers >= min_inquirers
  int rank = 0;                   // 1..n among ranked agents; 0 = not ranked
  // Reviews: each rater's overall review (assist and execution weighted 5:10).
  std::optional<double> self_overall;
  std::optional<double> manager_overall;
};

// Scores every agent of `metrics`; reviews come from `data.reviews`.
// Rules where SPEC 5 is silent:
//  - thresholds (tiers, grades) are met within 1e-9, so a ratio that is
//    exactly 45% but computes as 0.44999999999999996 still meets ">=45%";
//  - the score is rounded to 1e-6, so equal points in a different order tie
//    exactly and fall to the sales / conversion / name tie-breaks;
//  - an agent with no item present scores 0;
//  - a rater's overall review, and each combined review item, is a weighted
//    mean over the parts present (a self review with execution only counts).
// Returns cards in rank order (ranked first by rank, then unranked by score,
// then name).
std::vector<Scorecard> score_agents(const Metrics& metrics, const Dataset& data,
                                    const Policy& policy);

}  // namespace redhare
