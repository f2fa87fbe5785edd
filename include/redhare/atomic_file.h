// Writing a file so that readers see the old content or the new, never half.
#pragma once

#include <string>
#include <string_view>

namespace redhare {

// Writes `content` to a temp file in the same directory as `path` (so the
// rename stays on one file system), fsyncs it and renames it over `path`.
// On any failure the temp file is removed, the old file is left intact and
// std::runtime_error says "path: strerror".
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace redhare
