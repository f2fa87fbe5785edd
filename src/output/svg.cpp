#include "redhare/svg.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "redhare/text_width.h"

namespace redhare::svg {

double Scale::at(double v) const {
  if (!(hi > lo)) return 0;
  double t = (std::clamp(v, lo, hi) - lo) / (hi - lo);
  return t * length;
}

std::vector<Band> grade_bands(const std::vector<double>& thresholds, const Scale& scale) {
  std::vector<Band> bands;
  double top = scale.length;
  for (size_t i = 0; i < thresholds.size(); ++i) {
    double x0 = scale.at(thresholds[i]);
    bands.push_back({x0, std::max(x0, top), i});
    top = std::min(top, x0);
  }
  bands.push_back({0, top, thresholds.size()});
  return bands;
}

std::vector<Point> sparkline(const std::vector<double>& values, double width, double height,
                             double lo, double hi) {
  std::vector<Point> points;
  Scale y{lo, hi, height};
  for (size_t i = 0; i < values.size(); ++i) {
    double x = values.size() == 1 ? width / 2 : width * static_cast<double>(i) / (values.size() - 1);
    points.push_back({x, height - y.at(values[i])});
  }
  return points;
}

std::string num(double v) {
  if (!std::isfinite(v)) return "0";
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
          // Control characters are not allowed in HTML text; a tab or line
          // break in a name reads as a space.
          out += c < 0x20 || c == 0x7f ? ' ' : static_cast<char>(c);
      }
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = utf8_decode(s, i, &cp);
    if (len == 1) out += "\uFFFD";  // a byte >= 0x80 alone is never valid
    else out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace redhare::svg
