#include "redhare/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace redhare {

void* allocate_huge(size_t bytes) {
  const size_t whole = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = std::aligned_alloc(kHugePage, whole);
  if (p == nullptr) throw std::bad_alloc();
  // Only advice: without huge pages the memory is ordinary pages.
  madvise(p, whole, MADV_HUGEPAGE);
  return p;
}

void free_huge(void* p) { std::free(p); }

void advise_huge(void* p, size_t bytes) {
  const uintptr_t begin = reinterpret_cast<uintptr_t>(p);
  const uintptr_t first = (begin + kHugePage - 1) / kHugePage * kHugePage;
  const uintptr_t last = (begin + bytes) / kHugePage * kHugePage;
  if (first < last) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
}

}  // namespace redhare
