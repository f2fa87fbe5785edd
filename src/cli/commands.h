// The subcommands as plain functions over plain options. main.cpp only maps the
// command line onto Options; everything a command does starts here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace redhare::cli {

// Everything the command line can say. Empty strings mean "not given".
struct Options {
  // Inputs
  std::string chats, orders, targets, reviews, policy;
  std::string roster, ratings;  // SPEC 8, 9: read and accounted; ratings give figures
  std::string encoding = "utf-8";  // utf-8 | gbk | auto
  std::vector<std::string> time_format;  // "PATTERN" or "chats=PATTERN", repeatable
  std::string work_hours;
  std::string month;               // YYYY-MM | last | empty (all data)
  uint64_t max_errors = 0;         // 0 = strict
  std::string rejects;
  // History and awards
  std::string history;
  bool save = false;
  std::string period;              // awards: 2026-Q3 | 2026
  // explain
  std::string agent;
  // Output
  std::string format = "table";    // table | csv | tsv | json | md
  std::string output;              // -o FILE ("" or "-" = stdout)
  std::string lang;                // en | zh | "" = from LC_ALL / LANG
  std::string color = "auto";      // auto | always | never
  std::string section;
  bool detail = false;
  std::string show = "points";     // score: points | figures in the item columns
  bool no_sanitize = false;
  bool bom = false;
  bool quiet = false;
};

// Each returns the process exit status; bad input and usage problems are thrown
// (InputError / UsageError) and mapped to status 2 by main.
int run_check(const Options& o);
int run_metrics(const Options& o);
int run_score(const Options& o);
int run_explain(const Options& o);
int run_awards(const Options& o);
int run_policy(const Options& o);

}  // namespace redhare::cli
