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
  std::vector<std::string> env;     // extra NAME=value entries
};

RunResult run_redhare(const RunSpec& spec);
inline RunResult run_redhare(std::vector<std::string> args) {
  return run_redhare(RunSpec{std::move(args), {}, false, {}});
}

// The repository root and a path inside it.
std::string source_path(const std::string& relative);
// A fresh empty temporary directory, removed at exit.
std::string temp_dir();
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);

}  // namespace redhare::test
