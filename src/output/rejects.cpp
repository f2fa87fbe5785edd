#include "redhare/rejects.h"

#include "redhare/csv_write.h"
#include "redhare/message_text.h"

namespace redhare {

std::string rejects_csv(const std::vector<RejectedRow>& rows, Lang lang) {
  std::string out = "file,line,reason,row\n";
  for (const RejectedRow& r : rows) {
    append_csv_field(&out, r.file);
    out += ',';
    out += std::to_string(r.line);
    out += ',';
    append_csv_field(&out, render_message(r.reason, lang));
    out += ',';
    append_csv_field(&out, r.row);
    out += '\n';
  }
  return out;
}

}  // namespace redhare
