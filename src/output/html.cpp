// `--format html`: the month report as one self-contained page (SPEC 11).
//
// Everything the page says comes from the Report: tables, header facts,
// footer lines, and the chart facts of add_score_charts (Audience::kCharts).
// Numbers are shown as the terminal table shows them, and every number cell
// carries the CSV text in data-v, so the page and `--format csv` can be
// compared cell by cell and a table can be sorted by its true values.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "redhare/html.h"
#include "redhare/render.h"
#include "redhare/scoring.h"
#include "redhare/svg.h"
#include "redhare/text_width.h"
#include "pay_words.h"
#include "render_parts.h"
#include "table_words.h"
#include "view_parts.h"
#include "words.h"

namespace redhare {
namespace {

using svg::escape;
using svg::num;

using table_words::Label;

// The page's own words (headings, chart labels, table_words.h); everything
// else is the Report's.
const char* w(Lang lang, Label label) { return table_words::text(label, lang); }

// Grades, best first, as Grade's order. Colours from the Okabe-Ito palette
// (distinct for the common colour-blindnesses), and a shape and the grade's
// name beside every coloured mark, so a grey printout still says it.
struct GradeStyle {
  const char* color;
  const char* tint;  // the band behind the bars
  const char* shape;
};
constexpr GradeStyle kGradeStyle[] = {
    {"#0072B2", "#dcebf5", "\u2605"},  // ★ outstanding
    {"#56B4E9", "#e8f4fb", "\u25B2"},  // ▲ excellent
    {"#009E73", "#e3f3ee", "\u25CF"},  // ● average
    {"#E69F00", "#fbf0d9", "\u25C6"},  // ◆ needs improvement
    {"#D55E00", "#f8e3d6", "\u2716"},  // ✖ urgent
};
constexpr size_t kGrades = std::size(kGradeStyle);

const GradeStyle& style(Grade g) { return kGradeStyle[static_cast<size_t>(g)]; }

std::string grade_name(Grade g, Lang lang) { return words::grade(g, lang); }

// A kGrade cell holds the Grade's value (view_parts.h grade_cell).
std::optional<Grade> grade_of(const Cell& c) {
  if (std::holds_alternative<int64_t>(c)) return view_parts::cell_grade(c);
  return std::nullopt;
}

bool is_na(const Cell& c) {
  if (std::holds_alternative<std::monostate>(c)) return true;
  auto d = std::get_if<double>(&c);
  return d && !std::isfinite(*d);
}
double as_double(const Cell& c) {
  if (auto d = std::get_if<double>(&c)) return *d;
  if (auto i = std::get_if<int64_t>(&c)) return static_cast<double>(*i);
  return 0;
}
std::string as_text(const Cell& c) {
  if (auto s = std::get_if<std::string>(&c)) return *s;
  return {};
}

const Table* find_table(const Report& r, const std::string& key) {
  for (const Table& t : r.tables)
    if (t.key == key) return &t;
  return nullptr;
}
std::optional<size_t> find_column(const Table& t, const std::string& key) {
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i].key == key) return i;
  return std::nullopt;
}
bool for_people(const Table& t) { return t.audience == Audience::kAll || t.audience == Audience::kPeople; }

// A name cut to `columns` display columns for a chart label (the table row
// it links to has it whole).
std::string cut(const std::string& s, size_t columns) { return truncate_to_width(s, columns); }

// --- style and script ----------------------------------------------------------

