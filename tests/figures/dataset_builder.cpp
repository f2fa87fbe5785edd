#include "figures/dataset_builder.h"

#include <doctest/doctest.h>

#include <string>

namespace redhare::testing {

AgentFigures row(const Metrics& m, std::string_view agent) {
  for (const AgentFigures& f : m.agents) {
    if (f.name == agent) return f;
  }
  FAIL("no row for agent " << std::string(agent));
  return {};  // not reached: FAIL ends the test case
}

}  // namespace redhare::testing
