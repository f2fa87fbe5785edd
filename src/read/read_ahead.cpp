#include "redhare/read_ahead.h"

#include <utility>

namespace redhare {

ReadAhead::ReadAhead(std::function<int(char*)> read) : read_(std::move(read)), thread_([this] { run(); }) {}

ReadAhead::~ReadAhead() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void ReadAhead::start(char* into) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    into_ = into;
  }
  busy_ = true;
  cv_.notify_all();
}

int ReadAhead::wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  cv_.wait(lock, [this] { return done_; });
  done_ = false;
  busy_ = false;
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  return result_;
}

void ReadAhead::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    // A read asked for is finished even when stopping: it writes into the
    // caller's buffer, which must not be freed under it.
    cv_.wait(lock, [this] { return into_ != nullptr || stop_; });
    if (!into_) return;
    char* into = std::exchange(into_, nullptr);
    lock.unlock();
    int result = 0;
    std::exception_ptr error;
    try {
      result = read_(into);
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    result_ = result;
    error_ = error;
    done_ = true;
    cv_.notify_all();
  }
}

}  // namespace redhare
