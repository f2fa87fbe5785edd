#include "redhare/rows_digest.h"

#include <algorithm>
#include <memory>

#include "redhare/error.h"

namespace redhare {

std::string rows_digest(const std::string& path, Splitter splitter, std::vector<int> columns, size_t chunk,
                        size_t block, Simd simd) {
  std::string out;
  try {
    auto source = std::make_unique<ByteSource>(path, Encoding::kUtf8, chunk);
    source->set_simd(simd);
    CsvRows rows(path, std::move(source), splitter, block);
    for (const std::string& h : rows.header()) out += "[" + h + "]";
    out += "\n";
    size_t targets = 0;
    if (columns.empty())
      for (size_t i = 0; i < rows.header().size(); ++i) columns.push_back(static_cast<int>(i));
    for (int c : columns) targets = std::max(targets, static_cast<size_t>(c + 1));
    rows.set_columns(columns, targets);
    while (rows.next()) {
      out += std::to_string(rows.line()) + ":";
      try {
        rows.split();
        for (size_t c = 0; c < targets; ++c) out += "[" + std::string(rows.field(c)) + "]";
      } catch (const InputError& e) {
        out += std::string("error ") + e.what();
      }
      out += " <" + rows.row_text() + ">\n";
    }
  } catch (const InputError& e) {
    out += std::string("stopped: ") + e.what() + "\n";
  }
  return out;
}

}  // namespace redhare