constexpr const char* kCss = R"(
:root{--ink:#1f2933;--mute:#616e7c;--rule:#d9e2ec;--bg:#fff}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1240px;padding:20px 28px;color:var(--ink);background:var(--bg);
font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
h1{font-size:22px;margin:0 0 6px}h2{font-size:18px;margin:26px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
h3{font-size:15px;margin:18px 0 6px}
.facts{display:flex;flex-wrap:wrap;gap:4px 22px;margin:0 0 8px;color:var(--mute)}
.facts div{white-space:nowrap}.facts dt{display:inline;font-weight:600;color:var(--ink)}.facts dt::after{content:": "}
.facts dd{display:inline;margin:0}
.summary{margin:4px 0 10px;color:var(--mute)}
.row{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
svg{display:block;max-width:100%;height:auto;font-family:inherit}
svg text{font-size:12px;fill:var(--ink)}svg .mute{fill:var(--mute)}svg a:hover text{text-decoration:underline}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:12px;color:var(--mute);margin:4px 0 10px}
.legend b{font-weight:600}
table{border-collapse:collapse;margin:6px 0 14px;font-size:13px}
th,td{padding:3px 8px;border-bottom:1px solid var(--rule);text-align:left;white-space:nowrap}
th{background:#f0f4f8;font-weight:600;position:sticky;top:0;white-space:normal;vertical-align:bottom}
th.s{cursor:pointer}th.s::after{content:"\00A0\21C5";color:#9aa5b1;font-weight:400}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr:target{background:#fff3c4}
tr.total td{font-weight:700;border-top:2px solid var(--ink)}
.wide{overflow-x:auto}
.g{font-weight:600}
.lines{list-style:none;padding:0;margin:6px 0 14px}
.lines li{padding:3px 0;border-bottom:1px dotted var(--rule)}
.lines .who{font-weight:600}.lines .amt{font-variant-numeric:tabular-nums;font-weight:600;margin:0 6px}
.plus{color:#0b6e4f}.minus{color:#b3261e}svg .plus{fill:#0b6e4f}svg .minus{fill:#b3261e}
.notes{white-space:pre-wrap;font-family:"Noto Sans Mono CJK SC",ui-monospace,monospace;font-size:12.5px;
background:#f7f9fb;border:1px solid var(--rule);padding:8px 10px;margin:6px 0 14px}
footer{margin-top:24px;color:var(--mute);font-size:12px}
@page{size:A4 landscape;margin:10mm}
@media print{
body{max-width:none;padding:0;font-size:10px;line-height:1.3}
h1{font-size:16px}h2{margin:0 0 4px;font-size:14px}h3{margin:8px 0 3px;font-size:12px}
.summary,.legend{margin:2px 0 4px}
svg.board{width:92%}svg.dist{width:40%}.legend,.facts{font-size:9px}footer{display:none}
.lines{margin:2px 0}.lines li{padding:0;font-size:9.5px}
section.group+section.group{break-before:page}
tr,li,svg,.legend{break-inside:avoid}
thead{display:table-header-group}
th{position:static}
.wide{overflow:visible}
table{font-size:9px;margin:4px 0 8px}th,td{padding:1px 5px}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)";

// Optional: sorts a table by a clicked header (numbers by their data-v). The
// page is complete without it.
constexpr const char* kScript = R"(
document.querySelectorAll('table.sortable th').forEach(function(th,i){
th.classList.add('s');th.addEventListener('click',function(){
var tb=th.closest('table').tBodies[0],rows=Array.from(tb.rows).filter(function(r){return !r.classList.contains('total')});
var up=th.dataset.dir!=='up';th.dataset.dir=up?'up':'down';
function key(r){var c=r.cells[i],v=c&&c.dataset.v;return v!==undefined&&v!==''?parseFloat(v):(c?c.textContent:'')}
rows.sort(function(a,b){var x=key(a),y=key(b),d=typeof x==='number'&&typeof y==='number'?x-y:String(x).localeCompare(String(y));return up?d:-d});
var total=tb.querySelector('tr.total');rows.forEach(function(r){tb.insertBefore(r,total)});});});
)";

// --- tables ----------------------------------------------------------------------

std::string grade_badge(Grade g, Lang lang) {
  return fmt::format(R"(<span class="g" style="color:{}">{} {}</span>)", style(g).color, style(g).shape,
                     escape(grade_name(g, lang)));
}

void cell_html(const Cell& cell, const Column& col, Lang lang, std::string& out) {
  if (is_number(col.type)) {
    out += fmt::format(R"(<td class="n" data-v="{}">{}</td>)", escape(format_for_machines(cell, col.type)),
                       escape(format_for_people(cell, col.type, lang)));
    return;
  }
  if (col.type == CellType::kGrade && !is_na(cell)) {
    if (std::optional<Grade> g = grade_of(cell)) {
      out += "<td>" + grade_badge(*g, lang) + (view_parts::cell_grade_moved(cell) ? view_parts::kMovedMark : "") +
             "</td>";
      return;
    }
  }
  out += "<td>" + escape(format_for_people(cell, col.type, lang)) + "</td>";
}

// A row of our own totals reads as one (the pay sheet's total word, in any
// language, in its first cell).
bool is_total_row(const std::vector<Cell>& row) {
  if (row.empty()) return false;
  std::string first = as_text(row.front());
  for (Lang lang : kLangs)
    if (first == pay_words::of(lang)->total) return true;
  return false;
}

// `rows`: indexes into t.rows (all when empty and `all_rows`); `ids`: an
// anchor per row ("a3") so the charts link to the rows behind them.
void table_html(const Table& t, const std::vector<size_t>& rows, Lang lang, std::string& out,
                const std::vector<std::string>& ids = {}) {
  std::vector<size_t> cols;
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (!t.columns[i].detail_only) cols.push_back(i);
  out += R"(<div class="wide"><table class="sortable"><thead><tr>)";
  for (size_t c : cols)
    out += fmt::format(R"(<th{} data-k="{}">{}</th>)", is_number(t.columns[c].type) ? R"( class="n")" : "",
                       escape(t.columns[c].key), escape(label(t.columns[c], lang)));
  out += "</tr></thead><tbody>\n";
  for (size_t k = 0; k < rows.size(); ++k) {
    const std::vector<Cell>& row = t.rows[rows[k]];
    out += "<tr";
    if (k < ids.size()) out += fmt::format(R"( id="{}")", ids[k]);
    if (is_total_row(row)) out += R"( class="total")";
    out += ">";
    for (size_t c : cols) cell_html(row[c], t.columns[c], lang, out);
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
}

std::vector<size_t> all_rows(const Table& t) {
  std::vector<size_t> rows(t.rows.size());
  for (size_t i = 0; i < rows.size(); ++i) rows[i] = i;
  return rows;
}

// --- the score page --------------------------------------------------------------

struct Bands {
  std::vector<double> thresholds;  // lowest score of each grade but the last, best first
  std::vector<std::optional<double>> cap_share;  // per grade
};

Bands read_bands(const Report& r) {
  Bands b;
  b.cap_share.assign(kGrades, std::nullopt);
  const Table* t = find_table(r, "grade_bands");
  if (!t) return b;
  for (size_t i = 0; i < t->rows.size() && i < kGrades; ++i) {
    if (i + 1 < t->rows.size()) b.thresholds.push_back(as_double(t->rows[i][1]));
    if (!is_na(t->rows[i][2])) b.cap_share[i] = as_double(t->rows[i][2]);
  }
  return b;
}

// One agent as the charts see it.
struct AgentRow {
  size_t row = 0;  // in the scores table
  std::string name;
  std::string anchor;
  double score = 0;
  std::string score_text;
  std::optional<Grade> grade;
  bool ranked = false;
  std::optional<double> median, p90;
  std::vector<double> trail;  // history scores, oldest first, this month last
  Cell change;
};

struct Group {
  std::string name;  // empty: the shop's single group
  std::vector<AgentRow> agents;
};

std::string signed_change(const Cell& change, Lang lang) {
  if (is_na(change)) return "";
  double v = as_double(change);
  std::string mag = format_for_people(Cell{std::fabs(v)}, CellType::kNumber, lang);
  if (mag == "0.0") return "\u00b10.0";
  return (v > 0 ? "+" : "\u2212") + mag;
}

constexpr int kRowsPerChart = 28;  // one printed page's worth of bars
constexpr double kRowH = 22;
constexpr double kTop = 26;
constexpr double kSparkSpan = 20;

// The leaderboard: name, score bar over the grade bands, score and grade,
// response-time range (median to p90), and with history the trend and change.
// Drawn in chunks of kRowsPerChart rows so that printing never cuts a row.
void leaderboard_svg(const Group& g, const Bands& bands, bool trends, Lang lang, std::string& out) {
  const double name_w = 190, bar_x = 200, bar_w = 480, label_x = bar_x + bar_w + 8;
  const double resp_x = label_x + 200, resp_w = 150, resp_label_x = resp_x + resp_w + 10;
  const double trend_x = resp_label_x + 110, trend_w = 110;
  const double width = trends ? trend_x + trend_w + 60 : resp_label_x + 110;
  const svg::Scale score_scale{0, 100, bar_w};
  double resp_max = 0;
  for (const AgentRow& a : g.agents)
    if (a.p90) resp_max = std::max(resp_max, *a.p90);
  // A round top for the response axis: 10 s steps up to a minute, then 30 s.
  double step = resp_max <= 60 ? 10 : 30;
  resp_max = std::max(step, std::ceil(resp_max / step) * step);
  const svg::Scale resp_scale{0, resp_max, resp_w};
  std::vector<svg::Band> band_list = svg::grade_bands(bands.thresholds, score_scale);
  for (size_t first = 0; first < g.agents.size(); first += kRowsPerChart) {
    size_t last = std::min(g.agents.size(), first + kRowsPerChart);
    double height = kTop + kRowH * static_cast<double>(last - first) + 6;
    out += fmt::format(R"(<svg class="board" viewBox="0 0 {} {}" width="{}" height="{}" role="img" )"
                       R"(aria-label="{}" xmlns="http://www.w3.org/2000/svg">)",
                       num(width), num(height), num(width), num(height),
                       escape(w(lang, Label::kPageScoresByAgent)));
    // Bands behind the bars, each with its threshold at the top.
    for (const svg::Band& b : band_list) {
      out += fmt::format(R"(<rect class="band" x="{}" y="{}" width="{}" height="{}" fill="{}"/>)",
                         num(bar_x + b.x0), num(kTop - 6), num(b.x1 - b.x0), num(height - kTop + 6),
                         kGradeStyle[std::min(b.grade, kGrades - 1)].tint);
      if (b.grade < bands.thresholds.size())
        out += fmt::format(R"(<text class="mute" x="{}" y="14" text-anchor="middle">{} {}</text>)",
                           num(bar_x + b.x0), kGradeStyle[b.grade].shape, num(bands.thresholds[b.grade]));
    }
    out += fmt::format(R"(<text class="mute" x="{}" y="14" text-anchor="end">0</text>)", num(bar_x - 2));
    out += fmt::format(R"(<text class="mute" x="{}" y="14">{}</text>)", num(label_x),
                       escape(w(lang, Label::kPageScoreGrade)));
    out += fmt::format(R"(<text class="mute" x="{}" y="14">{}</text>)", num(resp_x),
                       escape(fmt::format(fmt::runtime(w(lang, Label::kPageResponseAxis)),
                                          num(resp_max))));
    if (trends)
      out += fmt::format(R"(<text class="mute" x="{}" y="14">{}</text>)", num(trend_x),
                         escape(w(lang, Label::kPageMonthsVsLast)));
    for (size_t i = first; i < last; ++i) {
      const AgentRow& a = g.agents[i];
      double y = kTop + kRowH * static_cast<double>(i - first);
      double mid = y + kRowH / 2;
      const GradeStyle& st = a.grade ? style(*a.grade) : kGradeStyle[kGrades - 1];
      out += fmt::format(R"(<g class="agent"><title>{}</title><a href="#{}">)", escape(a.name), a.anchor);
      out += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text></a>)", num(name_w), num(mid + 4),
                         escape(cut(a.name, 26)));
      out += fmt::format(R"(<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="{}"{}/>)", num(bar_x),
                         num(y + 4), num(score_scale.at(a.score)), num(kRowH - 8), st.color,
                         a.ranked ? "" : R"( fill-opacity="0.45")");
      std::string grade = a.grade ? fmt::format("{} {}", st.shape, grade_name(*a.grade, lang)) : "";
      // Moved down by the forced distribution: the bar stands in a better
      // band than its grade.
      if (a.grade && static_cast<size_t>(*a.grade) > 0 && static_cast<size_t>(*a.grade) <= bands.thresholds.size() &&
          a.score >= bands.thresholds[static_cast<size_t>(*a.grade) - 1] - 1e-9)
        grade += " \u2193";
      out += fmt::format(R"(<text x="{}" y="{}"><tspan font-weight="600">{}</tspan> <tspan fill="{}">{}</tspan>{}</text>)",
                         num(label_x), num(mid + 4), escape(a.score_text), st.color, escape(grade),
                         a.ranked ? "" : escape(w(lang, Label::kPageNotRanked)));
      // Response range: a line from median to p90, a dot at the median.
      if (a.median && a.p90) {
        double x0 = resp_x + resp_scale.at(*a.median), x1 = resp_x + resp_scale.at(*a.p90);
        out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#52606d" stroke-width="3" stroke-linecap="round"/>)",
                           num(x0), num(mid), num(std::max(x1, x0 + 1)), num(mid));
        out += fmt::format(R"(<circle cx="{}" cy="{}" r="4" fill="#fff" stroke="#1f2933" stroke-width="2"/>)", num(x0),
                           num(mid));
        out += fmt::format(R"(<text class="mute" x="{}" y="{}">{}–{}s</text>)", num(resp_label_x), num(mid + 4),
                           escape(format_for_people(Cell{*a.median}, CellType::kNumber, lang)),
                           escape(format_for_people(Cell{*a.p90}, CellType::kNumber, lang)));
      } else {
        out += fmt::format(R"(<text class="mute" x="{}" y="{}">—</text>)", num(resp_x), num(mid + 4));
      }
      if (trends) {
        // Each line over its own scores, at least kSparkSpan points tall: on
        // 0-100 a month's few points of change would be a flat line, and one
        // span for most agents keeps their slopes comparable.
        double lo = *std::min_element(a.trail.begin(), a.trail.end());
        double hi = *std::max_element(a.trail.begin(), a.trail.end());
        if (hi - lo < kSparkSpan) {
          double centre = (hi + lo) / 2;
          lo = centre - kSparkSpan / 2;
          hi = centre + kSparkSpan / 2;
        }
        std::vector<svg::Point> pts = svg::sparkline(a.trail, trend_w, kRowH - 8, lo, hi);
        std::string poly;
        for (const svg::Point& p : pts) poly += (poly.empty() ? "" : " ") + num(trend_x + p.x) + "," + num(y + 4 + p.y);
        out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="#f7f9fb"/>)", num(trend_x), num(y + 4),
                           num(trend_w), num(kRowH - 8));
        if (pts.size() > 1)
          out += fmt::format(R"(<polyline class="spark" points="{}" fill="none" stroke="#1f2933" stroke-width="1.5"/>)", poly);
        if (!pts.empty())
          out += fmt::format(R"(<circle cx="{}" cy="{}" r="2.5" fill="{}"/>)", num(trend_x + pts.back().x),
                             num(y + 4 + pts.back().y), st.color);
        std::string change = signed_change(a.change, lang);
        if (!change.empty())
          out += fmt::format(R"(<text class="change {}" x="{}" y="{}" font-weight="600">{}</text>)",
                             change.rfind("\u00b1", 0) == 0 ? "same" : as_double(a.change) > 0 ? "plus" : "minus",
                             num(trend_x + trend_w + 8), num(mid + 4),
                             escape(change));
      }
      out += "</g>\n";
    }
    out += "</svg>\n";
  }
}

// The grade distribution of the group against the forced-distribution caps:
// ranked agents solid, not ranked light; a dashed line at each cap.
void distribution_svg(const Group& g, const Bands& bands, Lang lang, std::string& out) {
  int ranked_n = 0;
  int ranked[kGrades] = {}, unranked[kGrades] = {};
  for (const AgentRow& a : g.agents) {
    if (!a.grade) continue;
    (a.ranked ? ranked : unranked)[static_cast<size_t>(*a.grade)]++;
    ranked_n += a.ranked;
  }
  int most = 1;
  for (size_t i = 0; i < kGrades; ++i) most = std::max(most, ranked[i] + unranked[i]);
  const double label_w = 150, bar_w = 300, row_h = 24, width = label_w + bar_w + 150;
  const double height = row_h * kGrades + 8;
  const svg::Scale scale{0, static_cast<double>(most), bar_w};
  out += fmt::format(R"(<svg class="dist" viewBox="0 0 {0} {1}" width="{0}" height="{1}" role="img" aria-label="{2}" )"
                     R"(xmlns="http://www.w3.org/2000/svg">)",
                     num(width), num(height), escape(w(lang, Label::kPageGradeDistribution)));
  for (size_t i = 0; i < kGrades; ++i) {
    double y = row_h * static_cast<double>(i) + 4, mid = y + row_h / 2;
    const GradeStyle& st = kGradeStyle[i];
    Grade grade = static_cast<Grade>(i);
    out += fmt::format(R"(<text x="{}" y="{}" text-anchor="end"><tspan fill="{}">{}</tspan> {}</text>)", num(label_w - 8),
                       num(mid + 4), st.color, st.shape, escape(grade_name(grade, lang)));
    double x_ranked = scale.at(ranked[i]), x_all = scale.at(ranked[i] + unranked[i]);
    out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>)", num(label_w), num(y + 3),
                       num(x_ranked), num(row_h - 6), st.color);
    if (unranked[i] > 0)
      out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="0.35"/>)",
                         num(label_w + x_ranked), num(y + 3), num(x_all - x_ranked), num(row_h - 6), st.color);
    std::string count = std::to_string(ranked[i]);
    if (unranked[i] > 0)
      count += fmt::format(fmt::runtime(w(lang, Label::kPageNotRankedCount)), unranked[i]);
    std::string cap_text;
    if (bands.cap_share[i]) {
      // The forced distribution's rule (SPEC 5): share × ranked, rounded down.
      int cap = static_cast<int>(std::floor(*bands.cap_share[i] * ranked_n + 1e-9));
      double x = label_w + scale.at(cap);
      out += fmt::format(R"(<line class="cap" x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#1f2933" stroke-width="2" )"
                         R"(stroke-dasharray="4 3"/>)",
                         num(x), num(y), num(y + row_h));
      cap_text = fmt::format(fmt::runtime(w(lang, Label::kPageCap)), cap,
                             format_for_people(Cell{*bands.cap_share[i]}, CellType::kRate, lang), ranked_n);
    }
    out += fmt::format(R"(<text x="{}" y="{}">{}<tspan class="mute">{}</tspan></text>)", num(label_w + x_all + 6),
                       num(mid + 4), escape(count), escape(cap_text));
  }
  out += "</svg>\n";
}

