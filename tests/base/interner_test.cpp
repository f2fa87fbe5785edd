// Interner: dense ids in order of first appearance, stable names, and the
// corners of its arena (empty names, names that share a block or need their
// own) and of its hash (names that differ in one byte or only in length).
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "redhare/interner.h"

using namespace redhare;

TEST_CASE("interner: ids are dense and given in order of first appearance") {
  Interner in;
  CHECK(in.intern("小美") == 0);
  CHECK(in.intern("buyer") == 1);
  CHECK(in.intern("小美") == 0);  // known: same id, nothing added
  CHECK(in.intern("") == 2);      // the empty name is a name like any other
  CHECK(in.intern("") == 2);
  CHECK(in.size() == 3);
  CHECK(in.name(0) == "小美");
  CHECK(in.name(1) == "buyer");
  CHECK(in.name(2).empty());
}

TEST_CASE("interner: find knows interned names only and adds nothing") {
  Interner in;
  in.intern("a");
  Id id = 99;
  CHECK(in.find("a", &id));
  CHECK(id == 0);
  CHECK_FALSE(in.find("b", &id));
  CHECK_FALSE(in.find("", &id));
  CHECK(in.size() == 1);
}

TEST_CASE("interner: names that differ in one byte, by length or by a prefix are distinct") {
  // Every length 0-24 crosses the hash's short, 4-byte, 8-byte and
  // overlapping-tail paths; "aaaa…" of each length differ only by size.
  Interner in;
  for (int n = 0; n <= 24; ++n) CHECK(in.intern(std::string(n, 'a')) == static_cast<Id>(n));
  for (int n = 1; n <= 24; ++n) {
    std::string s(n, 'a');
    s[n - 1] = 'b';  // differs from the all-'a' name of its length in the last byte
    CHECK(in.intern(s) == static_cast<Id>(24 + n));
  }
  for (int n = 0; n <= 24; ++n) CHECK(in.name(static_cast<Id>(n)) == std::string(n, 'a'));
  CHECK(in.size() == 49);  // 25 + 24
}

TEST_CASE("interner: 200000 names survive table growth and keep their views") {
  // 200000 names of 8 + 6..11 bytes fill more than one 2 MiB block and grow
  // the table 13 times: 64 slots doubling to 524288, as three quarters of
  // 262144 (196608) are fewer than 200000. The last two tables (2 and 4
  // MiB) are the ones asked for in huge pages, from another allocation path.
  Interner in;
  std::string_view first = in.name(in.intern("buyer0"));
  for (int i = 0; i < 200000; ++i) CHECK_EQ(in.intern("buyer" + std::to_string(i)), static_cast<Id>(i));
  CHECK(in.size() == 200000);
  for (int i = 0; i < 200000; i += 997) {
    Id id = 0;
    REQUIRE(in.find("buyer" + std::to_string(i), &id));
    CHECK(id == static_cast<Id>(i));
    CHECK(in.name(id) == "buyer" + std::to_string(i));
  }
  CHECK(first == "buyer0");  // the view taken before all the growth still reads right
  CHECK(first.data() == in.name(0).data());
}

TEST_CASE("interner: a name bigger than a quarter block gets its own block") {
  Interner in;
  const std::string big(600 * 1024, 'x');  // > a quarter of a 2 MiB block
  CHECK(in.intern("small") == 0);
  CHECK(in.intern(big) == 1);
  CHECK(in.intern("after") == 2);  // starts a fresh block after the big one
  CHECK(in.intern(big) == 1);
  CHECK(in.name(0) == "small");
  CHECK(in.name(1) == big);
  CHECK(in.name(2) == "after");
}

TEST_CASE("interner: moving keeps names, ids and views") {
  Interner a;
  a.intern("x");
  std::string_view v = a.name(a.intern("y"));
  Interner b = std::move(a);
  CHECK(b.intern("y") == 1);
  CHECK(b.intern("z") == 2);
  CHECK(b.name(0) == "x");
  CHECK(v == "y");  // blocks moved with the interner, they were not copied
}

TEST_CASE("interner: after drop_index, find and intern rebuild the table and ids carry on") {
  Interner in;
  for (int i = 0; i < 1000; ++i) in.intern("c" + std::to_string(i));
  in.drop_index();
  Id id = 0;
  REQUIRE(in.find("c999", &id));  // find rebuilds
  CHECK(id == 999);
  CHECK_FALSE(in.find("c1000", &id));
  in.drop_index();
  CHECK(in.intern("c5") == 5);        // intern rebuilds; known name, same id
  CHECK(in.intern("new") == 1000);    // a new name takes the next id
  CHECK(in.name(1000) == "new");
  CHECK(in.size() == 1001);
}

