// SPEC 9 figures: ratings, satisfied, dissatisfied, satisfaction.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "dataset_builder.h"
#include "redhare/inputs.h"

using namespace redhare;
using namespace redhare::testing;

namespace {

void rate(Builder& b, std::string_view agent, std::string_view customer, Time t, uint8_t level,
          bool superseded = false) {
  b.d.ratings.push_back(Rating{t, b.d.agents.intern(agent), b.d.customers.intern(customer),
                               static_cast<uint32_t>(b.d.ratings.size() + 2), level, superseded});
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream s(line);
  for (std::string f; std::getline(s, f, ',');) out.push_back(f);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

}  // namespace

TEST_CASE("satisfied counts levels 5 and 4, dissatisfied 2 and 1; 3 counts only as a rating") {
  Builder b;
  b.msg("小林", "c1", at(3, 10, 0), C);
  rate(b, "小林", "c1", at(3, 10, 5), 5);
  rate(b, "小林", "c2", at(3, 10, 5), 4);
  rate(b, "小林", "c3", at(3, 10, 5), 3);
  rate(b, "小林", "c4", at(3, 10, 5), 2);
  rate(b, "小林", "c5", at(3, 10, 5), 1);
  AgentFigures f = row(run(b), "小林");
  CHECK(f.ratings == 5);
  CHECK(f.satisfied == 2);
  CHECK(f.dissatisfied == 2);
  REQUIRE(f.satisfaction.has_value());
  CHECK(*f.satisfaction == doctest::Approx(0.4));
}

TEST_CASE("superseded ratings and ratings outside the period are not counted") {
  Builder b;
  b.msg("小林", "c1", at(3, 10, 0), C);
  rate(b, "小林", "c1", at(3, 10, 5), 1, /*superseded=*/true);
  rate(b, "小林", "c1", at(3, 18, 0), 5);
  rate(b, "小林", "c2", days_from_civil(2026, 11, 1) * 86400, 1);
  AgentFigures f = row(run(b), "小林");
  CHECK(f.ratings == 1);
  CHECK(f.satisfied == 1);
  CHECK(f.dissatisfied == 0);
  CHECK(f.satisfaction == 1.0);
}

TEST_CASE("satisfaction is n/a, not 0, for an agent without ratings") {
  Builder b;
  b.msg("小美", "c1", at(3, 10, 0), C);
  AgentFigures f = row(run(b), "小美");
  CHECK(f.ratings == 0);
  CHECK(f.satisfied == 0);
  CHECK(f.dissatisfied == 0);
  CHECK_FALSE(f.satisfaction.has_value());
}

TEST_CASE("an agent who only has ratings gets a row, like an agent who only has a target") {
  Builder b;
  b.msg("小美", "c1", at(3, 10, 0), C);
  rate(b, "阿芳", "c1", at(3, 10, 5), 2);
  Metrics m = run(b);
  REQUIRE(m.agents.size() == 2);
  AgentFigures f = row(m, "阿芳");
  CHECK(f.ratings == 1);
  CHECK(f.dissatisfied == 1);
  CHECK(f.satisfaction == 0.0);
  CHECK(f.consulted == 0);
  CHECK_FALSE(f.reply_rate.has_value());
}

TEST_CASE("an agent whose only ratings are outside the period gets no row from them") {
  Builder b;
  b.msg("小美", "c1", at(3, 10, 0), C);
  rate(b, "阿芳", "c1", days_from_civil(2026, 9, 30) * 86400, 5);
  CHECK(run(b).agents.size() == 1);
}

TEST_CASE("the example month's rating figures match tests/expected/metrics_2026-10.csv") {
  // The expected file is computed from SPEC 9 alone by tests/expected/expected_metrics.py.
  const std::string root = REDHARE_SOURCE_DIR;
  InputFiles in;
  in.chats = root + "/examples/chats.csv";
  in.orders = root + "/examples/orders.csv";
  in.targets = root + "/examples/targets.csv";
  in.ratings = root + "/examples/ratings.csv";
  in.roster = root + "/examples/roster.csv";  // the expected file has the roster's agents (阿芳: no data)
  ReadOptions o;
  o.period = october();
  RowErrors errors;
  Dataset d = read_inputs(in, o, errors);
  Metrics m = compute_metrics(d, october(), default_policy());

  std::ifstream file(root + "/tests/expected/metrics_2026-10.csv");
  std::string line;
  REQUIRE(std::getline(file, line));
  const std::vector<std::string> header = split(line);
  auto column = [&](const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    FAIL("no column " << name);
    return size_t{0};
  };
  const size_t agent = column("agent"), ratings = column("ratings"), satisfied = column("satisfied"),
               dissatisfied = column("dissatisfied"), satisfaction = column("satisfaction");
  size_t rows = 0;
  while (std::getline(file, line)) {
    std::vector<std::string> f = split(line);
    REQUIRE(f.size() == header.size());
    CAPTURE(f[agent]);
    AgentFigures a = row(m, f[agent]);
    CHECK(a.ratings == std::stoll(f[ratings]));
    CHECK(a.satisfied == std::stoll(f[satisfied]));
    CHECK(a.dissatisfied == std::stoll(f[dissatisfied]));
    if (f[satisfaction].empty()) {
      CHECK_FALSE(a.satisfaction.has_value());
    } else {
      REQUIRE(a.satisfaction.has_value());
      CHECK(std::fabs(*a.satisfaction - std::stod(f[satisfaction])) < 0.00005);
    }
    ++rows;
  }
  CHECK(rows == m.agents.size());
  CHECK(rows == 8);  // the 7 agents of the data and 阿芳, on the roster without data
  // 小林—售后: five counted ratings (5, 4, 2, 4, 1) of seven rows -> 3 of 5.
  CHECK(row(m, "红兔旗舰店:小林—售后").satisfaction == 0.6);
}
