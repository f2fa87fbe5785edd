// The geometry of the charts the html page draws (inline SVG, issue 15), kept
// apart from the markup so it can be tested as numbers: a bar is as long as
// its score, a grade band starts at the policy's threshold, a sparkline's
// points run in month order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace redhare::svg {

// A linear map of [lo, hi] onto [0, length] pixels; values outside are
// clamped, so a bad figure cannot draw outside its chart.
struct Scale {
  double lo = 0;
  double hi = 100;
  double length = 100;
  double at(double v) const;
};

// The grade bands behind a score chart: `thresholds` are the lowest score of
// each grade, best grade first (95, 85, 70, 50 by default); the last band runs
// from the scale's start. Band i spans [x0, x1) of grade i.
struct Band {
  double x0 = 0;
  double x1 = 0;
  size_t grade = 0;  // index into the grades, best first
};
std::vector<Band> grade_bands(const std::vector<double>& thresholds, const Scale& scale);

struct Point {
  double x = 0;
  double y = 0;
};
// A sparkline of `values` (oldest first) in a width × height box: x evenly
// spaced left to right, y from `lo` (bottom) to `hi` (top). One value sits in
// the middle.
std::vector<Point> sparkline(const std::vector<double>& values, double width, double height,
                             double lo, double hi);

// A number for an SVG attribute: at most 2 decimals, no trailing zeros, no
// locale ("12.5", "40", never "1e+02").
std::string num(double v);

// `s` as HTML/SVG text or attribute value: & < > " ' escaped. Invalid UTF-8
// bytes become U+FFFD, so a broken name cannot break the page.
std::string escape(std::string_view s);

}  // namespace redhare::svg
