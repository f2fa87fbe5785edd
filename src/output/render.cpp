// render(): one renderer per format (render_table.cpp, render_delimited.cpp,
// render_json.cpp, render_md.cpp, html.cpp); a new format is a Format value, a file and
// a case here. What they share (cell formats, labels) is in render_parts.h.
#include "redhare/render.h"

#include "redhare/error.h"
#include "redhare/html.h"
#include "render_parts.h"

namespace redhare {

std::string render(const Report& report, const RenderOptions& options) {
  // The other formats show every table, so a --section there would be
  // silently ignored: `score --section actions` would print the scorecards
  // and exit 0. The name is checked first, so a typo is named as one.
  if (!options.section.empty() && options.format != Format::kCsv && options.format != Format::kTsv) {
    pick_section(report, options.section);
    throw UsageError(Msg(MsgId::kSectionNeedsCsv, {options.section}));
  }
  switch (options.format) {
    case Format::kTable: return render_table(report, options);
    case Format::kCsv: return render_delimited(report, options, false);
    case Format::kTsv: return render_delimited(report, options, true);
    case Format::kJson: return render_json(report);
    case Format::kMd: return render_md(report, options);
    case Format::kHtml: return render_html(report, options);
  }
  return {};
}

}  // namespace redhare
