// HugePageAllocator: memory for big tables read and written at random
// places (the interner's lookup table, the compute's chat buckets), asked
// for in 2 MiB pages.
//
// A random place in a table of several MiB misses the TLB as well as the
// cache with 4 KiB pages. Linux often gives huge pages only to memory that
// asks (transparent huge pages set to `madvise`), so a table of 2 MiB or
// more is allocated whole huge pages, aligned to one, and advised; a smaller
// one comes from std::allocator as before. Only such tables: huge pages for
// every large allocation (the messages, read in order) cost more in clearing
// and compacting than they saved.
#pragma once

#include <cstddef>
#include <memory>

namespace redhare {

inline constexpr size_t kHugePage = size_t{2} << 20;

// At least `bytes` (>= kHugePage) in whole huge pages if the kernel has
// them, small pages if not; throws std::bad_alloc. Freed by free_huge().
void* allocate_huge(size_t bytes);
void free_huge(void* p);

template <class T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(size_t n) {
    if (n * sizeof(T) < kHugePage) return std::allocator<T>().allocate(n);
    return static_cast<T*>(allocate_huge(n * sizeof(T)));
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHugePage)
      std::allocator<T>().deallocate(p, n);
    else
      free_huge(p);
  }
  template <class U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

}  // namespace redhare
