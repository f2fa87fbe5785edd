// NamePairs: two names a row (a chat's agent and customer, an order's id and
// customer) kept as text until a batch of rows is interned at once. A big
// month's names do not fit in cache, and Interner::intern_batch fetches the
// slots of the names ahead while it interns one; a row at a time waits for
// memory at every name. The names are copied: a row's fields do not outlive
// it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redhare/interner.h"

namespace redhare::read_detail {

class NamePairs {
 public:
  void add(std::string_view first, std::string_view second) {
    text_.append(first);
    ends_.push_back(static_cast<uint32_t>(text_.size()));
    text_.append(second);
    ends_.push_back(static_cast<uint32_t>(text_.size()));
  }
  size_t size() const { return ends_.size() / 2; }
  void clear() {
    text_.clear();
    ends_.clear();
  }

  // What intern() gives for n rows: row i's first name and its id at i, its
  // second name and its id at n + i.
  struct Interned {
    std::vector<std::string_view> names;
    std::vector<Id> ids;
  };
  // Interns every row's first name into `first` and its second into
  // `second`, each in row order (ids in order of first appearance, as one at
  // a time would give). The names stay valid until the next add() or clear().
  void intern(Interner* first, Interner* second, Interned* out) const {
    const size_t n = views(out);
    first->intern_batch(out->names.data(), n, out->ids.data());
    second->intern_batch(out->names.data() + n, n, out->ids.data() + n);
  }
  // The same with the first names from a table of few (the chats' agents).
  void intern(FewNames* first, Interner* second, Interned* out) const {
    const size_t n = views(out);
    for (size_t i = 0; i < n; ++i) out->ids[i] = first->intern(out->names[i]);
    second->intern_batch(out->names.data() + n, n, out->ids.data() + n);
  }

 private:
  // Fills out->names (and sizes out->ids) for size() rows; returns size().
  size_t views(Interned* out) const {
    const size_t n = size();
    out->names.resize(2 * n);
    out->ids.resize(2 * n);
    uint32_t at = 0;
    for (size_t i = 0; i < n; ++i) {
      out->names[i] = std::string_view(text_).substr(at, ends_[2 * i] - at);
      out->names[n + i] = std::string_view(text_).substr(ends_[2 * i], ends_[2 * i + 1] - ends_[2 * i]);
      at = ends_[2 * i + 1];
    }
    return n;
  }

  std::string text_;
  std::vector<uint32_t> ends_;  // where each name ends in text_: row i's at 2i and 2i + 1
};

}  // namespace redhare::read_detail