void legend_html(const Bands& bands, Lang lang, std::string& out) {
  out += R"(<div class="legend">)";
  for (size_t i = 0; i < kGrades; ++i) {
    std::string range = i < bands.thresholds.size() ? "\u2265" + num(bands.thresholds[i])
                                                    : (bands.thresholds.empty() ? "" : "<" + num(bands.thresholds.back()));
    out += fmt::format(R"(<span><b style="color:{}">{} {}</b> {}</span>)", kGradeStyle[i].color, kGradeStyle[i].shape,
                       escape(grade_name(static_cast<Grade>(i), lang)), escape(range));
  }
  out += fmt::format("<span>{}</span></div>\n",
                     escape(w(lang, Label::kPageLegend)));
}

// The consequence lines of the group's agents, from the actions table (the
// same lines the terminal prints under the table).
void lines_html(const Table& actions, const std::vector<std::string>& agents, Lang lang, std::string& out) {
  std::vector<size_t> rows;
  for (size_t r = 0; r < actions.rows.size(); ++r)
    if (std::find(agents.begin(), agents.end(), as_text(actions.rows[r][0])) != agents.end()) rows.push_back(r);
  out += fmt::format("<h3>{}</h3>\n", escape(title(actions, lang)));
  if (rows.empty()) {
    out += fmt::format(R"(<p class="summary">{}</p>)", escape(w(lang, Label::kPageNoLines)));
    return;
  }
  out += R"(<ul class="lines">)";
  for (size_t r : rows) {
    const std::vector<Cell>& row = actions.rows[r];
    std::string amount;
    if (!is_na(row[2])) {
      int64_t fen = std::get<int64_t>(row[2]);
      amount = fmt::format(R"(<span class="amt {}" data-v="{}">{}{}</span>)", fen > 0 ? "plus" : "minus",
                           format_for_machines(row[2], CellType::kMoney), fen > 0 ? "+" : "",
                           escape(format_money(fen, true)));
    }
    std::string why = as_text(row[4]);
    out += fmt::format(R"(<li><span class="who">{}</span>{} {}{}</li>)", escape(as_text(row[0])),
                       amount.empty() ? " " : amount, escape(as_text(row[3])),
                       why.empty() ? "" : " \u2014 " + escape(why));
    out += "\n";
  }
  out += "</ul>\n";
}

