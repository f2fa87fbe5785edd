// Interner: maps names (agent accounts, customers) to dense 32-bit ids.
//
// A month holds ~10M messages but only ~150 agents and ~1M customers, so each
// message carries two small ids instead of two strings. Names live in large
// arena blocks that never move, so a std::string_view handed out stays valid
// for the interner's lifetime, and interning an already-known name allocates
// nothing.
//
// Interning 1M customers 10M times is mostly waiting for memory, so a lookup
// touches two places: the slot (a hash tag and where the name is) and the
// name's arena entry, which starts with the name's id and size. At most 4 GiB
// of names (2048 blocks of 2 MiB).
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "redhare/huge_pages.h"
#include "redhare/strings.h"

namespace redhare {

using Id = uint32_t;

class Interner {
 public:
  Interner();
  Interner(Interner&&) noexcept;
  Interner& operator=(Interner&&) noexcept;
  Interner(const Interner&) = delete;
  Interner& operator=(const Interner&) = delete;
  ~Interner();

  // The id of `name`, adding it if new. Ids are dense and given in order of
  // first appearance: 0, 1, 2, ...
  Id intern(std::string_view name);
  // ids[i] = intern(names[i]) for i in order, but every name's slot, then
  // arena entry, is fetched before the first is compared: a 10M-message month
  // interns 1M customers that do not fit in cache, and one name at a time
  // waits for memory twice per row.
  void intern_batch(const std::string_view* names, size_t n, Id* ids);
  // ids[i] = the id of names[i] if known, else `missing`; the same fetching
  // ahead as intern_batch. It changes nothing, so several threads may look
  // up at once while none interns; the lookup table must not be dropped
  // (drop_index): rebuilding it is a change (std::logic_error).
  void find_batch(const std::string_view* names, size_t n, Id* ids, Id missing) const;
  // The same for names[i] = other.name(first + i): another table's names
  // looked up here without listing them first.
  void find_batch(const Interner& other, Id first, size_t n, Id* ids, Id missing) const;
  // ids[i] = intern(names[i]) for names known to be new and distinct (such
  // as those find_batch did not find, each once), without looking them up:
  // the lookup table is dropped instead, as by drop_index(), for a caller
  // done looking up (the next intern() or find() rebuilds it). A name
  // already known would be there twice.
  void append_new(const std::string_view* names, size_t n, Id* ids);
  // Starts fetching the slot intern(name) will look at first, and changes
  // nothing: a caller with other work before intern(name), such as the rest
  // of an order's row, waits for memory meanwhile instead of at intern().
  void prefetch(std::string_view name) const;
  // Room for `names` names in all without the table growing (rehashing)
  // on the way: for a caller that knows about how many are coming, such as
  // the orders' ids and customers, sized from the orders file's bytes.
  void reserve(size_t names);
  // The id of `name` if known.
  bool find(std::string_view name, Id* id) const;
  // Frees the lookup table; names and ids stay. For an interner done growing,
  // such as the customers once every file is read: their table is 16 MB of a
  // 10M-message month's peak. The next intern() or find() rebuilds it.
  void drop_index();
  std::string_view name(Id id) const {
    const char* e = entry(refs_[id]);
    return std::string_view(e + kHeader, read_u32(e + 4));
  }
  size_t size() const { return refs_.size(); }

 private:
  // An arena entry: [id: u32][size: u32][bytes], unaligned. A Ref names it:
  // block index << kOffsetBits | offset in the block.
  using Ref = uint32_t;
  static constexpr size_t kHeader = 8;
  static constexpr unsigned kOffsetBits = 21;
  struct Slot {
    uint32_t hash;  // 32-bit hash of the name: the probe start and a cheap first check
    Ref ref1;       // Ref + 1; 0 = empty
  };

