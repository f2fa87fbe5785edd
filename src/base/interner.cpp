#include "redhare/interner.h"

#include "redhare/strings.h"

#include <algorithm>
#include <stdexcept>

namespace redhare {
namespace {

// A big table's names are read at random (each lookup compares one), so
// its blocks are whole huge pages (huge_pages.h): 16 MB of a month's
// customers in 4 KiB pages missed the TLB on nearly every lookup. The first
// block is small and ordinary: most interners (agents, statuses) never
// fill it, and a huge page each would cost 2 MiB of memory apiece.
constexpr size_t kFirstBlock = size_t{64} << 10;
constexpr size_t kBlockSize = kHugePage;
constexpr size_t kMaxBlocks = size_t{1} << 11;  // 32-bit Ref: 11 bits of block, 21 of offset
static_assert(kBlockSize == size_t{1} << 21);

uint64_t mix(uint64_t h) {  // splitmix64's finalizer: every input bit moves every output bit
  h ^= h >> 30;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 31);
}

// Eight bytes at a time (a customer nick is one or two words), where FNV-1a
// spent a dependent multiply per byte. Short tails are read as overlapping
// words; the size is mixed in so that overlaps cannot make two names equal.
uint32_t hash_name(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  if (n >= 8) {
    for (; n > 8; p += 8, n -= 8) h = (h ^ load8(p)) * 0xFF51AFD7ED558CCDull;
    h = (h ^ load8(p + n - 8)) * 0xFF51AFD7ED558CCDull;  // the last (maybe overlapping) word
  } else if (n >= 4) {
    h ^= (load4(p) << 32) | load4(p + n - 4);
  } else if (n > 0) {
    const auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    h ^= byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
  }
  h = mix(h);
  return static_cast<uint32_t>(h ^ (h >> 32));
}

}  // namespace

Interner::Interner() : slots_(64, Slot{0, 0}) {}
Interner::Interner(Interner&&) noexcept = default;
Interner& Interner::operator=(Interner&&) noexcept = default;
Interner::~Interner() = default;

Interner::Ref Interner::store(std::string_view name, Id id) {
  const size_t need = kHeader + name.size();
  if (need > block_left_) {
    if (blocks_.size() == kMaxBlocks) throw std::length_error("interner: more than 4 GiB of names");
    // A name too big to share a block (over a quarter of it) gets one of
    // its own; the next small name then starts a fresh block (rare: records
    // are at most 1 MiB).
    const size_t usual = blocks_.empty() ? kFirstBlock : kBlockSize;
    const bool own = need > usual / 4;
    const size_t size = own ? need : usual;
    const bool huge = size >= kHugePage;
    // Written before read: neither zeroed.
    blocks_.push_back(Block(static_cast<char*>(huge ? allocate_huge(size) : ::operator new(size)), FreeBlock{huge}));
    block_pos_ = 0;
    block_left_ = own ? 0 : size;
  }
  char* e = blocks_.back().get() + block_pos_;
  const uint32_t size = static_cast<uint32_t>(name.size());
  std::memcpy(e, &id, 4);
  std::memcpy(e + 4, &size, 4);
  if (!name.empty()) std::memcpy(e + kHeader, name.data(), name.size());
  const Ref ref = static_cast<Ref>((blocks_.size() - 1) << kOffsetBits | block_pos_);
  block_pos_ += need;
  block_left_ -= std::min(block_left_, need);
  return ref;
}

size_t Interner::probe(std::string_view name, uint32_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.ref1 == 0) return i;
    if (s.hash != hash) continue;
    const char* e = entry(s.ref1 - 1);
    // memcmp with a null pointer is undefined even for size 0, and an empty
    // string_view may carry one.
    if (read_u32(e + 4) == name.size() &&
        (name.empty() || std::memcmp(e + kHeader, name.data(), name.size()) == 0))
      return i;
  }
}

void Interner::drop_index() { decltype(slots_)().swap(slots_); }

// The smallest table at most 3/4 full, every name hashed again.
void Interner::rebuild_index() const {
  size_t size = 64;
  while (refs_.size() * 4 > size * 3) size *= 2;
  slots_.assign(size, Slot{0, 0});
  for (Id id = 0; id < refs_.size(); ++id) {
    const std::string_view n = name(id);
    const uint32_t hash = hash_name(n);
    slots_[probe(n, hash)] = Slot{hash, refs_[id] + 1};
  }
}

bool Interner::find(std::string_view name, Id* id) const {
  if (slots_.empty()) rebuild_index();
  const Slot& s = slots_[probe(name, hash_name(name))];
  if (s.ref1 == 0) return false;
  *id = read_u32(entry(s.ref1 - 1));
  return true;
}

void Interner::prefetch(std::string_view name) const {
  if (slots_.empty()) return;  // dropped: intern() rebuilds it first
  __builtin_prefetch(&slots_[hash_name(name) & (slots_.size() - 1)]);
}