void score_page(const Report& r, const Table& scores, Lang lang, std::string& out) {
  const Bands bands = read_bands(r);
  auto col = [&](const char* key) { return find_column(scores, key); };
  auto c_agent = col("agent"), c_score = col("score"), c_grade = col("grade"), c_rank = col("rank");
  auto c_median = col("resp_median_s"), c_p90 = col("resp_p90_s");
  auto c_dept = col("department"), c_role = col("role");

  std::map<std::string, std::vector<double>> trails;
  if (const Table* h = find_table(r, "history"))
    for (const auto& row : h->rows) trails[as_text(row[0])].push_back(as_double(row[2]));
  std::map<std::string, Cell> changes;
  const Table* trend = find_table(r, "trend");
  if (trend)
    for (const auto& row : trend->rows) changes[as_text(row[0])] = row[1];
  const bool trends = find_table(r, "history") != nullptr;

  // Ranking groups (SPEC 8): one per (department, role) in the order they
  // first appear, when the table has those columns.
  std::vector<Group> groups;
  for (size_t i = 0; i < scores.rows.size(); ++i) {
    const auto& row = scores.rows[i];
    std::string name;
    if (c_dept && c_role) {
      std::string dept = format_for_people(row[*c_dept], scores.columns[*c_dept].type, lang);
      // The role column holds the stable key; people read the role's word.
      std::string role = format_for_people(row[*c_role], scores.columns[*c_role].type, lang);
      std::optional<Role> r = role_from_key(role);
      if (r) role = words::role(*r, lang);
      // The shop's single group (every run without a roster) keeps the plain
      // title; agents not on the roster have no role, only the group's word.
      if (dept == kOffRosterDepartment)
        name = words::group_name(GroupKey{"", Role::kPresales, true}, lang);
      else if (!dept.empty() || r != Role::kPresales)
        name = (dept.empty() ? std::string(words::of(lang)->group.shop) : dept) + " \u00b7 " + role;
    }
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.name == name; });
    if (it == groups.end()) it = groups.insert(groups.end(), Group{name, {}});
    AgentRow a;
    a.row = i;
    a.name = c_agent ? as_text(row[*c_agent]) : "";
    a.anchor = fmt::format("a{}", i + 1);
    if (c_score) {
      a.score = as_double(row[*c_score]);
      a.score_text = format_for_people(row[*c_score], CellType::kNumber, lang);
    }
    if (c_grade && !is_na(row[*c_grade])) a.grade = grade_of(row[*c_grade]);
    a.ranked = c_rank && !is_na(row[*c_rank]);
    if (c_median && !is_na(row[*c_median])) a.median = as_double(row[*c_median]);
    if (c_p90 && !is_na(row[*c_p90])) a.p90 = as_double(row[*c_p90]);
    if (trends) {
      a.trail = trails[a.name];
      if (a.trail.empty()) a.trail.push_back(a.score);
      a.change = changes[a.name];
    }
    it->agents.push_back(std::move(a));
  }

  const Table* actions = find_table(r, "actions");
  for (const Group& g : groups) {
    out += R"(<section class="group">)";
    int ranked = 0;
    for (const AgentRow& a : g.agents) ranked += a.ranked;
    std::string heading = g.name.empty() ? title(scores, lang) : g.name;
    out += fmt::format("<h2>{}</h2>\n", escape(heading));
    out += fmt::format(R"(<p class="summary">{}</p>)",
                       escape(fmt::format(fmt::runtime(w(lang, Label::kPageAgentsRanked)),
                                          g.agents.size(), ranked)));
    legend_html(bands, lang, out);
    leaderboard_svg(g, bands, trends, lang, out);
    out += fmt::format("<h3>{}</h3>\n", escape(w(lang, Label::kPageGradeCaps)));
    distribution_svg(g, bands, lang, out);
    if (!g.name.empty()) out += fmt::format("<h3>{}</h3>\n", escape(title(scores, lang)));
    std::vector<size_t> rows;
    std::vector<std::string> ids, names;
    for (const AgentRow& a : g.agents) {
      rows.push_back(a.row);
      ids.push_back(a.anchor);
      names.push_back(a.name);
    }
    table_html(scores, rows, lang, out, ids);
    // Why the group has no rank-based lines (min_group, not on the roster).
    if (const Table* notes = find_table(r, "group_notes"); notes && c_dept && c_role && !g.agents.empty()) {
      const auto& first = scores.rows[g.agents.front().row];
      for (const auto& note : notes->rows)
        if (as_text(note[0]) == as_text(first[*c_dept]) && as_text(note[1]) == as_text(first[*c_role]))
          out += fmt::format(R"(<p class="summary">{}</p>)", escape(as_text(note[2]))) + "\n";
    }
    if (actions) lines_html(*actions, names, lang, out);
    out += "</section>\n";
  }
}

