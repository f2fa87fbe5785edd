#include "redhare/atomic_file.h"

#include "redhare/error.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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
// link into a copy.
std::string resolve_symlink(const std::string& path) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  char buf[PATH_MAX];
  if (::realpath(path.c_str(), buf) == nullptr) return path;  // dangling: replace the link
  return buf;
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
  std::string pattern = path + ".tmp.XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) fail(given_path, errno, "");
  const std::string temp(name.data());
  // mkstemp creates 0600; a results file is an ordinary shareable file.
  // (Reading the umask would mean changing it: process-wide state.)
  ::fchmod(fd, 0644);
  if (!write_all(fd, content)) {
    int err = errno;
    ::close(fd);
    fail(given_path, err, temp);
  }
  // fsync before rename: otherwise a crash can leave the new name pointing at
  // an empty file on some file systems.
  if (::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    fail(given_path, err, temp);
  }
  if (::close(fd) != 0) fail(given_path, errno, temp);
  if (::rename(temp.c_str(), path.c_str()) != 0) fail(given_path, errno, temp);
}

}  // namespace redhare
