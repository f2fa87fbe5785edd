#include "run.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace redhare::test {

namespace {

// A pseudo-terminal pair in raw mode (no "\n" -> "\r\n" on output). Returns
// false when the system has none left.
bool open_pty(int* master, int* slave) {
  *master = posix_openpt(O_RDWR | O_NOCTTY);
  if (*master < 0 || grantpt(*master) != 0 || unlockpt(*master) != 0) return false;
  const char* name = ptsname(*master);
  if (!name) return false;
  *slave = open(name, O_RDWR | O_NOCTTY);
  if (*slave < 0) return false;
  termios t;
  tcgetattr(*slave, &t);
  cfmakeraw(&t);
  tcsetattr(*slave, TCSANOW, &t);
  return true;
}

// The child's environment: ours, with spec.env applied.
std::vector<std::string> child_env(const std::vector<std::string>& changes) {
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) env.emplace_back(*e);
  for (const std::string& change : changes) {
    std::string name = change.substr(0, change.find('='));
    std::erase_if(env, [&](const std::string& e) { return e.compare(0, name.size() + 1, name + "=") == 0; });
    if (change.find('=') != std::string::npos) env.push_back(change);
  }
  return env;
}

}  // namespace

RunResult run_redhare(const RunSpec& spec) {
  // [0] is our end, [1] the child's, for stdout and stderr; stdin is a pipe.
  int in[2], out[2], err[2];
  if (pipe(in)) throw std::runtime_error("pipe failed");
  if (spec.stdout_tty ? !open_pty(&out[0], &out[1]) : pipe(out) != 0)
    throw std::runtime_error("stdout pipe/pty failed");
  if (spec.stderr_tty ? !open_pty(&err[0], &err[1]) : pipe(err) != 0)
    throw std::runtime_error("stderr pipe/pty failed");
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in[0], 0);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err[1], 2);
  for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) posix_spawn_file_actions_addclose(&fa, fd);
  if (!spec.cwd.empty()) posix_spawn_file_actions_addchdir_np(&fa, spec.cwd.c_str());

  std::vector<std::string> args{REDHARE_BINARY};
  args.insert(args.end(), spec.args.begin(), spec.args.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_store = child_env(spec.env);
  std::vector<char*> envp;
  for (auto& e : env_store) envp.push_back(e.data());
  envp.push_back(nullptr);

  pid_t pid;
  if (spec.close_stdout_early) close(out[0]);
  int rc = posix_spawn(&pid, REDHARE_BINARY, &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error(std::string("spawn failed: ") + std::strerror(rc));
  close(in[0]);
  close(out[1]);
  close(err[1]);

  RunResult r;
  // Feed stdin and drain both outputs together so no pipe fills up and blocks.
  size_t written = 0;
  if (spec.stdin_text.empty()) {
    close(in[1]);
    in[1] = -1;
  } else {
    fcntl(in[1], F_SETFL, O_NONBLOCK);
  }
  int out_fd = spec.close_stdout_early ? -1 : out[0];
  int err_fd = err[0];
  char buf[65536];
  while (out_fd >= 0 || err_fd >= 0 || in[1] >= 0) {
    pollfd fds[3];
    int n = 0;
    if (out_fd >= 0) fds[n++] = {out_fd, POLLIN, 0};
    if (err_fd >= 0) fds[n++] = {err_fd, POLLIN, 0};
    if (in[1] >= 0) fds[n++] = {in[1], POLLOUT, 0};
    poll(fds, n, -1);
    for (int i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == in[1]) {
        ssize_t w = write(in[1], spec.stdin_text.data() + written, spec.stdin_text.size() - written);
        if (w > 0) written += static_cast<size_t>(w);
        if (w < 0 || written == spec.stdin_text.size()) {
          close(in[1]);
          in[1] = -1;
        }
        continue;
      }
      ssize_t got = read(fds[i].fd, buf, sizeof buf);
      std::string& sink = fds[i].fd == out_fd ? r.out : r.err;
      if (got > 0) {
        sink.append(buf, static_cast<size_t>(got));
      } else {
        // End of a pipe is 0; a terminal whose last writer closed says EIO.
        close(fds[i].fd);
        (fds[i].fd == out_fd ? out_fd : err_fd) = -1;
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

std::vector<std::string> shell_words(const std::string& command) {
  std::vector<std::string> out;
  std::string word;
  bool quoted = false, in_word = false;
  for (char c : command) {
    if (c == '\'') {
      quoted = !quoted;
      in_word = true;
    } else if (c == ' ' && !quoted) {
      if (in_word) out.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(word);
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(text.substr(start, nl - start));
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

std::string strip_ansi(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      size_t m = text.find('m', i);
      if (m != std::string::npos) {
        i = m;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string source_path(const std::string& relative) {
  return std::string(REDHARE_SOURCE_DIR) + "/" + relative;
}

std::vector<std::string> example_inputs() {
  return {"--chats",   source_path("examples/chats.csv"),   "--orders", source_path("examples/orders.csv"),
          "--targets", source_path("examples/targets.csv"), "--month",  "2026-10"};
}

std::string example_target_warning() {
  return "redhare: warning: " + source_path("examples/targets.csv") + ":7: agent \"红兔旗舰店:阿杰\" has no chat " +
         "message in " + source_path("examples/chats.csv") + "; nearest agent: \"红兔旗舰店:阿强\"\n";
}

std::string without_target_warning(const std::string& err) {
  std::string out;
  for (const std::string& line : split_lines(err))
    if (line.find("\"红兔旗舰店:阿杰\" has no chat message in ") == std::string::npos &&
        line.find("\"红兔旗舰店:阿杰\" 在 ") == std::string::npos)
      out += line + "\n";
  return out;
}

std::vector<std::string> cat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

std::string temp_dir() {
  namespace fs = std::filesystem;
  static int counter = 0;
  fs::path p = fs::temp_directory_path() /
               ("redhare-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(p);
  fs::create_directories(p);
  struct Cleanup {
    std::vector<fs::path> dirs;
    ~Cleanup() {
      std::error_code ec;
      for (auto& d : dirs) fs::remove_all(d, ec);
    }
  };
  static Cleanup cleanup;
  cleanup.dirs.push_back(p);
  return p.string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace redhare::test
