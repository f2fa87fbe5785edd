#include "outputs.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <filesystem>

#include "commands.h"
#include "redhare/error.h"

namespace redhare::cli {

namespace {

struct Identity {
  dev_t dev = 0;
  ino_t ino = 0;
  bool regular = false;
};

// stat(), not lstat(): a symlink is the file it points to.
Identity identity(const std::string& path) {
  struct stat st;
  if (path.empty() || path == "-" || ::stat(path.c_str(), &st) != 0) return {};
  return Identity{st.st_dev, st.st_ino, S_ISREG(st.st_mode)};
}

bool same(const Identity& a, const Identity& b) {
  return a.regular && b.regular && a.dev == b.dev && a.ino == b.ino;
}

// stat(), not lstat(): a dangling symlink names a file not yet written (a
// shell's `>` creates its target, and so does an output here).
bool exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

// Where a file not yet written will be: the absolute path, through any
// symlinks at its end (dangling ones too, which weakly_canonical leaves
// as they are), normalised.
std::filesystem::path written_path(const std::string& name) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path path = fs::absolute(name, ec);
  if (ec) return {};
  for (int hops = 0; hops < 40; ++hops) {  // 40: the kernel's own limit on a chain of links
    if (!fs::is_symlink(fs::symlink_status(path, ec)) || ec) break;
    const fs::path target = fs::read_symlink(path, ec);
    if (ec) break;
    path = target.is_absolute() ? target : path.parent_path() / target;
  }
  const fs::path out = fs::weakly_canonical(path, ec);
  return ec ? fs::path() : out.lexically_normal();
}

// Two names of files not yet written: one file when the paths they will be
// written at agree (`out.csv`, `./out.csv`, a dangling link to `out.csv`).
bool same_new_path(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == "-" || b == "-") return false;
  const std::filesystem::path pa = written_path(a);
  return !pa.empty() && pa == written_path(b);
}

// The names read_history reads in a history folder: YYYY-MM.csv. Other
// files there (a cron job's scorecard.csv) are not inputs.
bool history_month_name(const std::string& name) {
  if (name.size() != 11 || name.compare(7, 4, ".csv") != 0 || name[4] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6})
    if (name[i] < '0' || name[i] > '9') return false;
  return true;
}

}  // namespace

void refuse_outputs_over_inputs(const NamedFiles& inputs, const NamedFiles& outputs) {
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Identity out = identity(outputs[i].second);
    if (!out.regular) {
      if (outputs[i].second.empty() || outputs[i].second == "-" || exists(outputs[i].second)) continue;
      for (size_t j = 0; j < i; ++j)
        if (!exists(outputs[j].second) && same_new_path(outputs[i].second, outputs[j].second))
          throw UsageError(Msg(MsgId::kSameOutputFile, {outputs[j].first, outputs[j].second, outputs[i].first,
                                                        outputs[i].second}));
      continue;
    }
    for (const auto& [option, path] : inputs)
      if (same(out, identity(path)))
        throw UsageError(Msg(MsgId::kOutputIsInput, {outputs[i].first, outputs[i].second, option, path}));
    for (size_t j = 0; j < i; ++j)
      if (same(out, identity(outputs[j].second)))
        throw UsageError(Msg(MsgId::kSameOutputFile, {outputs[j].first, outputs[j].second, outputs[i].first,
                                                      outputs[i].second}));
  }
}

void check_can_write(const std::string& path, bool folder_is_created) {
  if (path.empty() || path == "-") return;
  struct stat st;
  std::string target = path;
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) throw OutputError(Msg(MsgId::kFileError, {path, std::strerror(EISDIR)}));
  } else {
    target = std::filesystem::path(path).parent_path().string();
    if (target.empty()) target = ".";
    if (folder_is_created && ::stat(target.c_str(), &st) != 0) return;
  }
  if (::access(target.c_str(), W_OK) != 0) throw OutputError(Msg(MsgId::kFileError, {path, std::strerror(errno)}));
}

void refuse_bad_outputs(const Options& o, const std::string& month) {
  NamedFiles inputs = {{"--chats", o.chats},     {"--orders", o.orders}, {"--targets", o.targets},
                             {"--reviews", o.reviews}, {"--roster", o.roster}, {"--ratings", o.ratings},
                             {"--policy", o.policy}};
  NamedFiles outputs = {{"-o", o.output}, {"--rejects", o.rejects}};
  // The month --save writes: named outright, or `--month last` resolved by
  // the caller (it needs the policy's time zone).
  const std::string save_month = !month.empty() ? month : o.month && o.month->size() == 7 ? *o.month : "";
  std::string saved;
  if (o.save && !o.history.empty() && !save_month.empty()) {
    saved = (std::filesystem::path(o.history) / (save_month + ".csv")).string();
    outputs.emplace_back("--save", saved);
  }
  // Every saved month of --history is read (awards and review: the period's
  // months; score and pay: the 3-month rules), so -o may not be one of them.
  // The month --save replaces is an output, checked against -o above.
  if (!o.history.empty()) {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(o.history, ec))
      if (history_month_name(e.path().filename().string()) && (saved.empty() || !same_new_path(e.path().string(), saved)))
        inputs.emplace_back("--history", e.path().string());
  }
  refuse_outputs_over_inputs(inputs, outputs);
  try {
    check_can_write(o.rejects);
  } catch (const OutputError& e) {
    throw UsageError(Msg(MsgId::kRejectsOption, {}, {e.msg()}));
  }
}

}  // namespace redhare::cli
