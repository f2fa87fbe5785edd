#include "redhare/progress.h"

#include <algorithm>

#include <fmt/format.h>

namespace redhare {

std::string progress_line(uint64_t done, uint64_t total, int bar_width) {
  constexpr double kMB = 1024.0 * 1024.0;
  if (total == 0) return fmt::format("\r{:.1f} MB", static_cast<double>(done) / kMB);
  done = std::min(done, total);
  // Integer arithmetic: the bar never shows full before the last byte.
  int filled = static_cast<int>(done * static_cast<uint64_t>(bar_width) / total);
  int percent = static_cast<int>(done * 100 / total);
  return fmt::format("\r[{}{}] {:3}%  {:.1f}/{:.1f} MB", std::string(filled, '#'),
                     std::string(bar_width - filled, '-'), percent,
                     static_cast<double>(done) / kMB, static_cast<double>(total) / kMB);
}

}  // namespace redhare
