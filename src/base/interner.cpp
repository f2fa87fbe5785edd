#include "redhare/interner.h"

#include <cstring>

namespace redhare {
namespace {

constexpr size_t kBlockSize = 1 << 20;

// FNV-1a: short keys (account names), no allocation, good enough spread for
// an open-addressing table that is kept at most half full.
uint64_t hash_name(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

}  // namespace

Interner::Interner() : slots_(64, 0) {}
Interner::Interner(Interner&&) noexcept = default;
Interner& Interner::operator=(Interner&&) noexcept = default;
Interner::~Interner() = default;

std::string_view Interner::store(std::string_view name) {
  if (name.size() > block_left_) {
    size_t size = name.size() > kBlockSize / 4 ? name.size() : kBlockSize;
    blocks_.push_back(std::make_unique<char[]>(size));
    block_pos_ = blocks_.back().get();
    block_left_ = size;
  }
  if (!name.empty()) std::memcpy(block_pos_, name.data(), name.size());
  std::string_view stored(block_pos_, name.size());
  block_pos_ += name.size();
  block_left_ -= name.size();
  return stored;
}

bool Interner::find(std::string_view name, Id* id) const {
  const size_t mask = slots_.size() - 1;
  uint64_t h = hash_name(name);
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t slot = slots_[i];
    if (slot == 0) return false;
    if (hashes_[slot - 1] == h && names_[slot - 1] == name) {
      *id = slot - 1;
      return true;
    }
  }
}

Id Interner::intern(std::string_view name) {
  const size_t mask = slots_.size() - 1;
  uint64_t h = hash_name(name);
  size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    uint32_t slot = slots_[i];
    if (slot == 0) break;
    if (hashes_[slot - 1] == h && names_[slot - 1] == name) return slot - 1;
  }
  Id id = static_cast<Id>(names_.size());
  names_.push_back(store(name));
  hashes_.push_back(h);
  slots_[i] = id + 1;
  if (names_.size() * 2 > slots_.size()) grow();
  return id;
}

void Interner::grow() {
  std::vector<uint32_t> bigger(slots_.size() * 2, 0);
  const size_t mask = bigger.size() - 1;
  for (Id id = 0; id < names_.size(); ++id) {
    size_t i = hashes_[id] & mask;
    while (bigger[i] != 0) i = (i + 1) & mask;
    bigger[i] = id + 1;
  }
  slots_.swap(bigger);
}

}  // namespace redhare
