#include "figures/dataset_builder.h"

#include <doctest/doctest.h>

#include <string>

namespace redhare::testing {

const AgentFigures& row(const Metrics& m, std::string_view agent) {
  for (const AgentFigures& f : m.agents) {
    if (f.name == agent) return f;
  }
  FAIL("no row for agent " << std::string(agent));
  throw 0;  // not reached: FAIL throws
}

}  // namespace redhare::testing
