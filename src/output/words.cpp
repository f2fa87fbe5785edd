#include "words.h"

#include <cmath>

#include <fmt/format.h>

namespace redhare::words {

std::string two_decimals(double v) { return fmt::format("{:.2f}", v); }
std::string share_percent(double v) { return fmt::format("{}%", std::round(v * 1000) / 10); }

}  // namespace redhare::words

namespace redhare::words {

std::string department(const GroupKey& g, Lang lang) {
  if (g.off_roster) return of(lang)->group.off_roster;
  return g.department.empty() ? std::string(of(lang)->group.shop) : g.department;
}

std::string group_name(const GroupKey& g, Lang lang) {
  if (g.off_roster) return of(lang)->group.off_roster;
  return department(g, lang) + " \u00b7 " + role(g.role, lang);
}

}  // namespace redhare::words
