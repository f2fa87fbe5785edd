// Finding the columns of an input file by name (SPEC 1): canonical name or
// alias, case-insensitive, trimmed; policy aliases ("chats.time") add to the
// built-in ones. Extra columns are ignored.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace redhare {

struct ColumnSpec {
  std::string_view name;                  // canonical
  std::vector<std::string_view> aliases;  // built-in
  bool required;
};

// The column tables of SPEC 1, 8 and 9, by file kind: "chats", "orders",
// "targets", "reviews", "roster", "ratings".
const std::vector<ColumnSpec>& column_specs(std::string_view kind);

// The header names that mean `spec`'s column, in the order they are tried:
// the canonical name, the built-in aliases, then the policy's
// (extra_aliases["orders.paid"] for kind "orders", column "paid").
std::vector<std::string_view> column_names(std::string_view kind, const ColumnSpec& spec,
                                           const std::map<std::string, std::vector<std::string>>& extra_aliases);

// For each header field, the index of the spec it matches or -1 (what
// fccp's parse_line takes as col_order). Throws InputError when a required
// column is missing, naming the column, every name tried and the columns
// found; and when two header fields mean one column (two 方向, or 客服昵称 and
// 子账号), naming both, unless exactly one of them is a policy alias.
std::vector<int> match_columns(std::string_view kind, const std::vector<ColumnSpec>& specs,
                               const std::vector<std::string>& header,
                               const std::map<std::string, std::vector<std::string>>& extra_aliases,
                               const std::string& file);

}  // namespace redhare
