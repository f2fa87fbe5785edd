#include "redhare/no_zero_construct.h"

#include <doctest/doctest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace redhare {
namespace {

// The smallest allocator built on it, as ByteSource's and the figures'
// buckets are: std::allocator's memory, NoZeroConstruct's construct().
template <class T>
struct Unzeroing : NoZeroConstruct {
  using value_type = T;
  Unzeroing() = default;
  template <class U>
  Unzeroing(const Unzeroing<U>&) {}
  T* allocate(size_t n) { return std::allocator<T>().allocate(n); }
  void deallocate(T* p, size_t n) { std::allocator<T>().deallocate(p, n); }
  friend bool operator==(Unzeroing, Unzeroing) { return true; }
};

TEST_CASE("NoZeroConstruct: construct() with no value leaves the bytes as they were, with one it writes it") {
  Unzeroing<unsigned char> a;
  unsigned char buf[4];
  std::memset(buf, 0xAB, sizeof buf);
  std::allocator_traits<Unzeroing<unsigned char>>::construct(a, &buf[1]);
  CHECK(buf[1] == 0xAB);  // a std::allocator would have written 0 here
  std::allocator_traits<Unzeroing<unsigned char>>::construct(a, &buf[2], static_cast<unsigned char>(7));
  CHECK(buf[2] == 7);
  CHECK(buf[0] == 0xAB);
  CHECK(buf[3] == 0xAB);
}

TEST_CASE("NoZeroConstruct: a vector of objects with constructors still constructs them") {
  // Only trivially constructible elements skip their zeroing; a string is
  // default-constructed as ever, and values given are copied in.
  std::vector<std::string, Unzeroing<std::string>> v(3);
  CHECK(v[0].empty());
  v.emplace_back("shop");
  v.resize(6);
  CHECK(v[3] == "shop");
  CHECK(v[5].empty());
}

}  // namespace
}  // namespace redhare
