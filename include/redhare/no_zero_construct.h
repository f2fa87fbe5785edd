// NoZeroConstruct: a base for allocators of buffers that are written before
// they are read. std::vector::resize() value-initialises (zeroes) every new
// element through the allocator's construct(); this construct()
// default-initialises instead, so a resize over bytes about to be written
// by a read() or a scatter costs nothing per element.
#pragma once

#include <new>
#include <utility>

namespace redhare {

struct NoZeroConstruct {
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;  // default-initialised: no zero
  }
  template <class U, class... A>
  void construct(U* p, A&&... a) {
    ::new (static_cast<void*>(p)) U(std::forward<A>(a)...);
  }
};

}  // namespace redhare
