#include "redhare/atomic_file.h"

#include "redhare/error.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace redhare {

namespace {

[[noreturn]] void fail(const std::string& path, int err, const std::string& temp) {
  if (!temp.empty()) ::unlink(temp.c_str());
  throw OutputError(Msg(MsgId::kFileError, {path, std::strerror(err)}));
}

// Streams (/dev/null, /dev/stdout, a FIFO, a socket) cannot be replaced by a
// rename — as root that would swap /dev/null for a plain file — and a reader
// of a stream never sees a half-renamed file anyway. So they are written in
// place; only regular files (or names that do not exist yet) are replaced.
bool is_stream(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

// A symlink is kept and the file it points to replaced: `-o latest.csv` where
// latest.csv links into an archive must update the archive file, not turn the
// link into a copy. A dangling link is followed too, as a shell's `>` does:
// the file it names is created (and when its folder is missing, that is the
// error). Links are followed by hand, since realpath() fails on a dangling one.
std::string resolve_symlink(const std::string& path) {
  std::string p = path;
  for (int hops = 0; hops < 40; ++hops) {  // 40: the kernel's own limit (ELOOP)
    struct stat st;
    if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) break;
    char buf[PATH_MAX];
    ssize_t n = ::readlink(p.c_str(), buf, sizeof buf - 1);
    if (n < 0) break;
    std::string to(buf, static_cast<size_t>(n));
    if (to.front() != '/') {
      const size_t slash = p.rfind('/');
      if (slash != std::string::npos) to = p.substr(0, slash + 1) + to;
    }
    p = to;
  }
  return p;
}

// The one temp file being written, for the SIGINT / SIGTERM handler to
// remove: a signal during the write-and-fsync window would otherwise leave
// `out.csv.tmp.XXXXXX` behind. This is the only global mutable state in
// redhare, and a signal handler cannot be given anything else: it may only
// touch a static buffer and a sig_atomic_t (async-signal-safe), and it needs
// no registry, since files are written one at a time, from one thread.
char g_temp_path[PATH_MAX];
volatile std::sig_atomic_t g_temp_set = 0;

extern "C" void remove_temp_and_die(int sig) {
  if (g_temp_set) ::unlink(g_temp_path);
  // The default action then ends the process with the signal's own status.
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// Installs the handler for the life of one write, and blocks the two signals
// while the temp path is being recorded, so no signal falls between the
// file's creation and the handler knowing its name.
class TempFileGuard {
 public:
  // A signal that was ignored (a job started with `nohup` or `&`) stays
  // ignored: the write goes on.
  TempFileGuard() {
    struct sigaction sa {};
    sa.sa_handler = remove_temp_and_die;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, nullptr, &old_int_);
    ::sigaction(SIGTERM, nullptr, &old_term_);
    if (old_int_.sa_handler != SIG_IGN) ::sigaction(SIGINT, &sa, nullptr);
    if (old_term_.sa_handler != SIG_IGN) ::sigaction(SIGTERM, &sa, nullptr);
  }
  ~TempFileGuard() {
    forget();
    ::sigaction(SIGINT, &old_int_, nullptr);
    ::sigaction(SIGTERM, &old_term_, nullptr);
  }
  TempFileGuard(const TempFileGuard&) = delete;
  TempFileGuard& operator=(const TempFileGuard&) = delete;

  // mkstemp(`name`) with the result recorded for the handler; -1 on failure.
  int create(char* name) {
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    ::pthread_sigmask(SIG_BLOCK, &block, &old);
    const int fd = ::mkstemp(name);
    if (fd >= 0 && std::strlen(name) < sizeof g_temp_path) {
      std::memcpy(g_temp_path, name, std::strlen(name) + 1);
      g_temp_set = 1;
    }
    ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
    return fd;
  }
  // Once the temp file is renamed or removed.
  void forget() { g_temp_set = 0; }

 private:
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
};

// Whether `path` (an existing file) may be written, decided as the shell's
// `>` decides it: by opening it for writing, without truncating. A 0444 file
// is refused ("Permission denied") unless we are root, as in a shell.
int writable_error(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return errno;
  ::close(fd);
  return 0;
}

}  // namespace

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

void write_file_atomically(const std::string& given_path, std::string_view content) {
  if (is_stream(given_path)) {
    int fd = ::open(given_path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) fail(given_path, errno, "");
    if (!write_all(fd, content)) {
      int err = errno;
      ::close(fd);
      fail(given_path, err, "");
    }
    if (::close(fd) != 0) fail(given_path, errno, "");
    return;
  }
  const std::string path = resolve_symlink(given_path);
  // The file replaced keeps its mode (a 0640 report stays 0640); a new one is
  // 0644, an ordinary shareable file. (The umask cannot be read without
  // changing it: process-wide state.)
  mode_t mode = 0644;
  struct stat st;
  if (::stat(path.c_str(), &st) == 0) {
    if (int err = writable_error(path)) fail(given_path, err, "");
    mode = st.st_mode & 07777;
  }
  std::string pattern = path + ".tmp.XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  TempFileGuard guard;
  int fd = guard.create(name.data());
  if (fd < 0) fail(given_path, errno, "");
  const std::string temp(name.data());
  auto give_up = [&](int err) {
    guard.forget();
    fail(given_path, err, temp);
  };
  ::fchmod(fd, mode);
  if (!write_all(fd, content)) {
    int err = errno;
    ::close(fd);
    give_up(err);
  }
  // fsync before rename: otherwise a crash can leave the new name pointing at
  // an empty file on some file systems.
  if (::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    give_up(err);
  }
  if (::close(fd) != 0) give_up(errno);
  if (::rename(temp.c_str(), path.c_str()) != 0) give_up(errno);
  guard.forget();
}

}  // namespace redhare
