#include "redhare/rejects.h"

#include "redhare/csv_write.h"
#include "redhare/message_text.h"

namespace redhare {
namespace {

// `neutral`: text from the input files (the file name, the row) gets a '
// before a leading = + - @ tab or CR, as in redhare's CSV output, so a
// rejected row `@SUM(...)` opened in a spreadsheet is text, not a formula.
void append_cell(std::string* out, std::string_view v, bool neutral) {
  if (neutral && looks_like_formula(v)) {
    std::string quoted = "'";
    quoted.append(v);
    append_csv_field(out, quoted);
  } else {
    append_csv_field(out, v);
  }
}

}  // namespace

// CRLF like every CSV redhare writes (RFC 4180); newlines inside a row's
// quoted text stay as they were read.
std::string rejects_csv(const std::vector<RejectedRow>& rows, Lang lang, bool sanitize) {
  std::string out = "file,line,reason,row\r\n";
  for (const RejectedRow& r : rows) {
    append_cell(&out, r.file, sanitize);
    out += ',';
    out += std::to_string(r.line);
    out += ',';
    append_csv_field(&out, render_message(r.reason, lang));
    out += ',';
    append_cell(&out, r.row, sanitize);
    out += "\r\n";
  }
  return out;
}

}  // namespace redhare
