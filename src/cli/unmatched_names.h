// Names in targets, reviews or ratings that match no agent of the month's chats.
#pragma once

#include <string>

#include "redhare/figures.h"
#include "redhare/lang.h"
#include "redhare/records.h"

namespace redhare::cli {

// Without a roster (SPEC 8), a name in targets, reviews or ratings (ratings
// in the period) that no agent with
// a chat message has (an attributed order needs a chat too) is almost always
// a typo — a full-width ：that a Chinese input method types easily — and
// would make a phantom agent while the real one loses the target. A warning
// on stderr (also with -q) per name, at its first line, with the nearest
// agent name when one is one or two edits away; the first 10, then a count.
// Said in `lang`.
void warn_unmatched_names(Lang lang, const Dataset& data, const std::string& targets_file, const std::string& reviews_file);

// With a roster (SPEC 8), an agent of the month's figures who is not on it
// (a name in chats, orders, targets, reviews or ratings) is a warning on
// stderr, also with -q, per name, with the nearest roster name when one is
// one or two edits away; the first 10, then a count. Said in `lang`.
void warn_off_roster(Lang lang, const Metrics& metrics, const Dataset& data);

}  // namespace redhare::cli