  static uint32_t read_u32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  const char* entry(Ref ref) const {
    return blocks_[ref >> kOffsetBits].get() + (ref & ((Ref{1} << kOffsetBits) - 1));
  }
  // The slot holding `name`, or the empty slot where it would go.
  size_t probe(std::string_view name, uint32_t hash) const;
  void rebuild_index() const;  // after drop_index()
  Ref store(std::string_view name, Id id);
  Id intern_hashed(std::string_view name, uint32_t hash);
  // Calls at(i, hash of name_of(i)) for i < n in order, with the slot (and
  // the entry) of the names ahead being fetched meanwhile.
  template <class NameOf, class At>
  void pipelined(size_t n, NameOf name_of, At at) const;
  template <class NameOf>
  void find_each(size_t n, NameOf name_of, Id* ids, Id missing) const;
  void grow();
  void rehash(size_t size);  // into a table of `size` slots, a power of 2

  // Open addressing, linear probing, at most 3/4 full: a probe compares hash
  // tags, 8 slots to a cache line, so a fuller table costs little time and
  // saves half its memory at some sizes (1.04M customers: 16 MB, not 32 MB).
  // Empty only after drop_index(): mutable so that find() can rebuild it.
  // In huge pages once 2 MiB or more (huge_pages.h): every lookup is a
  // random slot.
  mutable std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<Ref> refs_;    // by id
  struct FreeBlock {
    bool huge;  // from allocate_huge, else from operator new
    void operator()(char* p) const {
      if (huge)
        free_huge(p);
      else
        ::operator delete(p);
    }
  };
  using Block = std::unique_ptr<char, FreeBlock>;
  std::vector<Block> blocks_;
  size_t block_pos_ = 0;   // next free byte in blocks_.back()
  size_t block_left_ = 0;  // free bytes in blocks_.back()
};

// FewNames: interns names from a table of few that come again on nearly
// every row (a month's ~150 agents on ~4M kept chat rows) without hashing
// each whole: a name is looked for in a small cache by its size and last 8
// bytes (where agents' names differ: "红兔旗舰店:阿丽2"), confirmed by
// comparing it whole, and only a name not there goes to the table. The
// table's own lookup (hash, probe, compare) cost ~26 ns a row even with
// every name in the L1 cache; a hit here 12-20 ns (a microbenchmark of
// the month's kept rows). Ids are the table's.
class FewNames {
 public:
  explicit FewNames(Interner* table) : table_(table), cache_(kSlots + kWays - 1) {}
  Id intern(std::string_view name) {
    const size_t n = name.size();
    const uint64_t tail = last8(name.data(), n);
    // The top bits of a multiply spread the tail over the cache.
    const size_t at = static_cast<size_t>(((tail ^ n) * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits));
    for (size_t w = 0; w < kWays; ++w) {
      const Entry& e = cache_[at + w];
      if (e.bytes == nullptr) break;  // filled in order: none after an empty one
      if (e.size == n && last8(e.bytes, n) == tail && same_head(e.bytes, name.data(), n)) return e.id;
    }
    const Id id = table_->intern(name);
    // Taken by the first empty way, else by the first: the cache only
    // spares lookups, the table decides.
    size_t w = 0;
    while (w < kWays - 1 && cache_[at + w].bytes != nullptr) ++w;
    if (cache_[at + w].bytes != nullptr) w = 0;
    const std::string_view kept = table_->name(id);  // never moves (interner.h)
    cache_[at + w] = Entry{kept.data(), static_cast<uint32_t>(n), id};
    return id;
  }

 private:
  struct Entry {
    const char* bytes = nullptr;  // the name in the table; nullptr: empty
    uint32_t size = 0;
    Id id = 0;
  };
  static constexpr unsigned kSlotBits = 10;
  static constexpr size_t kSlots = size_t{1} << kSlotBits;
  static constexpr size_t kWays = 4;  // slots looked at from the first: at + 0..3

  // The last 8 bytes, or all of a shorter name's, as a number.
  static uint64_t last8(const char* p, size_t n) {
    if (n >= 8) return load8(p + n - 8);
    uint64_t v = 0;
    if (n != 0) std::memcpy(&v, p, n);
    return v;
  }
  // The bytes before the last 8 equal (the last 8 are compared already).
  static bool same_head(const char* a, const char* b, size_t n) {
    for (size_t i = 0; i + 8 < n; i += 8)
      if (load8(a + i) != load8(b + i)) return false;
    return true;
  }

  Interner* table_;
  std::vector<Entry> cache_;
};

}  // namespace redhare
