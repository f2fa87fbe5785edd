// CSV and TSV: one table (--section), every column but people-only views, numbers as machines read
// them, input text neutralised against spreadsheet formulas unless told not.
#include "render_parts.h"

#include <cstring>

#include "redhare/csv_write.h"

namespace redhare {
namespace {

// TSV has no quoting: a cell is one line. CSV quotes (RFC 4180, csv_write.h).
void append_field(std::string& out, std::string_view s, bool tsv) {
  if (tsv) out += one_line(s);
  else append_csv_field(&out, s);
}

}  // namespace

// CSV lines end in CRLF (RFC 4180); TSV lines in LF (what cut/awk expect).
std::string render_delimited(const Report& report, const RenderOptions& o, bool tsv) {
  const Table& t = pick_section(report, o.section);
  const char sep = tsv ? '\t' : ',';
  const char* eol = tsv ? "\n" : "\r\n";
  std::string out = o.bom ? "\xEF\xBB\xBF" : "";
  const std::vector<size_t> cols = machine_columns(t);
  for (size_t k = 0; k < cols.size(); ++k) {
    if (k > 0) out += sep;
    append_field(out, t.columns[cols[k]].key, tsv);
  }
  out += eol;
  for (const auto& row : t.rows) {
    for (size_t k = 0; k < cols.size(); ++k) {
      const size_t c = cols[k];
      if (k > 0) out += sep;
      std::string v = format_for_machines(row[c], t.columns[c].type);
      // Only text from the inputs can be hostile (csv_write.h); our numbers
      // never are (and "-3.00" must stay a number).
      if (o.sanitize && t.columns[c].from_input && looks_like_formula(v)) v.insert(0, "'");
      append_field(out, v, tsv);
    }
    out += eol;
  }
  return out;
}

}  // namespace redhare
