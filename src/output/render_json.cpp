// JSON: the header as members, every machine table as an array of objects,
// the footer as "notes". Numbers carry the CSV precision.
#include "render_parts.h"

#include <fmt/format.h>

#include "redhare/text_width.h"

namespace redhare {
namespace {

void json_string(std::string_view s, std::string& out) {
  out += '"';
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20) out += fmt::format("\\u{:04x}", c);
          else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = utf8_decode(s, i, &cp);
    // Invalid bytes would make the whole document invalid JSON.
    if (len == 1) out += "\\ufffd";
    else out.append(s.substr(i, len));
    i += len;
  }
  out += '"';
}

void json_cell(const Cell& cell, CellType type, std::string& out) {
  if (is_na(cell)) {
    out += "null";
  } else if (is_number(type)) {
    out += format_for_machines(cell, type);  // same precision as CSV
  } else if (type == CellType::kGrade) {
    json_string(format_for_machines(cell, type), out);
  } else {
    json_string(as_text(cell), out);
  }
}

}  // namespace

std::string render_json(const Report& report) {
  std::string out = "{\n";
  bool first = true;
  auto member = [&](std::string_view key) {
    out += first ? "  " : ",\n  ";
    first = false;
    json_string(key, out);
    out += ": ";
  };
  for (const auto& [key, value] : report.header) {
    member(key);
    json_string(value, out);
  }
  for (const Table& t : report.tables) {
    if (!shown(t, false)) continue;
    member(t.key);
    const std::vector<size_t> cols = machine_columns(t);
    out += "[";
    for (size_t r = 0; r < t.rows.size(); ++r) {
      out += r == 0 ? "\n    {" : ",\n    {";
      for (size_t k = 0; k < cols.size(); ++k) {
        const size_t c = cols[k];
        if (k > 0) out += ", ";
        json_string(t.columns[c].key, out);
        out += ": ";
        json_cell(t.rows[r][c], t.columns[c].type, out);
      }
      out += "}";
    }
    out += t.rows.empty() ? "]" : "\n  ]";
  }
  member("notes");
  out += "[";
  for (size_t i = 0; i < report.footer.size(); ++i) {
    out += i == 0 ? "\n    " : ",\n    ";
    json_string(report.footer[i], out);
  }
  out += report.footer.empty() ? "]" : "\n  ]";
  out += "\n}\n";
  return out;
}

}  // namespace redhare
