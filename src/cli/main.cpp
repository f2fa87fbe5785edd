// redhare: monthly KPI scoring of e-commerce customer-service agents (客服绩效).
//
// This file only maps the command line onto cli::Options and exit statuses;
// the work is in commands.cpp and the stage libraries. The language is decided
// first, from --lang or the locale, so every line redhare prints speaks it.
#include <algorithm>
#include <cstdint>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.h"
#include "options.h"
#include "redhare/error.h"
#include "redhare/message_text.h"

#ifndef REDHARE_VERSION
#define REDHARE_VERSION "dev"
#endif

namespace {

using redhare::Lang;
using redhare::Msg;
using redhare::MsgId;
using redhare::cli::Command;
using redhare::cli::RawOptions;

// An input file that is not there, said in the run's language (CLI11's own
// ExistingFile / ExistingDirectory speak English; CLI11 puts the option name
// before it: "--chats: no such file: x.csv"). `stdin_ok`: "-" is stdin.
CLI::Validator existing_file(Lang lang, bool stdin_ok) {
  return CLI::Validator(
      [lang, stdin_ok](std::string& path) -> std::string {
        if (stdin_ok && path == "-") return {};
        struct stat st;
        if (::stat(path.c_str(), &st) != 0) return redhare::render_message(Msg(MsgId::kNoSuchFile, {path}), lang);
        if (S_ISDIR(st.st_mode)) return redhare::render_message(Msg(MsgId::kIsADirectory, {path}), lang);
        return {};
      },
      stdin_ok ? "FILE|-" : "FILE", stdin_ok ? "input file or - for stdin" : "file");
}

CLI::Validator existing_directory(Lang lang) {
  return CLI::Validator(
      [lang](std::string& path) -> std::string {
        struct stat st;
        if (::stat(path.c_str(), &st) != 0) return redhare::render_message(Msg(MsgId::kNoSuchDirectory, {path}), lang);
        if (!S_ISDIR(st.st_mode)) return redhare::render_message(Msg(MsgId::kNotADirectory, {path}), lang);
        return {};
      },
      "DIR", "directory");
}

// Shows `choices` in --help ("TEXT:{table,csv,...}") without checking: the
// value is checked once, by parse_options(), which says what is wrong in the
// run's language.
CLI::Validator shown_as(std::string choices) {
  return CLI::Validator([](std::string&) { return std::string(); }, std::move(choices));
}

// An output file name. `-o ''` (an unset shell variable) used to write to
// stdout; stdout is `-o -` or no -o.
CLI::Validator output_file(Lang lang) {
  return CLI::Validator(
      [lang](std::string& path) -> std::string {
        if (!path.empty()) return {};
        return redhare::render_message(Msg(MsgId::kEmptyFileName), lang);
      },
      "FILE", "output file");
}

void add_inputs(CLI::App* cmd, RawOptions& o, bool with_reviews, Lang lang) {
  const CLI::Validator kInputFile = existing_file(lang, true);
  cmd->add_option("--chats", o.chats, "chat messages CSV (one row per message)")
      ->required()->check(kInputFile);
  cmd->add_option("--orders", o.orders, "orders CSV (one row per order)")
      ->required()->check(kInputFile);
  cmd->add_option("--targets", o.targets, "optional: agent,target (month's planned sales)")
      ->check(kInputFile);
  if (with_reviews)
    cmd->add_option("--reviews", o.reviews, "optional: agent,rater,assist,execution (0-100)")
        ->check(kInputFile);
  cmd->add_option("--roster", o.roster, "optional: agent,department,role,status,... (who works where)")
      ->check(kInputFile);
  cmd->add_option("--ratings", o.ratings, "optional: agent,customer,time,rating (customer ratings)")
      ->check(kInputFile);
  cmd->add_option("--policy", o.policy, "policy file (see `redhare policy`); default: built-in")
      ->check(existing_file(lang, false));
  cmd->add_option("--month", o.month, "YYYY-MM or `last` (the calendar month before today); default: all data");
  cmd->add_option("--encoding", o.encoding, "input encoding")
      ->check(shown_as("{utf-8,utf8,gbk,gb18030,auto}"))->capture_default_str();
  cmd->add_option("--time-format", o.time_format,
                  "strftime-style pattern for other timestamps, e.g. '%a %b %d %H:%M:%S %z %Y'; "
                  "'chats=PATTERN' for one kind of file (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--work-hours", o.work_hours, "daily working window, e.g. 08:00-24:00 (overrides the policy)");
  cmd->add_option("--max-errors", o.max_errors, "lenient mode: skip up to N bad rows (default 0: stop at the first)")
      ->type_name("UINT")->check(shown_as("N"));
  cmd->add_option("--rejects", o.rejects, "lenient mode: write skipped rows here (CSV: file,line,reason,row)")
      ->check(output_file(lang));
}

// `sections`: the command's tables for --section, first the default
// ("agents|shop"), so each --help lists only the names that command takes.
void add_output(CLI::App* cmd, RawOptions& o, const std::string& sections, Lang lang) {
  cmd->add_option("--format", o.format, "output format")
      ->check(shown_as("{table,csv,tsv,json,md,html}"))->capture_default_str();
  cmd->add_option("-o,--output", o.output, "write to FILE (atomically) instead of stdout")->check(output_file(lang));
  cmd->add_option("--lang", o.lang, "language of labels and messages (default: from LC_ALL/LC_MESSAGES/LANG, zh_* -> zh)")
      ->check(shown_as("{en,zh}"));
  cmd->add_option("--color", o.color, "colour grades in tables; auto: only on a terminal, not with NO_COLOR or TERM=dumb")
      ->check(shown_as("{auto,always,never}"))->capture_default_str();
  cmd->add_option("--section", o.section,
                  "csv/tsv: which table to write: " + sections + " (default " +
                      sections.substr(0, sections.find('|')) + ")");
  cmd->add_flag("--no-sanitize", o.no_sanitize,
                "CSV/TSV: write input text as is (default: a ' before text starting with = + - @ tab CR)");
  cmd->add_flag("--bom", o.bom, "CSV/TSV: start with a UTF-8 BOM (Excel)");
  cmd->add_flag("-q,--quiet", o.quiet, "no notes or progress bar on stderr (warnings and errors still go there)");
}

// A command over one month's files: the inputs, then the output options, its
// tables named in `sections` (check, metrics, score, explain, pay).
CLI::App* add_month_command(CLI::App& app, RawOptions& o, const char* name, const char* description,
                            bool with_reviews, const std::string& sections, Lang lang) {
  CLI::App* cmd = app.add_subcommand(name, description);
  add_inputs(cmd, o, with_reviews, lang);
  add_output(cmd, o, sections, lang);
  return cmd;
}

// A command over the saved months (awards, review): the folder and the period.
void add_saved_months(CLI::App* cmd, RawOptions& o, const char* period_help, Lang lang) {
  cmd->add_option("--history", o.history, "folder of saved months (YYYY-MM.csv)")->required()->check(existing_directory(lang));
  cmd->add_option("--period", o.period, period_help)->required();
}

// CLI11 prints two lines ("--format: cvs not in {...}" / "Run with --help for
// more information.") without saying which program or which command's help.
// A usage mistake gets one line like every other error: "redhare: what is
// wrong (see `redhare score --help`)", and the unknown word is named, since
// CLI11's "A subcommand is required" hides that `scroe` was a typo. What
// redhare can name is said in the run's language; CLI11's other messages
// (a file that does not exist) stay as CLI11 words them.
std::string usage_error_line(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv, Lang lang) {
  const CLI::App* cmd = nullptr;
  std::string commands;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->parsed()) cmd = sub;
    commands += (commands.empty() ? "" : ", ") + sub->get_name();
  }
  Msg what(MsgId::kCli11, {e.what()});
  if (cmd == nullptr) {
    if (argc > 1 && argv[1][0] == '-')
      what = Msg(MsgId::kUnknownOptionFirst, {argv[1], commands});
    else if (argc > 1)
      what = Msg(MsgId::kUnknownCommand, {argv[1], commands});
    else
      what = Msg(MsgId::kCommandNeeded, {commands});
  } else if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    // remaining() keeps the command line's order; the first option-like word
    // is the typo (its value, if any, follows it).
    std::vector<std::string> extras = cmd->remaining();
    auto option = std::find_if(extras.begin(), extras.end(),
                               [](const std::string& a) { return a.size() > 1 && a[0] == '-'; });
    if (option != extras.end())
      what = Msg(MsgId::kUnknownOption, {*option});
    else if (!extras.empty())
      what = Msg(MsgId::kUnexpectedArgument, {extras.front()});
  } else if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    for (const CLI::Option* opt : cmd->get_options())
      if (opt->get_required() && opt->count() == 0) {
        what = Msg(MsgId::kOptionRequired, {opt->get_name()});
        break;
      }
  }
  std::string help = cmd ? "redhare " + cmd->get_name() : "redhare";
  return "redhare: " + redhare::render_message(Msg(MsgId::kUsageLine, {help}, {what}), lang);
}

