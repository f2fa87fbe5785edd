// The chart geometry of the html page (svg.h), checked as numbers.
#include <doctest/doctest.h>

#include "redhare/svg.h"

using namespace redhare::svg;

TEST_CASE("a bar is as long as its score on the 0-100 scale, and clamped to it") {
  Scale s{0, 100, 480};
  CHECK(s.at(0) == doctest::Approx(0));
  CHECK(s.at(50) == doctest::Approx(240));
  CHECK(s.at(87.5) == doctest::Approx(420));
  CHECK(s.at(100) == doctest::Approx(480));
  // Proportional: twice the score, twice the bar.
  CHECK(s.at(80) == doctest::Approx(2 * s.at(40)));
  CHECK(s.at(-5) == doctest::Approx(0));
  CHECK(s.at(130) == doctest::Approx(480));
}

TEST_CASE("grade bands start at the policy's thresholds, best grade first") {
  Scale s{0, 100, 500};
  std::vector<Band> b = grade_bands({95, 85, 70, 50}, s);
  REQUIRE(b.size() == 5);
  CHECK(b[0].x0 == doctest::Approx(475));  // outstanding: 95..100
  CHECK(b[0].x1 == doctest::Approx(500));
  CHECK(b[1].x0 == doctest::Approx(425));  // excellent: 85..95
  CHECK(b[1].x1 == doctest::Approx(475));
  CHECK(b[2].x0 == doctest::Approx(350));
  CHECK(b[3].x0 == doctest::Approx(250));
  CHECK(b[3].x1 == doctest::Approx(350));
  CHECK(b[4].x0 == doctest::Approx(0));  // urgent: below 50
  CHECK(b[4].x1 == doctest::Approx(250));
  for (size_t i = 0; i < b.size(); ++i) CHECK(b[i].grade == i);
}

TEST_CASE("grade bands follow another policy's thresholds, not 95/85/70/50") {
  std::vector<Band> b = grade_bands({90, 75, 60, 40}, Scale{0, 100, 100});
  REQUIRE(b.size() == 5);
  CHECK(b[0].x0 == doctest::Approx(90));
  CHECK(b[1].x0 == doctest::Approx(75));
  CHECK(b[2].x0 == doctest::Approx(60));
  CHECK(b[3].x0 == doctest::Approx(40));
  CHECK(b[4].x1 == doctest::Approx(40));
}

TEST_CASE("sparkline points run left to right in month order, higher score higher up") {
  std::vector<Point> p = sparkline({60, 80, 70, 90}, 120, 20, 0, 100);
  REQUIRE(p.size() == 4);
  CHECK(p[0].x == doctest::Approx(0));
  CHECK(p[1].x == doctest::Approx(40));
  CHECK(p[2].x == doctest::Approx(80));
  CHECK(p[3].x == doctest::Approx(120));
  // y grows downwards in SVG: 90 is drawn above 80, above 70, above 60.
  CHECK(p[0].y == doctest::Approx(8));
  CHECK(p[1].y == doctest::Approx(4));
  CHECK(p[2].y == doctest::Approx(6));
  CHECK(p[3].y == doctest::Approx(2));
  std::vector<Point> one = sparkline({50}, 120, 20, 0, 100);
  REQUIRE(one.size() == 1);
  CHECK(one[0].x == doctest::Approx(60));
}

TEST_CASE("svg numbers have no locale, no exponent and no trailing zeros") {
  CHECK(num(12.5) == "12.5");
  CHECK(num(40) == "40");
  CHECK(num(100) == "100");
  CHECK(num(0.004) == "0");
  CHECK(num(-0.001) == "0");
  CHECK(num(1.0 / 3) == "0.33");
}

TEST_CASE("escape makes names text: markup, quotes and broken bytes") {
  CHECK(escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(escape("=HYPERLINK(\"http://x\",\"y\")") == "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
  CHECK(escape("A&B") == "A&amp;B");
  CHECK(escape("红兔旗舰店:小美") == "红兔旗舰店:小美");
  CHECK(escape("a\tb") == "a b");
  CHECK(escape(std::string("x\xff") + "y") == "x\uFFFDy");
}
