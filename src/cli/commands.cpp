#include "commands.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "redhare/atomic_file.h"
#include "redhare/columns.h"
#include "redhare/consequences.h"
#include "redhare/error.h"
#include "redhare/environment.h"
#include "redhare/explain.h"
#include "redhare/figures.h"
#include "redhare/html.h"
#include "redhare/inputs.h"
#include "redhare/message_text.h"
#include "redhare/pay.h"
#include "redhare/pay_view.h"
#include "redhare/money.h"
#include "redhare/period.h"
#include "redhare/period_means.h"
#include "redhare/policy.h"
#include "redhare/rejects.h"
#include "redhare/render.h"
#include "redhare/report.h"
#include "redhare/review.h"
#include "redhare/roster.h"
#include "redhare/row_errors.h"
#include "redhare/scoring.h"
#include "redhare/views.h"
#include "outputs.h"
#include "read_progress.h"
#include "unmatched_names.h"

namespace redhare::cli {
namespace {

// A warning on stderr in the run's language. Warnings say that the figures
// may be wrong, so -q does not silence them (a cron job's mail is where
// someone learns of it).
void warn(const Options& o, Msg what) {
  std::fprintf(stderr, "redhare: %s\n", render_message(Msg(MsgId::kWarning, {}, {std::move(what)}), o.lang).c_str());
}

// A note for people at the terminal (the row account): -q silences it.
void note(const Options& o, const Msg& what) {
  if (!o.quiet) std::fprintf(stderr, "%s\n", render_message(what, o.lang).c_str());
}

// Writes all of `data` to stdout. A reader that went away (`| head`) is not an
// error: the user has what they asked for, so we stop quietly.
// With `reader_gone`, a closed pipe sets it and returns instead, for a
// caller with something left to do (score --save keeps the month).
void write_stdout(std::string_view data, bool* reader_gone = nullptr) {
  while (!data.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE && reader_gone) {
        *reader_gone = true;
        return;
      }
      if (errno == EPIPE) std::_Exit(kExitOk);
      throw OutputError(Msg(MsgId::kStdoutError, {std::strerror(errno)}));
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
}

void emit(const Options& o, std::string_view text, bool* reader_gone = nullptr) {
  if (o.to_stdout())
    write_stdout(text, reader_gone);
  else
    write_file_atomically(o.output, text);
}

// Before a --save: the history is what later months' streak rules read, so
// it must not change when the scorecard then cannot be delivered (the cron
// job's -o into a folder that does not exist). Not a guarantee (the disk can
// still fill up between the two), but it catches the usual mistake; the
// message is the one the write itself would give.
void check_output_writable(const Options& o) {
  if (o.to_stdout()) return;
  namespace fs = std::filesystem;
  std::error_code ec;
  // An existing file (also /dev/null, in a folder we may not write) is
  // written in place or replaced; a new one needs its folder.
  std::string target = o.output;
  if (!fs::exists(target, ec)) {
    target = fs::path(o.output).parent_path().string();
    if (target.empty()) target = ".";
  }
  if (::access(target.c_str(), W_OK) != 0)
    throw OutputError(Msg(MsgId::kFileError, {o.output, std::strerror(errno)}));
}

Policy effective_policy(const Options& o) {
  Policy policy = o.policy.empty() ? default_policy() : load_policy(o.policy);
  if (!o.work_hours.empty()) set_work_hours(policy, o.work_hours);
  return policy;
}

Period effective_period(const Options& o, const Policy& policy) {
  if (!o.month) return Period{};
  return parse_month(*o.month, local_now(policy.utc_offset_s));
}

RenderOptions render_options(const Options& o) {
  RenderOptions r;
  r.format = o.format;
  r.lang = o.lang;
  // Colour only when the table goes to a terminal we are writing to.
  r.color = r.format == Format::kTable && o.to_stdout() &&
            want_color(STDOUT_FILENO, std::getenv("NO_COLOR"), std::getenv("TERM"), o.color);
  r.sanitize = !o.no_sanitize;
  r.bom = o.bom;
  r.section = o.section;
  return r;
}

ReportContext report_context(const Options& o, const Period& period, const RenderOptions& r) {
  ReportContext c;
  c.period = period.label;
  c.policy = o.policy.empty() ? "default" : o.policy;
  c.inputs = {{"chats", o.chats}, {"orders", o.orders}};
  if (!o.targets.empty()) c.inputs.emplace_back("targets", o.targets);
  if (!o.reviews.empty()) c.inputs.emplace_back("reviews", o.reviews);
  if (!o.roster.empty()) c.inputs.emplace_back("roster", o.roster);
  if (!o.ratings.empty()) c.inputs.emplace_back("ratings", o.ratings);
  c.lang = r.lang;
  // What `explain` needs to read the same month the same way. --rejects is
  // left out: the suggested command must not overwrite this run's file.
  auto add = [&](const std::string& option, const std::string& value) {
    if (!value.empty()) c.run_options.insert(c.run_options.end(), {option, value});
  };
  // An input's kind is its option's name (chats -> --chats).
  for (const auto& [kind, file] : c.inputs) add("--" + kind, file);
  add("--policy", o.policy);
  if (period.label != "all") add("--month", period.label);
  if (o.encoding != Encoding::kUtf8) add("--encoding", o.encoding_name);  // as given: gbk, gb18030, auto
  for (const std::string& pattern : o.time_format) add("--time-format", pattern);
  add("--work-hours", o.work_hours);
  if (o.max_errors > 0) add("--max-errors", std::to_string(o.max_errors));
  return c;
}

// What a run does with a month that cannot be right (below). `check` only
// shows the account, so it warns; a scoring run refuses: it would grade every
// agent 急需提高, hand out the rank rewards and penalties and, with --save,
// count a month of zeros towards the dismissal rule.
enum class OffMonthChats { kWarn, kRefuse };

// A chats or orders file that gives the run nothing is almost always a wrong
// export or a wrong --month. Refused (SPEC 6): no chat message of the period
// left to use (a header-only file, every row rejected, none in --month), or
// an orders file with rows but none created in the period (last year's
// export). A header-only orders file is only a warning (a shop may truly have
// had no orders), which -q does not silence; the file's own span says which
// --month it holds.
void check_inputs_in_period(const Options& o, const std::vector<FileAccount>& account, const Period& period,
                            OffMonthChats off_month, const std::vector<Message>& messages) {
  for (const FileAccount& a : account) {
    if (a.kind != "chats" && a.kind != "orders") continue;
    const bool chats = a.kind == "chats";
    Msg what;
    if (a.rows_read == 0) {
      if (!chats || off_month == OffMonthChats::kWarn) {
        warn(o, Msg(MsgId::kHeaderOnly, {a.file}));
        continue;
      }
      what = Msg(MsgId::kNoChatsHeaderOnly, {a.file});
    } else if (a.used == 0 && a.outside_period > 0) {
      what = Msg(off_month == OffMonthChats::kRefuse ? MsgId::kNoRowsInMonthRefuse : MsgId::kNoRowsInMonth,
                 {a.file, std::to_string(a.rows_read), period.label, format_local_time(a.first),
                  format_local_time(a.last)});
    } else if (chats && (a.used == 0 || !any_message_in(messages, period))) {
      what = Msg(MsgId::kNoChatsLeft, {a.file, period.label, std::to_string(a.rows_read), std::to_string(a.rejected),
                                       std::to_string(a.outside_period + a.used), std::to_string(a.duplicates)});
    } else {
      continue;
    }
    if (off_month == OffMonthChats::kRefuse) throw UsageError(std::move(what));
    warn(o, std::move(what));
  }
}

// `paid` is optional (SPEC 1: empty = never paid), so an export whose paid
// column has a name we do not know (支付时间) reads fine and every sale is
// ¥0.00: order success 0%, completion 0%, no error. No paid order in a whole
// file that has orders is that, not a real month; a warning naming the names
// tried and how to add one.
void warn_if_nothing_paid(const Options& o, const Dataset& data, const Policy& policy) {
  if (data.orders.empty()) return;
  for (const Order& order : data.orders)
    if (order.is_paid()) return;
  std::string names;
  for (const ColumnSpec& spec : column_specs("orders"))
    if (spec.name == "paid") names = fmt::format("{}", fmt::join(column_names("orders", spec, policy.aliases), ", "));
  warn(o, Msg(MsgId::kNothingPaid, {data.orders_file, std::to_string(data.orders.size()), names}));
}

// The rejects file, written atomically like -o (never half written). One that
// cannot be written is the user's to fix: status 2, naming the option.
void write_rejects(const Options& o, const RowErrors& errors) {
  try {
    write_file_atomically(o.rejects, rejects_csv(errors.rows(), o.lang, !o.no_sanitize));
  } catch (const OutputError& e) {
    throw UsageError(Msg(MsgId::kRejectsOption, {}, {e.msg()}));
  }
}

// Reads every input of the run, applying strict/lenient handling. Prints the
// lenient summary on stderr and writes the rejects file when asked.
// The rejects file is left to finish_run(): a run that stops (past
// --max-errors, a month that cannot be right, an output that cannot be
// written) leaves the old one as it was.
Dataset read_all(const Options& o, const Policy& policy, const Period& period, OffMonthChats off_month,
                 RowErrors& errors) {
  InputFiles files{o.chats, o.orders, o.targets, o.reviews, o.roster, o.ratings};
  ReadOptions ro;
  ro.encoding = o.encoding;
  ro.encoding_name = o.encoding_name;
  set_time_formats(o.time_format, &ro);
  ro.period = period;
  ro.policy = &policy;
  // pay's roster rows are bad rows of the run like any other (SPEC 10).
  ro.roster_for_pay = o.command == Command::kPay;
  Dataset data;
  {
    // Scoped: the bar's line is ended before anything else goes to stderr.
    ReadProgress progress(total_input_bytes({o.chats, o.orders, o.targets, o.reviews, o.roster, o.ratings}),
                          want_progress(STDERR_FILENO, std::getenv("TERM"), o.quiet));
    ro.bytes_read = progress.counter();
    data = read_inputs(files, ro, errors);
  }
  if (errors.count() > 0) {
    // Rows left out change the figures: a warning. The account is a note.
    warn(o, Msg(o.rejects.empty() ? MsgId::kBadRowsSkipped : MsgId::kBadRowsSkippedKept,
                {std::to_string(errors.count()), std::to_string(o.max_errors)}));
    for (const FileAccount& a : data.account)
      note(o, Msg(MsgId::kRowAccount, {a.file, std::to_string(a.rows_read), std::to_string(a.used),
                                       std::to_string(a.outside_period), std::to_string(a.duplicates),
                                       std::to_string(a.rejected)}));
  }
  check_inputs_in_period(o, data.account, period, off_month, data.messages);
  warn_if_nothing_paid(o, data, policy);
  warn_unmatched_names(o.lang, data, o.targets, o.reviews);
  return data;
}

// What every command over the month's exports starts from: the policy, the
// period, how to render, and the inputs read.
struct Run {
  Policy policy;
  Period period;
  RenderOptions render;
  Dataset data;
  ReportContext context;
  std::unique_ptr<RowErrors> errors;  // for the rejects file, once the output is delivered
};

Run start_run(const Options& o, OffMonthChats off_month = OffMonthChats::kRefuse) {
  Run run;
  run.policy = effective_policy(o);
  run.period = effective_period(o, run.policy);
  // Before any input is read; after the period, so that `--month last
  // --save` knows the history file it will write. (Only the policy was read.)
  refuse_bad_outputs(o, run.period.is_all() ? "" : run.period.label);
  run.render = render_options(o);
  run.errors = std::make_unique<RowErrors>(o.max_errors);
  run.data = read_all(o, run.policy, run.period, off_month, *run.errors);
  run.context = report_context(o, run.period, run.render);
  return run;
}

// The last step of a run that went well: the rejects file (the old one stays
// when the run stops earlier).
// A saved month in which every agent scored 0 cannot be right (a month
// score now refuses: an empty or wrong export, saved by an older redhare or
// copied in by hand). It is read like any other month, so the 3-month rules,
// awards and reviews would count it: warn, naming the file (even with -q).
std::vector<HistoryMonth> read_history_warned(const Options& o, MissingHistory missing = MissingHistory::kError) {
  std::vector<HistoryMonth> history = read_history(o.history, missing);
  for (const HistoryMonth& h : history) {
    if (h.rows.empty()) continue;
    bool all_zero = true;
    for (const HistoryRow& row : h.rows) all_zero = all_zero && row.score == 0;
    if (all_zero)
      warn(o, Msg(MsgId::kHistoryAllZero, {(std::filesystem::path(o.history) / (h.month.label + ".csv")).string()}));
  }
  return history;
}

int finish_run(const Options& o, const Run& run) {
  if (!o.rejects.empty()) write_rejects(o, *run.errors);
  return kExitOk;
}

// The month's pay sheet of a run (SPEC 10): scores, consequence lines and
// the roster's pay facts. Roster rows pay cannot use go to `problems`.
PaySheet pay_sheet(const Options& o, const Run& run, std::vector<PayRosterProblem>* problems) {
  Metrics m = compute_metrics(run.data, run.period, run.policy);
  std::vector<Scorecard> cards = score_agents(m, run.data, run.policy);
  std::vector<HistoryMonth> history;
  if (!o.history.empty()) history = read_history_warned(o);
  std::vector<Consequence> lines = consequences(cards, history, run.period, run.policy);
  std::vector<PayFacts> facts = pay_facts(run.data, cards, lines, run.period, problems);
  return compute_pay(facts, m.shop.silent_sales, run.period, run.policy.pay);
}

// `check` is what one runs before `pay` too: a roster that carries pay (some
// row has a base_pay) gets a warning for each row `pay` would reject (SPEC
// 10). Only a warning: score and metrics use those rows, so check's account
// counts them used. A roster without any base_pay is not meant for pay.
void warn_pay_rejects(const Options& o, const Dataset& data, const Period& period) {
  bool carries_pay = false;
  for (const RosterEntry& e : data.roster) carries_pay = carries_pay || e.base_pay.has_value();
  if (!carries_pay) return;
  for (const RosterEntry& e : data.roster)
    if (std::optional<Msg> refused = pay_refusal(e, data.agents.name(e.agent), period))
      warn(o, Msg(MsgId::kPayWillReject, {data.roster_file, std::to_string(e.line)}, {std::move(*refused)}));
}

}  // namespace

int run_check(const Options& o) {
  Run run = start_run(o, OffMonthChats::kWarn);
  warn_pay_rejects(o, run.data, run.period);
  emit(o, render(check_report(run.data.account, run.period, run.context), run.render));
  return finish_run(o, run);
}

int run_metrics(const Options& o) {
  Run run = start_run(o);
  Metrics m = compute_metrics(run.data, run.period, run.policy);
  warn_off_roster(o.lang, m, run.data);
  emit(o, render(metrics_report(m, run.context), run.render));
  return finish_run(o, run);
}

int run_score(const Options& o) {
  // Usage errors before a long read. No --month is the period "all".
  if (o.save && o.history.empty()) throw UsageError(Msg(MsgId::kSaveNeedsHistory));
  if (o.save && !o.month) throw UsageError(Msg(MsgId::kSaveNeedsMonth));
  Run run = start_run(o);
  Metrics m = compute_metrics(run.data, run.period, run.policy);
  warn_off_roster(o.lang, m, run.data);
  std::vector<Scorecard> cards = score_agents(m, run.data, run.policy);
  std::vector<HistoryMonth> history;
  if (!o.history.empty())
    history = read_history_warned(o, o.save ? MissingHistory::kMissingIsEmpty : MissingHistory::kError);
  std::vector<Consequence> lines = consequences(cards, history, run.period, run.policy);
  Report report = score_report(cards, lines, run.context, o.detail, o.show, run.policy.min_group);
  add_score_charts(report, cards, history, run.period, run.policy);  // drawn by --format html only
  std::string text = render(report, run.render);
  // The history is what later months' streak rules read: it keeps the month
  // only once the scorecard is delivered (-o /dev/full, -o a folder leave it
  // as it was). A reader closing the pipe (`| head`) took what it wanted:
  // the month is kept.
  if (o.save) {
    check_output_writable(o);
    check_can_write((std::filesystem::path(o.history) / (run.period.label + ".csv")).string(), true);
  }
  bool reader_gone = false;
  emit(o, text, &reader_gone);
  if (o.save) save_history(o.history, run.period, cards);
  return finish_run(o, run);
}

int run_explain(const Options& o) {
  Run run = start_run(o);
  const Id agent = find_agent(run.data, o.agent);
  const TracedAgent traced = trace_agent(run.data, run.period, run.policy, agent);
  const std::string name(run.data.agents.name(agent));
  Report report = explain_report(run.data, run.period, run.policy, traced, o.agent, run.context);
  // With a roster and a month, the agent's pay too (section pay): an appeal
  // about pay is answered like one about a figure.
  if (!o.roster.empty() && !run.period.is_all()) {
    std::vector<PayRosterProblem> problems;
    const PaySheet sheet = pay_sheet(o, run, &problems);
    for (const PayLine& l : sheet.lines)
      if (l.facts.agent == name) {
        for (Table& t : pay_explain_tables(l, sheet, run.render.lang)) report.tables.push_back(std::move(t));
        report.footer.push_back(pay_pool_line(sheet, run.render.lang));
      }
    for (const PayRosterProblem& p : problems)
      if (p.agent == name)
        report.footer.push_back(render_input_error(InputError({run.data.roster_file, p.line, ""}, p.reason), o.lang));
    // Left off the sheet (lenient): no guessed line, but the pool share held
    // for them is theirs to ask about, and the pool line says how it was made.
    for (const PayLine& l : sheet.left_off)
      if (l.facts.agent == name) {
        for (Table& t : pay_explain_held_tables(l, run.render.lang)) report.tables.push_back(std::move(t));
        report.footer.push_back(pay_pool_line(sheet, run.render.lang));
      }
  }
  emit(o, render(report, run.render));
  return finish_run(o, run);
}

int run_pay(const Options& o) {
  // Usage errors before a long read: who is paid and for which month.
  if (o.roster.empty()) throw UsageError(Msg(MsgId::kPayNeedsRoster));
  if (!o.month) throw UsageError(Msg(MsgId::kPayNeedsMonth));
  Run run = start_run(o);
  std::vector<PayRosterProblem> problems;
  const PaySheet sheet = pay_sheet(o, run, &problems);
  // Never a guessed amount. The reader already treated these rows as bad
  // rows (ReadOptions::roster_for_pay): strict stopped at the first, lenient
  // counted them and keeps them for --rejects. The agent is left off the
  // sheet, and the warning names them (even with -q).
  for (const PayRosterProblem& p : problems)
    warn(o, Msg(MsgId::kPayLeftOff, {run.data.roster_file, std::to_string(p.line)}, {p.reason}));
  std::string no_hired;
  for (const PayLine& l : sheet.lines)
    if (l.facts.hired == kNever) no_hired += (no_hired.empty() ? "" : ", ") + l.facts.agent;
  if (!no_hired.empty()) warn(o, Msg(MsgId::kPayNoHired, {no_hired}));
  // A sheet with nobody on it is not a month's pay (a header-only roster, or
  // every row refused in a lenient run): stop, as for a month that cannot
  // be right, rather than deliver an empty sheet (and no rejects file).
  if (sheet.lines.empty()) {
    for (const FileAccount& a : run.data.account)
      if (a.kind == "roster")
        throw UsageError(a.rows_read == 0 ? Msg(MsgId::kPayNobodyHeaderOnly, {a.file})
                                          : Msg(MsgId::kPayNobody, {a.file, std::to_string(a.rows_read)}));
  }
  emit(o, render(pay_report(sheet, run.context, o.detail), run.render));
  return finish_run(o, run);
}

namespace {

// No saved month in the period is a wrong --history or --period, not a
// period in which nobody qualified: say so (with what the history holds)
// instead of an empty table. awards and review share it.
void refuse_no_saved_month(const std::vector<HistoryMonth>& history, bool none_saved, const Options& o) {
  if (!none_saved) return;
  throw UsageError(history.empty() ? Msg(MsgId::kNoSavedMonthEmpty, {o.history, o.period})
                                   : Msg(MsgId::kNoSavedMonth, {o.history, o.period, history.front().month.label,
                                                                history.back().month.label}));
}

// The header of a report made from saved months: the period asked for, the
// policy and the history folder.
ReportContext history_context(const Options& o, Lang lang) {
  ReportContext c;
  c.period = o.period;
  c.policy = o.policy.empty() ? "default" : o.policy;
  c.inputs = {{"history", o.history}};
  c.lang = lang;
  return c;
}

}  // namespace

int run_awards(const Options& o) {
  refuse_bad_outputs(o);
  Policy policy = effective_policy(o);
  RenderOptions r = render_options(o);
  std::vector<HistoryMonth> history = read_history_warned(o);
  AwardsResult result = compute_awards(history, o.period, policy);
  refuse_no_saved_month(history, result.months_saved.empty(), o);
  emit(o, render(awards_report(result, history_context(o, r.lang)), r));
  return kExitOk;
}

namespace {

// The roster's allowance (岗位津贴) by agent, read by the roster reader of
// SPEC 8 (strict: a bad row is file:line; the encoding found from the bytes,
// as Excel may save it in GBK). An empty allowance is 0; an agent not on the
// roster has none, and their lines name no amounts.
std::map<std::string, Fen> roster_allowances(const std::string& path, const Policy& policy) {
  ReadOptions ro;
  ro.policy = &policy;
  RowErrors errors;
  Dataset d;
  read_roster(path, ro, policy, errors, &d);
  std::map<std::string, Fen> out;
  for (const RosterEntry& e : d.roster) out.emplace(std::string(d.agents.name(e.agent)), e.allowance);
  return out;
}

}  // namespace

int run_review(const Options& o) {
  refuse_bad_outputs(o);
  Policy policy = effective_policy(o);
  RenderOptions r = render_options(o);
  // The period first: a mistyped --period is a usage error before any file is read.
  parse_month_span(o.period, kSpanYear | kSpanHalf);
  std::vector<HistoryMonth> history = read_history_warned(o);
  std::map<std::string, Fen> allowances;
  if (!o.roster.empty()) allowances = roster_allowances(o.roster, policy);
  ReviewResult result = compute_review(history, o.period, policy, allowances);
  refuse_no_saved_month(history, result.months_saved.empty(), o);
  ReportContext c = history_context(o, r.lang);
  if (!o.roster.empty()) c.inputs.emplace_back("roster", o.roster);
  emit(o, render(review_report(result, c), r));
  return kExitOk;
}

int run_policy(const Options& o) {
  emit(o, policy_text(default_policy()));
  return kExitOk;
}

}  // namespace redhare::cli
