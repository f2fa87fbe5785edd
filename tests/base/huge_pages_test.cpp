// advise_huge: advice only, on memory a vector already owns.
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "redhare/huge_pages.h"

using namespace redhare;

TEST_CASE("advise_huge leaves what the memory holds, for ranges with and without a whole huge page") {
  // 6 MiB: at least two whole 2 MiB pages inside, wherever it starts.
  std::vector<uint64_t> big(kHugePage * 3 / sizeof(uint64_t));
  for (size_t i = 0; i < big.size(); ++i) big[i] = i * 2654435761u;
  std::vector<uint64_t> small(100, 7);
  advise_huge(big.data(), big.size() * sizeof(uint64_t));
  advise_huge(small.data(), small.size() * sizeof(uint64_t));  // no whole page: nothing to advise
  advise_huge(big.data() + 1, 0);
  bool same = true;
  for (size_t i = 0; i < big.size(); ++i) same = same && big[i] == i * 2654435761u;
  CHECK(same);
  CHECK(small == std::vector<uint64_t>(100, 7));
  // And it is still ordinary memory to write.
  big.back() = 1;
  CHECK(big.back() == 1);
}
