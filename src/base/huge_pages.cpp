#include "redhare/huge_pages.h"

#include <sys/mman.h>

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

}  // namespace redhare