// --- explain ---------------------------------------------------------------------

// Minutes since 1970 of "YYYY-MM-DD HH:MM:SS" (any other text: nullopt).
std::optional<double> minutes_of(const std::string& s) {
  int y, mo, d, h, mi, se;
  if (std::sscanf(s.c_str(), "%d-%d-%d %d:%d:%d", &y, &mo, &d, &h, &mi, &se) != 6) return std::nullopt;
  // Days from civil (H. Hinnant).
  y -= mo <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  double days = era * 146097.0 + doe - 719468;
  return days * 1440 + h * 60 + mi + se / 60.0;
}

// Each turn of the agent at its start time, as high as its response took;
// unanswered turns as a cross along the top.
void timeline_svg(const Table& turns, Lang lang, std::string& out) {
  auto c_start = find_column(turns, "start"), c_resp = find_column(turns, "response_s");
  if (!c_start || !c_resp || turns.rows.empty()) return;
  std::vector<std::pair<double, std::optional<double>>> points;
  double t0 = 0, t1 = 0, top = 0;
  for (const auto& row : turns.rows) {
    std::optional<double> t = minutes_of(as_text(row[*c_start]));
    if (!t) continue;
    std::optional<double> resp;
    if (!is_na(row[*c_resp])) resp = as_double(row[*c_resp]);
    if (points.empty() || *t < t0) t0 = *t;
    if (points.empty() || *t > t1) t1 = *t;
    if (resp) top = std::max(top, *resp);
    points.push_back({*t, resp});
  }
  if (points.empty()) return;
  double step = top <= 60 ? 10 : top <= 300 ? 60 : 300;
  top = std::max(step, std::ceil(top / step) * step);
  const double left = 60, plot_w = 1060, plot_h = 180, width = left + plot_w + 20, height = plot_h + 50;
  const svg::Scale xs{t0, t1 > t0 ? t1 : t0 + 1, plot_w};
  const svg::Scale ys{0, top, plot_h};
  out += fmt::format("<h3>{}</h3>\n", escape(w(lang, Label::kPageResponseTimesHeading)));
  out += fmt::format(R"(<svg class="timeline" viewBox="0 0 {0} {1}" width="{0}" height="{1}" role="img" aria-label="{2}" )"
                     R"(xmlns="http://www.w3.org/2000/svg">)",
                     num(width), num(height), escape(w(lang, Label::kPageResponseTimes)));
  const double base = 20 + plot_h;
  for (double v = 0; v <= top + 1e-9; v += step) {
    double y = base - ys.at(v);
    out += fmt::format(R"(<line x1="{0}" x2="{1}" y1="{2}" y2="{2}" stroke="#d9e2ec"/>)", num(left), num(left + plot_w), num(y));
    out += fmt::format(R"(<text class="mute" x="{}" y="{}" text-anchor="end">{}s</text>)", num(left - 6), num(y + 4), num(v));
  }
  for (const auto& [t, resp] : points) {
    double x = left + xs.at(t);
    if (resp)
      out += fmt::format(R"(<circle cx="{}" cy="{}" r="3" fill="#0072B2" fill-opacity="0.7"/>)", num(x), num(base - ys.at(*resp)));
    else
      out += fmt::format(R"(<text x="{}" y="14" text-anchor="middle" fill="#D55E00">{}</text>)", num(x), "\u2716");
  }
  out += fmt::format(R"(<text class="mute" x="{}" y="{}">{}</text>)", num(left), num(base + 18),
                     escape(as_text(turns.rows.front()[*c_start]).substr(0, 10)));
  out += fmt::format(R"(<text class="mute" x="{}" y="{}" text-anchor="end">{}</text>)", num(left + plot_w), num(base + 18),
                     escape(as_text(turns.rows.back()[*c_start]).substr(0, 10)));
  out += fmt::format(R"(<text class="mute" x="{}" y="{}" text-anchor="middle">{}</text>)", num(left + plot_w / 2),
                     num(base + 18), escape(w(lang, Label::kPageResponseKey)));
  out += "</svg>\n";
}

std::string page_title(const Report& r, Lang lang) {
  std::string period;
  for (const auto& [k, v] : r.header)
    if (k == "period") period = header_for_people(k, v, lang).second;
  std::string what;
  if (find_table(r, "scores")) what = w(lang, Label::kPageMonthReport);
  else if (find_table(r, "turns")) what = w(lang, Label::kPageExplain);
  else if (find_table(r, "review")) what = w(lang, Label::kPageAppraisalReview);
  else
    for (const Table& t : r.tables)
      if (for_people(t) && !title(t, lang).empty()) {
        what = title(t, lang);
        break;
      }
  if (what.empty()) what = "redhare";
  return period.empty() ? what : what + " \u00b7 " + period;
}

}  // namespace

std::string render_html(const Report& report, const RenderOptions& options) {
  const Lang lang = options.lang;
  std::string out;
  out.reserve(64 * 1024);
  std::string heading = page_title(report, lang);
  out += fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"redhare\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      w(lang, Label::kPageLanguageTag), escape(heading), kCss);
  out += fmt::format("<header>\n<h1>{}</h1>\n<dl class=\"facts\">", escape(heading));
  for (const auto& [key, value] : report.header) {
    auto [k, v] = header_for_people(key, value, lang);
    out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>", escape(k), escape(v));
  }
  out += "</dl>\n</header>\n";

  const Table* scores = find_table(report, "scores");
  bool lines_shown = false;
  if (scores) {
    score_page(report, *scores, lang, out);
    lines_shown = find_table(report, "actions") != nullptr;
  }
  if (const Table* turns = find_table(report, "turns")) {
    if (!report.footer.empty()) {
      out += fmt::format("<h2>{}</h2>\n<div class=\"notes\">", escape(w(lang, Label::kPageFigures)));
      for (const std::string& line : report.footer) out += escape(line) + "\n";
      out += "</div>\n";
    }
    lines_shown = true;
    timeline_svg(*turns, lang, out);
  }
  for (const Table& t : report.tables) {
    // The per-group "group" tables are the scores again: score_page draws them.
    if (&t == scores || !for_people(t) || (scores && t.key == "group")) continue;
    out += R"(<section class="table">)";
    if (!title(t, lang).empty()) out += fmt::format("<h2>{}</h2>\n", escape(title(t, lang)));
    table_html(t, all_rows(t), lang, out);
    out += "</section>\n";
  }
  if (!lines_shown && !report.footer.empty()) {
    out += "<div class=\"notes\">";
    for (const std::string& line : report.footer) out += escape(line) + "\n";
    out += "</div>\n";
  }
  out += fmt::format("<footer>redhare</footer>\n<script>{}</script>\n</body>\n</html>\n", kScript);
  return out;
}

}  // namespace redhare