Id Interner::intern(std::string_view name) {
  if (slots_.empty()) rebuild_index();
  return intern_hashed(name, hash_name(name));
}

// A rolling pipeline over the names: while name i is interned (or looked
// up), the entry of name i + kAhead (whose slot is in cache by now) and the
// slot of name i + 2 * kAhead are being fetched. Fetching 64 slots, then 64
// entries, then interning 64 waited for memory three times per 64 names; this
// keeps the misses in flight all the time. The fetches are only hints:
// interning may grow the table in between, and then a hint is just wasted.
template <class NameOf, class At>
void Interner::pipelined(size_t n, NameOf name_of, At at) const {
  constexpr size_t kAhead = 16;
  constexpr size_t kRing = 4 * kAhead;  // > 2 * kAhead hashes live at once
  uint32_t hashes[kRing];
  auto fetch_slot = [&](size_t j) {
    const uint32_t h = hash_name(name_of(j));
    hashes[j % kRing] = h;
    __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
  };
  auto fetch_entry = [&](size_t j) {
    const uint32_t h = hashes[j % kRing];
    const Slot& s = slots_[h & (slots_.size() - 1)];
    // A later probe step is rare at 3/4 full: only the first slot is looked at.
    if (s.ref1 != 0 && s.hash == h) __builtin_prefetch(entry(s.ref1 - 1));
  };
  for (size_t j = 0; j < std::min(n, 2 * kAhead); ++j) fetch_slot(j);
  for (size_t j = 0; j < std::min(n, kAhead); ++j) fetch_entry(j);
  for (size_t i = 0; i < n; ++i) {
    if (i + 2 * kAhead < n) fetch_slot(i + 2 * kAhead);
    if (i + kAhead < n) fetch_entry(i + kAhead);
    at(i, hashes[i % kRing]);
  }
}

void Interner::intern_batch(const std::string_view* names, size_t n, Id* ids) {
  if (slots_.empty()) rebuild_index();
  pipelined(
      n, [names](size_t i) { return names[i]; },
      [&](size_t i, uint32_t hash) { ids[i] = intern_hashed(names[i], hash); });
}

template <class NameOf>
void Interner::find_each(size_t n, NameOf name_of, Id* ids, Id missing) const {
  if (slots_.empty()) throw std::logic_error("interner: find_batch after drop_index");
  pipelined(n, name_of, [&](size_t i, uint32_t hash) {
    const Slot& s = slots_[probe(name_of(i), hash)];
    ids[i] = s.ref1 == 0 ? missing : read_u32(entry(s.ref1 - 1));
  });
}

void Interner::find_batch(const std::string_view* names, size_t n, Id* ids, Id missing) const {
  find_each(n, [names](size_t i) { return names[i]; }, ids, missing);
}

void Interner::find_batch(const Interner& other, Id first, size_t n, Id* ids, Id missing) const {
  find_each(n, [&other, first](size_t i) { return other.name(first + static_cast<Id>(i)); }, ids, missing);
}

void Interner::append_new(const std::string_view* names, size_t n, Id* ids) {
  drop_index();
  // Doubling, not exact: a caller appending a few names at a time (the
  // ratings' raters, one a row) would otherwise copy every ref every time.
  if (refs_.size() + n > refs_.capacity()) refs_.reserve(std::max(refs_.size() + n, 2 * refs_.capacity()));
  for (size_t i = 0; i < n; ++i) {
    ids[i] = static_cast<Id>(refs_.size());
    refs_.push_back(store(names[i], ids[i]));
  }
}

Id Interner::intern_hashed(std::string_view name, uint32_t hash) {
  Slot& s = slots_[probe(name, hash)];
  if (s.ref1 != 0) return read_u32(entry(s.ref1 - 1));
  const Id id = static_cast<Id>(refs_.size());
  const Ref ref = store(name, id);
  refs_.push_back(ref);
  s = Slot{hash, ref + 1};
  if (refs_.size() * 4 > slots_.size() * 3) grow();
  return id;
}

void Interner::grow() { rehash(slots_.size() * 2); }

void Interner::reserve(size_t names) {
  if (slots_.empty()) rebuild_index();
  size_t size = slots_.size();
  while (names * 4 > size * 3) size *= 2;
  if (size > slots_.size()) rehash(size);
  refs_.reserve(names);
}

// Rehashing moves slots only: the stored hash says where each goes, so no
// name is read again.
void Interner::rehash(size_t size) {
  decltype(slots_) bigger(size, Slot{0, 0});
  const size_t mask = bigger.size() - 1;
  for (const Slot& s : slots_) {
    if (s.ref1 == 0) continue;
    size_t i = s.hash & mask;
    while (bigger[i].ref1 != 0) i = (i + 1) & mask;
    bigger[i] = s;
  }
  slots_.swap(bigger);
}

}  // namespace redhare
