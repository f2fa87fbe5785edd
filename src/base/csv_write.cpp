#include "redhare/csv_write.h"

#include <cstring>

namespace redhare {

void append_csv_field(std::string* out, std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(value);
    return;
  }
  out->push_back('"');
  for (char c : value) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

bool looks_like_formula(std::string_view value) {
  return !value.empty() && std::strchr("=+-@\t\r", value[0]) != nullptr;
}

}  // namespace redhare
