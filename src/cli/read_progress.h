// A progress bar on stderr while big inputs are read (issue 5).
//
// Only for people watching: the CLI turns it on when stderr is a terminal and
// -q is not given, so cron mails and log files never fill with carriage
// returns. Small inputs read in a blink and get no bar either.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace redhare::cli {

// Inputs smaller than this read in about a second: a bar would only flicker.
inline constexpr uint64_t kProgressThreshold = 50ull * 1024 * 1024;

// Whether to draw at all: stderr (`fd`) is a terminal that can overdraw a line
// (TERM is not "dumb": Emacs shells and the like print each CR as a new line)
// and -q was not given.
bool want_progress(int fd, const char* term, bool quiet);

// The bytes the inputs hold, or 0 when one of them has no known size (stdin,
// a pipe): then the bar shows only the bytes read.
uint64_t total_input_bytes(const std::vector<std::string>& paths);

// While alive, redraws progress_line() from counter() about four times a
// second on its own thread. The bar shows when `total` exceeds the threshold,
// or, with an unknown total, once that many bytes have been read. The
// destructor draws the final state and ends the line, so whatever follows on
// stderr (an error, a note) starts on a line of its own.
class ReadProgress {
 public:
  ReadProgress(uint64_t total, bool enabled);
  ~ReadProgress();
  ReadProgress(const ReadProgress&) = delete;
  ReadProgress& operator=(const ReadProgress&) = delete;

  // The counter to hand to ReadOptions::bytes_read; null when disabled.
  std::atomic<uint64_t>* counter() { return enabled_ ? &bytes_ : nullptr; }

 private:
  bool big(uint64_t done) const;
  void draw(uint64_t done);

  const uint64_t total_;
  const bool enabled_;
  std::atomic<uint64_t> bytes_{0};
  bool drawn_ = false;  // touched by the ticker thread, then by the destructor after join
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread ticker_;
};

}  // namespace redhare::cli