// Each command's tables for --section, the default first; --help lists them.
std::vector<std::string> split_sections(const std::string& sections) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t bar; (bar = sections.find('|', start)) != std::string::npos; start = bar + 1)
    out.push_back(sections.substr(start, bar - start));
  out.push_back(sections.substr(start));
  return out;
}

int run(int argc, char** argv, Lang lang) {
  RawOptions o;
  CLI::App app{"redhare — monthly KPI scoring of e-commerce customer-service agents (客服绩效)"};
  app.set_version_flag("--version", std::string("redhare ") + REDHARE_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  redhare score --chats chats.csv --orders orders.csv --targets targets.csv --month 2026-10\n"
      "  redhare score --month last --chats c.csv --orders o.csv --history hist --save -o score.csv --format csv\n"
      "Run `redhare <command> --help` for a command's options, `man redhare` for the manual.\n"
      "Exit status: 0 ok, 2 bad input or usage, 1 internal failure.");

  auto* check = add_month_command(app, o, "check", "read every input and print the row account, without scoring",
                                  true, "files", lang);
  check->footer("Example:\n  redhare check --chats examples/chats.csv --orders examples/orders.csv --month 2026-10");

  auto* metrics = add_month_command(app, o, "metrics", "per-agent service and sales figures (SPEC 3-4)",
                                    false, "agents|shop", lang);
  metrics->footer("Example:\n  redhare metrics --chats examples/chats.csv --orders examples/orders.csv "
                  "--targets examples/targets.csv --month 2026-10 --format csv -o metrics.csv");

  auto* score = add_month_command(app, o, "score", "scorecards, grades, ranks and reward/penalty lines (SPEC 5)",
                                  true, "scores|actions", lang);
  score->add_option("--history", o.history, "folder of earlier months' results (YYYY-MM.csv) for 3-month rules");
  score->add_flag("--save", o.save, "write this month's results to --history atomically");
  score->add_flag("--detail", o.detail, "a full card per agent");
  score->add_option("--show", o.show, "what the item columns show: points (0-100) or the figures scored")
      ->check(shown_as("{points,figures}"))->capture_default_str();
  score->footer("Example:\n  redhare score --chats examples/chats.csv --orders examples/orders.csv "
                "--targets examples/targets.csv --reviews examples/reviews.csv --month 2026-10 --detail");

  auto* explain = add_month_command(app, o, "explain", "every session, turn and order behind one agent's figures (appeals)",
                                    true, "sessions|turns|orders_won|orders_lost|after_sales|pay", lang);
  explain->add_option("--history", o.history,
                      "with --roster: earlier months' results, for the 3-month bonus in the pay section");
  explain->add_option("--agent", o.agent, "the agent's account name")->required();
  explain->footer("Example:\n  redhare explain --agent '红兔旗舰店:小美' --chats examples/chats.csv "
                  "--orders examples/orders.csv --month 2026-10");

  auto* pay = add_month_command(app, o, "pay", "the month's pay sheet (当月工资) to the fen, from the roster (SPEC 10)",
                                true, "pay", lang);
  pay->add_option("--history", o.history, "folder of earlier months' results (YYYY-MM.csv) for the 3-month bonus");
  pay->add_flag("--detail", o.detail, "each agent's pay, component by component, with the numbers behind it");
  pay->footer("Example:\n  redhare pay --chats examples/chats.csv --orders examples/orders.csv "
              "--targets examples/targets.csv --reviews examples/reviews.csv --roster examples/roster.csv "
              "--month 2026-10");

  auto* awards = app.add_subcommand("awards", "quarterly / yearly awards from saved months");
  add_saved_months(awards, o, "2026-Q3 or 2026", lang);
  awards->add_option("--policy", o.policy, "policy file")->check(existing_file(lang, false));
  add_output(awards, o, "awards", lang);
  awards->footer("Example:\n  redhare awards --history hist --period 2026-Q3");

  auto* review = app.add_subcommand("review", "annual / mid-year appraisal (年度 / 年中考核) from saved months");
  add_saved_months(review, o, "2026 (annual review) or 2026-H1 (mid-year review of those 2025 listed)", lang);
  review->add_option("--roster", o.roster, "roster (SPEC 8): its allowance (岗位津贴) column moves down one level")
      ->check(existing_file(lang, false));
  review->add_option("--policy", o.policy, "policy file")->check(existing_file(lang, false));
  add_output(review, o, "review|actions", lang);
  review->footer("Example:\n  redhare review --history examples/history --period 2026-H1 --roster examples/roster.csv");

  auto* policy = app.add_subcommand("policy", "print the default policy file (edit it and pass --policy)");
  policy->add_option("-o,--output", o.output, "write to FILE instead of stdout")->check(output_file(lang));
  policy->footer("Example:\n  redhare policy > policy.ini");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" with status 0: CLI11 prints them.
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
    std::fprintf(stderr, "%s\n", usage_error_line(app, e, argc, argv, lang).c_str());
    // CLI11 uses 100+ for its own errors; SPEC 7 says usage problems are 2.
    return redhare::kExitBadInput;
  }

  // A bad option value is one line like a misspelt option, in the run's
  // language (main's catch), naming the value and what the option takes.
  using redhare::cli::parse_options;
  if (check->parsed()) return redhare::cli::run_check(parse_options(o, Command::kCheck, lang, split_sections("files")));
  if (metrics->parsed())
    return redhare::cli::run_metrics(parse_options(o, Command::kMetrics, lang, split_sections("agents|shop")));
  if (score->parsed())
    return redhare::cli::run_score(parse_options(o, Command::kScore, lang, split_sections("scores|actions")));
  if (explain->parsed())
    return redhare::cli::run_explain(parse_options(
        o, Command::kExplain, lang, split_sections("sessions|turns|orders_won|orders_lost|after_sales|pay")));
  if (pay->parsed()) return redhare::cli::run_pay(parse_options(o, Command::kPay, lang, split_sections("pay")));
  if (awards->parsed())
    return redhare::cli::run_awards(parse_options(o, Command::kAwards, lang, split_sections("awards")));
  if (review->parsed())
    return redhare::cli::run_review(parse_options(o, Command::kReview, lang, split_sections("review|actions")));
  return redhare::cli::run_policy(parse_options(o, Command::kPolicy, lang, {}));
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (`redhare ... | head`) must end quietly: writes see EPIPE
  // instead of the process dying from SIGPIPE (see commands.cpp).
  std::signal(SIGPIPE, SIG_IGN);
  const Lang lang = redhare::cli::scan_lang(argc, argv, std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"),
                                            std::getenv("LANG"));
  auto say = [lang](const Msg& m) { std::fprintf(stderr, "redhare: %s\n", redhare::render_message(m, lang).c_str()); };
  try {
    return run(argc, argv, lang);
  } catch (const redhare::InputError& e) {
    std::fprintf(stderr, "redhare: %s\n", redhare::render_input_error(e, lang).c_str());
    return redhare::kExitBadInput;
  } catch (const redhare::UsageError& e) {
    say(e.msg());
    return redhare::kExitBadInput;
  } catch (const redhare::OutputError& e) {
    say(Msg(MsgId::kCannotWrite, {}, {e.msg()}));
    return redhare::kExitBadInput;
  } catch (const std::exception& e) {
    say(Msg(MsgId::kInternalError, {e.what()}));
    return redhare::kExitInternal;
  }
}
