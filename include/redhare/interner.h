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

}  // namespace redhare
