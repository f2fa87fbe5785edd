#include "redhare/nearest.h"

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

namespace redhare {
namespace {

using Names = std::vector<std::string_view>;

TEST_CASE("edit distance counts characters, not bytes") {
  CHECK(edit_distance("大白", "大百") == 1);  // 3 bytes differ, one character
  CHECK(edit_distance("店铺：小王", "店铺:小王") == 1);
  CHECK(edit_distance("", "小美") == 2);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("小美", "小美") == 0);
}

TEST_CASE("the nearest name to a full-width colon typo is the agent with the ASCII colon") {
  const Names agents = {"店铺:小李", "店铺:小王", "红兔旗舰店:大白"};
  CHECK(nearest_names("店铺：小王", agents, 2) == Names{"店铺:小王"});
  CHECK(nearest_names("红兔旗舰店:大百", agents, 2) == Names{"红兔旗舰店:大白"});
  CHECK(nearest_names("大百", agents, 2) == Names{"红兔旗舰店:大白"});  // the part after the shop prefix
}

TEST_CASE("nearest names: only the closest, only within the edits allowed, never a wholly different name") {
  const Names agents = {"abcdef", "abcxyz", "abzzzz"};
  CHECK(nearest_names("abcdeg", agents, 2) == Names{"abcdef"});      // 1 beats 3
  CHECK(nearest_names("qqqqqq", agents, 2).empty());                // more than 2 edits from all
  CHECK(nearest_names("幽灵", {"小美", "阿强"}, 2).empty());          // 2 edits: the whole name
  CHECK(nearest_names("abcdeg", {"abcdeh", "abcdef"}, 2) == Names{"abcdef", "abcdeh"});  // ties, sorted
}

}  // namespace
}  // namespace redhare
