#include "read_progress.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstring>

#include "redhare/progress.h"

namespace redhare::cli {

bool want_progress(int fd, const char* term, bool quiet) {
  if (quiet || (term && std::strcmp(term, "dumb") == 0)) return false;
  return ::isatty(fd) == 1;
}

uint64_t total_input_bytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const std::string& path : paths) {
    if (path.empty()) continue;  // an optional input not given
    struct stat st;
    if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return total;
}

ReadProgress::ReadProgress(uint64_t total, bool enabled) : total_(total), enabled_(enabled) {
  if (!enabled_) return;
  ticker_ = std::thread([this] {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stop_; }))
      draw(bytes_.load(std::memory_order_relaxed));
  });
}

ReadProgress::~ReadProgress() {
  if (!enabled_) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_one();
  ticker_.join();
  // The last state always, so a read that took less than one tick still shows
  // its bar when it was big; then end the line.
  uint64_t done = bytes_.load(std::memory_order_relaxed);
  draw(done);
  if (drawn_) (void)!::write(STDERR_FILENO, "\n", 1);
}

bool ReadProgress::big(uint64_t done) const {
  return total_ > kProgressThreshold || (total_ == 0 && done > kProgressThreshold);
}

void ReadProgress::draw(uint64_t done) {
  if (!big(done)) return;
  std::string line = progress_line(done, total_);
  // A failed write to the terminal is no reason to stop reading.
  (void)!::write(STDERR_FILENO, line.data(), line.size());
  drawn_ = true;
}

}  // namespace redhare::cli
