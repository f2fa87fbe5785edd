// ByteSource: the bytes of one input file as clean UTF-8 records, fed to
// fast-cpp-csv-parser's io::LineReader.
//
// LineReader splits on '\n' only and knows nothing of quotes, encodings or
// stdin, so this source does that work while the bytes stream past once:
//   - reads the file (or stdin for "-") in chunks, never the whole file;
//   - drops a UTF-8 BOM, decodes GBK/GB18030 with iconv, validates UTF-8;
//   - replaces a newline inside a quoted field by kPlaceholder (0x1F), so
//     LineReader sees exactly one line per CSV record; the record reader turns
//     it back into '\n' and counts it to know the physical line of each record;
//   - ends the stream with '\n' (LineReader mishandles a missing final newline).
// Errors (bad bytes, unclosed quote, overlong record) are InputError with the
// physical line. For CsvRows' fast splitter, read_indexed() does all of this
// for a UTF-8 file in one pass per 64 bytes over the block the file is read
// into, and indexes the fields too; read() stays for fccp's path and GBK, and
// is read_indexed()'s reference (tests/read/csv_rows_diff_test.cpp).
// CsvRows calls read() or read_indexed() from its read-ahead thread: this
// object's state is only touched there.
#pragma once

#include <iconv.h>

#include <atomic>
#include <cstdint>
#include <exception>
#include <limits>  // first: libfccp/csv.h uses numeric_limits without including it
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <libfccp/csv.h>

#include "redhare/csv_split.h"
#include "redhare/message.h"
#include "redhare/no_zero_construct.h"
#include "redhare/simd.h"

namespace redhare {

enum class Encoding { kUtf8, kGbk, kAuto };

// "utf-8" / "utf8", "gbk" / "gb18030", "auto" (case-insensitive); throws
// UsageError otherwise.
Encoding parse_encoding(std::string_view text);

inline constexpr char kPlaceholder = '\x1F';
inline constexpr size_t kMaxRecordBytes = 1 << 20;
inline constexpr size_t kMaxCharBytes = 4;  // the longest UTF-8 or GB18030 character

class ByteSource : public io::ByteSourceBase {
 public:
  // Opens `path` ("-" = stdin). `chunk` is the raw read size (tests make it tiny
  // to split multi-byte characters across reads).
  ByteSource(const std::string& path, Encoding encoding, size_t chunk = 1 << 16);
  // Reads from an open descriptor that stays the caller's (not closed).
  ByteSource(int fd, std::string name, Encoding encoding, size_t chunk = 1 << 16);
  ~ByteSource() override;
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Fills `buffer` completely unless the stream ends, or it stops short
  // before a record with bad bytes; the next read then throws that error. A
  // read that returns 0 is the end.
  int read(char* buffer, int size) override;

  // read() for the block index (CsvRows' fast splitter), in one pass: reads
  // up to `size` bytes straight into buf + at (the file's bytes are not
  // copied again) and, 64 bytes at a time while they are in registers,
  // checks them (UTF-8, NUL, 0x1F, record length), makes quoted newlines
  // placeholders and finds the field ends into *index with `indexer`, which
  // then holds buf[at, at + returned) as index() would. Rows, lines and errors
  // are read()'s: a block stops short before a record with bad bytes, and the
  // next call throws. A character cut by the block's end waits for the next
  // block, so up to kMaxCharBytes bytes past `size` may be written; indexing
  // reads up to kSplitPadding bytes past those. GBK goes through read().
  int read_indexed(char* buf, size_t at, int size, BlockIndexer* indexer, BlockIndex* index);

  // From now on adds every raw byte read to *counter, for a progress display
  // (the counter may be shared by sources on other threads). Null = off.
  void count_raw_bytes(std::atomic<uint64_t>* counter) { counter_ = counter; }
  // The scan's vector width (best_simd() by default); tests run both.
  void set_simd(Simd simd) { simd_ = simd; }

 private:
  bool refill();                       // fill(), handing out the records before an error first
  bool fill();                         // produces more of out_; false at the end
  size_t read_raw();                   // appends up to chunk_ raw bytes; 0 at EOF
  void decide_encoding();              // kAuto -> kUtf8 / kGbk from the first bytes
  void scan(const char* p, size_t n);  // appends to out_, then mark()s it
  void mark(char* p, size_t n);        // quote state, placeholders (in place), checks
  // read_indexed()'s parts: more bytes for a block (those read before
  // first, then the file); the steps over b[from, limit) (whole steps,
  // stopped at the first that holds something unusual); the byte-exact
  // checks of what the steps left.
  size_t next_bytes(char* p, size_t most);
  size_t read_file(char* p, size_t want);  // one read(2); 0 at EOF
  size_t one_pass(char* b, size_t from, size_t limit, size_t at, BlockIndexer* indexer, BlockIndex* index,
                  bool* stopped);
  void check_rest(char* b, size_t from, size_t n);
  bool more() const { return raw_pos_ < raw_.size() || !eof_; }
  [[noreturn]] void fail(uint64_t line, Msg what) const;

  std::string name_;
  int fd_ = -1;
  bool owns_fd_ = false;
  Encoding encoding_;
  size_t chunk_;
  iconv_t cd_ = reinterpret_cast<iconv_t>(-1);
  std::atomic<uint64_t>* counter_ = nullptr;
  Simd simd_ = best_simd();

  // Bytes that are written before they are read: resize() leaves them as
  // they are instead of zeroing each 64 KiB read first (800 MB of memset for
  // a big month's chats), and a buffer starts on a 64-byte line, where the
  // kernel's copy into it is fastest.
  template <class T>
  struct ByteAllocator : NoZeroConstruct {
    using value_type = T;
    ByteAllocator() = default;
    template <class U>
    ByteAllocator(const ByteAllocator<U>&) {}
    T* allocate(size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t{64})); }
    void deallocate(T* p, size_t) { ::operator delete(p, std::align_val_t{64}); }
    friend bool operator==(ByteAllocator, ByteAllocator) { return true; }
  };
  using Bytes = std::vector<char, ByteAllocator<char>>;

  Bytes raw_;      // undecoded bytes (a split character's tail stays here)
  size_t raw_pos_ = 0;  // read_indexed(): raw_[0, raw_pos_) are in blocks already
  Bytes decoded_;  // GBK -> UTF-8 output of one chunk
  Bytes out_;      // scanned bytes not yet handed out (swapped with raw_: same type)
  size_t out_pos_ = 0;
  uint64_t fill_start_ = 0;  // stream offset of out_[0]
  std::exception_ptr held_;  // an error met after the bytes still in out_
  bool started_ = false;
  bool eof_ = false;
  bool finished_ = false;

  uint64_t line_ = 1;         // physical line of the next byte
  uint64_t quote_line_ = 0;   // where the open quote started
  uint64_t record_line_ = 1;  // where the current record started
  bool in_quote_ = false;
  uint64_t emitted_ = 0;       // bytes scanned so far
  uint64_t record_begin_ = 0;  // offset where the current record starts
  char last_ = '\n';           // last byte emitted
};

}  // namespace redhare
