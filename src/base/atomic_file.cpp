#include "redhare/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace redhare {

namespace {

[[noreturn]] void fail(const std::string& path, int err, const std::string& temp) {
  if (!temp.empty()) ::unlink(temp.c_str());
  throw std::runtime_error(path + ": " + std::strerror(err));
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
  std::string pattern = path + ".tmp.XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) fail(path, errno, "");
  const std::string temp(name.data());
  // mkstemp creates 0600; a results file is an ordinary shareable file.
  // (Reading the umask would mean changing it: process-wide state.)
  ::fchmod(fd, 0644);
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      fail(path, err, temp);
    }
    done += static_cast<size_t>(n);
  }
  // fsync before rename: otherwise a crash can leave the new name pointing at
  // an empty file on some file systems.
  if (::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    fail(path, err, temp);
  }
  if (::close(fd) != 0) fail(path, errno, temp);
  if (::rename(temp.c_str(), path.c_str()) != 0) fail(path, errno, temp);
}

}  // namespace redhare
