// libFuzzer target: one CSV file read by CsvRows twice, with the fast splitter
// (the block index and split_indexed) and with fccp's parse_line, its reference (issue 16). Both must
// give the same rows, line numbers, fields, errors and reject texts
// (rows_digest), or the target aborts.
//
// The first byte picks how: bits 0-1 the column order (all columns, the third
// then the first, the second only, the first twice over three columns), bits
// 2-3 the raw read size (64 KiB, 1, 3 or 7 bytes), bits 4-5 the fast
// splitter's read-ahead block (2 MiB, 1, 64 or 100 bytes: records, quotes and
// `""` straddle the blocks it indexes), bit 6 the fast read's vector width
// (SSE2, or the CPU's best: both of ByteSource::read_indexed's step kinds).
// The rest is the file.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "redhare/rows_digest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int fd = ::memfd_create("split", MFD_CLOEXEC);
  if (fd < 0) std::abort();
  for (size_t done = 1; done < size;) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n <= 0) std::abort();
    done += static_cast<size_t>(n);
  }
  const std::string path = "/proc/self/fd/" + std::to_string(fd);
  static const std::vector<int> kOrders[] = {{}, {2, -1, 0}, {-1, 0}, {0, -1, 1}};
  static const size_t kChunks[] = {1 << 16, 1, 3, 7};
  const std::vector<int>& columns = kOrders[data[0] & 3];
  const size_t chunk = kChunks[(data[0] >> 2) & 3];
  static const size_t kBlocks[] = {redhare::kReadBlock, 1, 64, 100};
  const size_t block = kBlocks[(data[0] >> 4) & 3];
  const std::string fccp = redhare::rows_digest(path, redhare::Splitter::kFccp, columns, chunk);
  const redhare::Simd simd = (data[0] >> 6) & 1 ? redhare::Simd::kSse2 : redhare::best_simd();
  const std::string fast = redhare::rows_digest(path, redhare::Splitter::kFast, columns, chunk, block, simd);
  ::close(fd);
  if (fast != fccp) {
    std::fprintf(stderr, "fccp:\n%s\nfast:\n%s\n", fccp.c_str(), fast.c_str());
    std::abort();
  }
  return 0;
}
