// The subcommands as plain functions over typed options (options.h). main.cpp
// only maps the command line onto Options; everything a command does starts here.
#pragma once

#include "options.h"

namespace redhare::cli {

// Each returns the process exit status; bad input and usage problems are thrown
// (InputError / UsageError) and mapped to status 2 by main.
int run_check(const Options& o);
int run_metrics(const Options& o);
int run_score(const Options& o);
int run_explain(const Options& o);
int run_pay(const Options& o);
int run_awards(const Options& o);
int run_review(const Options& o);
int run_policy(const Options& o);

}  // namespace redhare::cli