TEST_CASE("interner: intern_batch gives the ids one intern() at a time gives, through growth and repeats") {
  // 5000 names in batches of odd sizes, each name seen up to three times, some
  // twice within one batch, some after drop_index: the same ids as interning
  // one by one, in order of first appearance.
  std::vector<std::string> names;
  for (int i = 0; i < 5000; ++i) names.push_back("n" + std::to_string(i * 7919 % 2000));
  Interner one, batched;
  std::vector<Id> want;
  for (const std::string& n : names) want.push_back(one.intern(n));
  std::vector<std::string_view> views(names.begin(), names.end());
  std::vector<Id> got(names.size());
  size_t done = 0;
  for (size_t step = 1; done < names.size(); step = step * 3 % 211 + 1) {
    const size_t n = std::min(step, names.size() - done);
    if (done > 3000 && done < 3100) batched.drop_index();
    batched.intern_batch(views.data() + done, n, got.data() + done);
    done += n;
  }
  CHECK(got == want);
  CHECK(batched.size() == one.size());
  for (Id id = 0; id < one.size(); ++id) CHECK(batched.name(id) == one.name(id));
}

TEST_CASE("interner: find_batch gives the ids of known names and `missing` for the rest, and adds nothing") {
  // 3000 known names (the table grew on the way), looked up with 1000 unknown
  // ones, repeats and the empty name mixed in, from two threads at once.
  Interner in;
  for (int i = 0; i < 3000; ++i) in.intern("k" + std::to_string(i));
  std::vector<std::string> names;
  std::vector<Id> want;
  for (int i = 0; i < 4000; ++i) {
    const int k = i * 7919 % 4000;
    names.push_back("k" + std::to_string(k));
    want.push_back(k < 3000 ? static_cast<Id>(k) : 77777);
  }
  names.push_back("");
  want.push_back(77777);
  std::vector<std::string_view> views(names.begin(), names.end());
  std::vector<Id> got(names.size(), 0);
  const size_t half = names.size() / 2;
  std::thread second([&] { in.find_batch(views.data() + half, views.size() - half, got.data() + half, 77777); });
  in.find_batch(views.data(), half, got.data(), 77777);
  second.join();
  CHECK(got == want);
  CHECK(in.size() == 3000);
  CHECK(in.intern("k3000") == 3000);  // the next id is as if nothing was looked up
}

TEST_CASE("interner: append_new gives new names the ids interning them would, and lookups find them after") {
  // The join of the orders' customers: look up, then add the ones not found.
  Interner joined, one;
  for (int i = 0; i < 2000; ++i) {
    joined.intern("c" + std::to_string(i));
    one.intern("c" + std::to_string(i));
  }
  std::vector<std::string> names;
  for (int i = 0; i < 3000; ++i) names.push_back("c" + std::to_string(i * 7 % 3000));  // 1000 new, interleaved
  names.push_back("");
  std::vector<Id> want;
  for (const std::string& n : names) want.push_back(one.intern(n));
  std::vector<std::string_view> views(names.begin(), names.end());
  std::vector<Id> got(views.size());
  joined.find_batch(views.data(), views.size(), got.data(), 99999);
  std::vector<std::string_view> missing;
  for (size_t i = 0; i < views.size(); ++i)
    if (got[i] == 99999) missing.push_back(views[i]);
  REQUIRE(missing.size() == 1001);
  std::vector<Id> added(missing.size());
  joined.append_new(missing.data(), missing.size(), added.data());
  size_t next = 0;
  for (Id& id : got)
    if (id == 99999) id = added[next++];
  CHECK(got == want);
  CHECK(joined.size() == one.size());
  for (size_t i = 0; i < names.size(); ++i) {
    Id id = 0;
    REQUIRE(joined.find(names[i], &id));  // the table is rebuilt with the new names
    CHECK(id == want[i]);
    CHECK(joined.name(id) == names[i]);
  }
  CHECK(joined.intern("c3000") == 3001);
}

TEST_CASE("interner: find_batch over another table's names looks up names first..first+n of it") {
  Interner here, other;
  for (int i = 0; i < 1500; ++i) here.intern("h" + std::to_string(i));
  for (int i = 0; i < 3000; ++i) other.intern("h" + std::to_string(i * 7 % 3000));  // half known here
  other.drop_index();  // only its names are read
  std::vector<Id> got(1000, 0);
  here.find_batch(other, 1200, got.size(), got.data(), 99999);
  for (size_t k = 0; k < got.size(); ++k) {
    const int i = static_cast<int>((1200 + k) * 7 % 3000);
    CAPTURE(k);
    CHECK(got[k] == (i < 1500 ? static_cast<Id>(i) : 99999u));
  }
  CHECK(here.size() == 1500);
}

