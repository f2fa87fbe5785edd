// ReadAhead: one thread that runs a block read while the caller parses the
// block before. It lives as long as its CsvRows: a month's chats are ~400
// blocks, and a thread started per block (std::async) cost a start, a stop and
// a cold stack each time.
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace redhare {

class ReadAhead {
 public:
  // `read(into)` fills `into` and returns the bytes read, or throws.
  explicit ReadAhead(std::function<int(char*)> read);
  // Waits for a read still running (its result or error is dropped).
  ~ReadAhead();
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // Starts reading into `into`. Not while busy().
  void start(char* into);
  // A read was started and its result not yet taken.
  bool busy() const { return busy_; }
  // The started read's result; rethrows its error.
  int wait();

 private:
  void run();

  std::function<int(char*)> read_;
  std::mutex mutex_;
  std::condition_variable cv_;
  char* into_ = nullptr;  // a read asked for, not yet begun
  bool done_ = false;     // a result (or error) waits to be taken
  bool stop_ = false;
  int result_ = 0;
  std::exception_ptr error_;
  bool busy_ = false;  // the caller's view: only touched by the caller
  std::thread thread_;  // last: started once everything above exists
};

}  // namespace redhare
