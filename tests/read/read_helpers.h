// Helpers for the read tests: a temp dir that cleans up, files written from
// literal bytes, and a ByteSource drained to a string.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "redhare/byte_source.h"

namespace redhare::test {

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/redhare-read-XXXXXX";
    path_ = ::mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string file(const std::string& name, const std::string& bytes) const {
    std::string p = path_ + "/" + name;
    std::FILE* f = std::fopen(p.c_str(), "wb");
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline std::string drain(const std::string& path, Encoding e, size_t chunk = 1 << 16) {
  ByteSource s(path, e, chunk);
  std::string out;
  char buf[7];  // odd size: read() must fill across its own chunk edges
  for (int n; (n = s.read(buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  return out;
}

}  // namespace redhare::test
