// The rejects file (--rejects, SPEC 6): the rows a lenient run skipped, with
// why, in the run's language. RowErrors (read stage) keeps the rows and the
// reasons as messages; the words are put in here, in the output stage.
#pragma once

#include <string>
#include <vector>

#include "redhare/lang.h"
#include "redhare/row_errors.h"

namespace redhare {

// `file,line,reason,row` with a header, RFC 4180 quoting (csv_write.h), CRLF
// line ends; `reason` in `lang`, `row` the record as read. `sanitize`: a '
// before a file or row cell that looks like a formula (csv_write.h; off with
// --no-sanitize), as in redhare's CSV output.
std::string rejects_csv(const std::vector<RejectedRow>& rows, Lang lang, bool sanitize = true);

}  // namespace redhare
