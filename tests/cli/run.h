// Runs the built redhare binary for command-line tests: arguments, optional
// stdin text, captured stdout/stderr and the exit status.
#pragma once

#include <string>
#include <vector>

namespace redhare::test {

struct RunResult {
  int status = -1;  // exit status, or 128+signal
  std::string out;
  std::string err;
};

struct RunSpec {
  std::vector<std::string> args;  // without the program name
  std::string stdin_text;
  bool close_stdout_early = false;  // reader goes away at once (like `| head -0`)
  // Environment changes: "NAME=value" sets NAME (replacing the inherited
  // value), "NAME" alone removes it. Everything else is inherited.
  std::vector<std::string> env;
  // Connect stdout / stderr to a pseudo-terminal instead of a pipe, as when a
  // person runs the command (isatty() is true). The terminal is raw, so the
  // bytes read back are the bytes written.
  bool stdout_tty = false;
  bool stderr_tty = false;
  // The directory to run in (empty: the test's own), for commands written
  // with paths relative to the repository, as the README shows them.
  std::string cwd;
};

RunResult run_redhare(const RunSpec& spec);
inline RunResult run_redhare(std::vector<std::string> args) {
  RunSpec spec;
  spec.args = std::move(args);
  return run_redhare(spec);
}

// The lines of `text` without their "\n" (a last line without one is kept).
std::vector<std::string> split_lines(const std::string& text);
// The words of a command line as the shell splits them: blanks separate,
// '…' quotes. Enough for the commands the README and --help show.
std::vector<std::string> shell_words(const std::string& command);
// `text` without ANSI colour sequences (ESC [ ... m).
std::string strip_ansi(const std::string& text);

// The repository root and a path inside it.
std::string source_path(const std::string& relative);
// A fresh empty temporary directory, removed at exit.
std::string temp_dir();
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);

// --chats, --orders and --targets of examples/ and --month 2026-10.
std::vector<std::string> example_inputs();
// What every run with examples/targets.csv says on stderr, even with -q:
// 红兔旗舰店:阿杰 has a target but no chat message (the agent on leave), and
// without a roster that is warned about (SPEC 8), as a typo would be.
// For example_inputs() (absolute paths).
std::string example_target_warning();
// `err` without the lines of that warning.
std::string without_target_warning(const std::string& err);

// `a` followed by `b`: cat({"score", "--format", "csv"}, example_inputs()).
std::vector<std::string> cat(std::vector<std::string> a, const std::vector<std::string>& b);

}  // namespace redhare::test
