// TEMPORARY: the explain view is being written (issue 8); this keeps the tree
// building meanwhile and says so instead of printing anything made up.
#include "redhare/explain.h"

#include "redhare/error.h"

namespace redhare {

Report explain_report(const Dataset&, const Period&, const Policy&, const std::string&,
                      const ReportContext&) {
  throw UsageError("explain: not available in this build yet (issue 8)");
}

}  // namespace redhare
