// Interner: maps names (agent accounts, customers) to dense 32-bit ids.
//
// A month holds ~10M messages but only ~150 agents and ~1M customers, so each
// message carries two small ids instead of two strings. Names live in large
// arena blocks that never move, so a std::string_view handed out stays valid
// for the interner's lifetime, and interning an already-known name allocates
// nothing.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

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
  // The id of `name` if known.
  bool find(std::string_view name, Id* id) const;
  std::string_view name(Id id) const { return names_[id]; }
  size_t size() const { return names_.size(); }

 private:
  void grow();
  std::string_view store(std::string_view name);

  std::vector<std::string_view> names_;
  std::vector<uint32_t> slots_;  // open addressing: id + 1, 0 = empty
  std::vector<uint64_t> hashes_; // hash of names_[id], so rehashing never rereads names
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* block_pos_ = nullptr;
  size_t block_left_ = 0;
};

}  // namespace redhare
