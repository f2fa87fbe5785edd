// Guards on the files a run writes (SPEC 6): no output may be one of the
// run's inputs, nor two outputs one file. Checked before anything is read.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace redhare::cli {

// (option, path) pairs, e.g. {"--chats", "chats.csv"}. Empty paths and "-"
// are skipped.
using NamedFiles = std::vector<std::pair<std::string, std::string>>;

// Throws UsageError when an output names the same file as an input or as
// another output. Files are compared by identity (device and inode), so
// `./chats.csv`, `chats.csv` and a symlink to it are one file. Only regular
// files are compared (/dev/null given as two outputs harms nothing); two
// outputs that do not exist yet are compared by their absolute paths.
void refuse_outputs_over_inputs(const NamedFiles& inputs, const NamedFiles& outputs);

// Throws OutputError "path: why" when `path` cannot be written: it is a
// folder, or it (or, when it does not exist, its folder) is not writable.
// A folder that does not exist is fine when `folder_is_created` (a --save's
// history folder). Catches the usual mistakes before a long read, or before
// a second output is committed; the write itself still reports the rest.
void check_can_write(const std::string& path, bool folder_is_created = false);

struct Options;

// The checks above for a command's options: -o, --rejects and, with --save,
// the month's history file (`month` when given: `--month last` resolved;
// else --month YYYY-MM), against --chats, --orders, --targets, --reviews,
// --roster, --ratings, --policy and the saved months of --history (which
// score, pay, awards and review read); and that --rejects can be written
// (UsageError "--rejects path: why").
void refuse_bad_outputs(const Options& o, const std::string& month = "");

}  // namespace redhare::cli
