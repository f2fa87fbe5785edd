// libFuzzer target: one input file read whole, from bytes to a Dataset.
//
// The first byte picks how the bytes are read, the rest is the file:
//   bits 0-1  which file the bytes are (chats, orders, targets, reviews); the
//             other required files are header-only
//   bits 2-3  encoding: utf-8, gbk, auto (3 = auto too)
//   bit  4    lenient (--max-errors 1000) instead of strict
//   bit  5    period 2026-10 instead of all the data
//   bits 6-7  raw read size 64 KiB, 1, 3 or 7 bytes (small sizes split
//             characters, quotes and CRLFs across reads)
// Bad input must end in InputError (exit 2); any other exception, a crash, a
// sanitizer report or a broken row account is a bug.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "redhare/error.h"
#include "redhare/inputs.h"

namespace {

// An in-memory file with a path that open(2) accepts, so the reader runs
// exactly as on a real file (its own descriptor, its own offset).
class MemFile {
 public:
  MemFile(const char* name, const uint8_t* data, size_t size) : fd_(::memfd_create(name, MFD_CLOEXEC)) {
    if (fd_ < 0) std::abort();
    for (size_t done = 0; done < size;) {
      ssize_t n = ::write(fd_, data + done, size - done);
      if (n <= 0) std::abort();
      done += static_cast<size_t>(n);
    }
  }
  ~MemFile() { ::close(fd_); }
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_;
};

const char* const kHeaders[] = {
    "time,agent,customer,direction,auto,text\n",
    "order_id,customer,created,paid,amount,status,refund\n",
    "agent,target\n",
    "agent,rater,assist,execution\n",
};

void check_account(const redhare::Dataset& d, const redhare::RowErrors& errors) {
  uint64_t rejected = 0;
  for (const redhare::FileAccount& a : d.account) {
    if (a.rows_read != a.used + a.outside_period + a.duplicates + a.rejected) {
      std::fprintf(stderr, "row account broken for %s\n", a.kind.c_str());
      std::abort();
    }
    rejected += a.rejected;
  }
  if (rejected != errors.count()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  const int kind = mode & 3;
  const uint8_t* body = data + 1;
  const size_t body_size = size - 1;

  MemFile given("fuzz-input", body, body_size);
  MemFile chats("chats", reinterpret_cast<const uint8_t*>(kHeaders[0]), std::char_traits<char>::length(kHeaders[0]));
  MemFile orders("orders", reinterpret_cast<const uint8_t*>(kHeaders[1]), std::char_traits<char>::length(kHeaders[1]));
  redhare::InputFiles files;  // no roster, no ratings: those are read by fccp, not the fast path
  files.chats = chats.path();
  files.orders = orders.path();
  if (kind == 0) files.chats = given.path();
  if (kind == 1) files.orders = given.path();
  if (kind == 2) files.targets = given.path();
  if (kind == 3) files.reviews = given.path();

  redhare::ReadOptions options;
  static constexpr redhare::Encoding kEncodings[] = {redhare::Encoding::kUtf8, redhare::Encoding::kGbk,
                                                     redhare::Encoding::kAuto, redhare::Encoding::kAuto};
  options.encoding = kEncodings[(mode >> 2) & 3];
  if (mode & 0x20) options.period = redhare::parse_month("2026-10", 0);
  static constexpr size_t kChunks[] = {1 << 16, 1, 3, 7};
  options.chunk = kChunks[mode >> 6];
  redhare::RowErrors errors((mode & 0x10) ? 1000 : 0);

  try {
    redhare::Dataset d = redhare::read_inputs(files, options, errors);
    check_account(d, errors);
    (void)errors.rows();  // every rejected row, in file order
  } catch (const redhare::InputError&) {
    // Bad input, reported with its place: the expected outcome for most inputs.
  }
  return 0;
}