TEST_CASE("interner: find_batch refuses a dropped index instead of rebuilding it behind other readers") {
  Interner in;
  in.intern("a");
  in.drop_index();
  std::string_view name = "a";
  Id id = 0;
  CHECK_THROWS_AS(in.find_batch(&name, 1, &id, 9), std::logic_error);
}

TEST_CASE("interner: prefetch adds nothing, before or after drop_index") {
  // Only a hint: a name prefetched and never interned stays unknown, and the
  // ids that follow are those without the hints.
  Interner in;
  in.prefetch("never");
  CHECK(in.intern("a") == 0);
  in.prefetch("b");
  in.prefetch("never");
  CHECK(in.intern("b") == 1);
  in.drop_index();
  in.prefetch("c");  // no table: nothing to fetch, nothing built
  Id id = 99;
  CHECK_FALSE(in.find("never", &id));
  CHECK(id == 99);
  CHECK(in.intern("c") == 2);
  CHECK(in.size() == 3);
}

TEST_CASE("interner: reserve keeps every name's id, before, after and after a dropped index") {
  Interner in;
  for (int i = 0; i < 100; ++i) CHECK(in.intern("c" + std::to_string(i)) == static_cast<Id>(i));
  in.reserve(5000);  // rehashes the 100 names into a bigger table
  for (int i = 0; i < 100; ++i) CHECK(in.intern("c" + std::to_string(i)) == static_cast<Id>(i));
  for (int i = 100; i < 5000; ++i) CHECK(in.intern("c" + std::to_string(i)) == static_cast<Id>(i));
  in.reserve(10);  // smaller than held: nothing changes
  in.drop_index();
  in.reserve(6000);  // rebuilds the dropped table first
  Id id = 0;
  for (int i = 0; i < 5000; i += 7) {
    REQUIRE(in.find("c" + std::to_string(i), &id));
    CHECK(id == static_cast<Id>(i));
  }
  CHECK(in.intern("new") == 5000);
  CHECK(in.size() == 5001);
}

TEST_CASE("few names: the ids its table gives, in order of first appearance, for names alike in size and last 8 bytes") {
  // Every name here ends in the same 8 bytes and has the same size, so all
  // share one place in the cache, more than it holds: only comparing the
  // names whole tells them apart. Short and empty names are names too.
  std::vector<std::string> names;
  for (int i = 0; i < 12; ++i) names.push_back("红兔旗舰店:" + std::string(1, static_cast<char>('a' + i)) + "-客服小美");
  for (const char* s : {"", "a", "ab", "abcdefg", "abcdefgh", "xbcdefgh"}) names.push_back(s);
  Interner direct, table;
  FewNames few(&table);
  // Each name again and again, in an order that mixes first sightings with
  // repeats: ids must be exactly what interning one at a time gives.
  for (int round = 0; round < 3; ++round)
    for (size_t k = 0; k < names.size(); ++k) {
      const std::string& name = names[(k * 7 + static_cast<size_t>(round)) % names.size()];
      CAPTURE(name);
      CHECK(few.intern(name) == direct.intern(name));
    }
  CHECK(table.size() == names.size());
  for (Id id = 0; id < table.size(); ++id) CHECK(table.name(id) == direct.name(id));
  // Names that differ only before their last 8 bytes, or only in size.
  CHECK(few.intern("abcdefgh") != few.intern("xbcdefgh"));
  CHECK(few.intern("ab") != few.intern("abcdefg"));
  CHECK(few.intern("") == direct.intern(""));
}

TEST_CASE("few names: names first interned in the table directly are found with the table's ids") {
  Interner table;
  CHECK(table.intern("红兔旗舰店:阿丽2") == 0);
  CHECK(table.intern("红兔旗舰店:小满") == 1);
  FewNames few(&table);
  CHECK(few.intern("红兔旗舰店:小满") == 1);
  CHECK(few.intern("红兔旗舰店:阿丽2") == 0);
  CHECK(few.intern("红兔旗舰店:阿丽2") == 0);  // from the cache now
  CHECK(few.intern("红兔旗舰店:阿丽3") == 2);
  CHECK(table.size() == 3);
}
