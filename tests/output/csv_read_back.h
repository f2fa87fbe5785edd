// Reads CSV text back with the project's own input reader (ByteSource +
// CsvRows, i.e. fast-cpp-csv-parser underneath), so output tests check round
// trips against a real RFC 4180 reader rather than one written for the test.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "redhare/byte_source.h"
#include "redhare/csv_rows.h"

namespace redhare::test {

// Every record, header first, each as its fields (unquoted; a UTF-8 BOM is
// dropped as for any input). The text goes through an anonymous memory file.
inline std::vector<std::vector<std::string>> read_back_csv(const std::string& text) {
  int fd = ::memfd_create("csv", 0);
  if (fd < 0 || ::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()) ||
      ::lseek(fd, 0, SEEK_SET) != 0)
    throw std::runtime_error("memfd for the CSV read-back failed");
  std::vector<std::vector<std::string>> rows;
  {
    CsvRows csv("output.csv", std::make_unique<ByteSource>(fd, "output.csv", Encoding::kUtf8));
    rows.push_back(csv.header());
    while (csv.next()) {
      csv.split();
      std::vector<std::string> row;
      for (size_t c = 0; c < csv.header().size(); ++c) row.emplace_back(csv.field(c));
      rows.push_back(std::move(row));
    }
  }
  ::close(fd);
  return rows;
}

}  // namespace redhare::test
