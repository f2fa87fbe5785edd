// Writing a file so that readers see the old content or the new, never half.
#pragma once

#include <string>
#include <string_view>

namespace redhare {

// Writes `content` to a temp file in the same directory as `path` (so the
// rename stays on one file system), fsyncs it and renames it over `path`.
// On any failure the temp file is removed, the old file is left intact and
// OutputError (error.h) says "path: strerror".
// Exceptions, because a rename would be wrong there: an existing non-regular
// file (/dev/null, a FIFO, /dev/stdout) is written in place, and a symlink
// keeps pointing where it did while the file it points to is replaced (a
// dangling one: that file is created). As a shell's `>`: an existing file we
// may not write (0444, unless root) is refused ("Permission denied"); the
// file replaced keeps its mode (a new one is 0644). SIGINT / SIGTERM during
// the write removes the temp file, then ends the process as the signal would.
void write_file_atomically(const std::string& path, std::string_view content);

// write(2) until all of `data` is written, retrying on EINTR. False with errno
// set on failure.
bool write_all(int fd, std::string_view data);

}  // namespace redhare
