// The names nearest to a name that matched nothing: for "did you mean" hints
// (explain --agent, a target or review for an agent with no chats). A typo
// in a Chinese name is one character — a full-width ：for :, 大百 for 大白 —
// so distances count code points, not bytes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace redhare {

// Levenshtein distance in code points (a Chinese character is one edit, not
// three bytes). Bytes that are not UTF-8 count one each.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidates nearest to `name` at most `max_edits` edits away (and fewer
// edits than `name` has characters, so 小王 is not "near" 小李), as a whole
// or after a shop prefix (红兔旗舰店:大百 and 大百 are both near
// 红兔旗舰店:大白). Only those at the smallest distance, sorted; none when
// nothing is that close.
std::vector<std::string_view> nearest_names(std::string_view name, const std::vector<std::string_view>& candidates,
                                            size_t max_edits);

}  // namespace redhare
