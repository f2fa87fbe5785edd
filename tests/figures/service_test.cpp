// SPEC 3: sessions, turns and the service figures, each rule on its own case.
#include <doctest/doctest.h>

#include "figures/dataset_builder.h"
#include "redhare/conversations.h"

using namespace redhare;
using namespace redhare::testing;

TEST_CASE("session gap of exactly 30 min continues the session") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C)
      .msg("amy", "c1", at(5, 10, 1), A)
      .msg("amy", "c1", at(5, 10, 31), C)  // 1800 s after 10:01: same session
      .msg("amy", "c1", at(5, 10, 32), A);
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.sessions == 1);
  CHECK(f.turns == 2);
  // One session 10:00 -> 10:32 = 1920 s.
  CHECK(*f.session_mean_s == doctest::Approx(1920));
}

TEST_CASE("session gap of 30 min + 1 s starts a new session") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C)
      .msg("amy", "c1", at(5, 10, 1), A)
      .msg("amy", "c1", at(5, 10, 31, 1), C)  // 1801 s after 10:01: new session
      .msg("amy", "c1", at(5, 10, 32), A);
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.sessions == 2);
  // Sessions last 60 s and 59 s: mean 59.5.
  CHECK(*f.session_mean_s == doctest::Approx(59.5));
  // Both sessions' first turns answered in 60 s and 59 s.
  CHECK(*f.first_resp_mean_s == doctest::Approx(59.5));
}

TEST_CASE("session gap is working time: a night break does not split") {
  Builder b;
  b.msg("amy", "c1", at(5, 23, 50), C).msg("amy", "c1", at(6, 8, 10), A);
  const AgentFigures& f = row(run(b), "amy");
  // 23:50 -> 08:10 = 600 + 600 = 1200 working s <= 1800: one session, answered.
  CHECK(f.sessions == 1);
  CHECK(f.answered_turns == 1);
  CHECK(*f.resp_mean_s == doctest::Approx(1200));
}

TEST_CASE("turns: auto-replies neither answer nor end a turn but continue the session") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C)
      .msg("amy", "c1", at(5, 10, 0, 5), AUTO)
      .msg("amy", "c1", at(5, 10, 1), C)    // same turn: the auto-reply did not end it
      .msg("amy", "c1", at(5, 10, 25), AUTO)
      .msg("amy", "c1", at(5, 10, 50), A);  // 25 min after the auto-reply: same session
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.turns == 1);
  CHECK(f.answered_turns == 1);
  // Timed from the turn's first message: 10:00 -> 10:50 = 3000 s.
  CHECK(*f.resp_mean_s == doctest::Approx(3000));
  CHECK(f.customer_msgs == 2);
  CHECK(f.agent_msgs == 1);
  CHECK(f.auto_msgs == 2);
  // 1 valid agent message / 2 customer messages.
  CHECK(*f.answer_ratio == doctest::Approx(0.5));
  CHECK(f.sessions == 1);
}

TEST_CASE("turns: only auto-replies leave the turn unanswered") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C).msg("amy", "c1", at(5, 10, 0, 5), AUTO);
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.turns == 1);
  CHECK(f.answered_turns == 0);
  CHECK(f.consulted == 1);
  CHECK(f.replied == 0);
  CHECK(f.unreplied == 1);
  CHECK(*f.reply_rate == doctest::Approx(0.0));  // 0 / 1: a rate of 0, not n/a
  CHECK_FALSE(f.resp_mean_s.has_value());         // no answered turn: n/a
  CHECK_FALSE(f.resp_median_s.has_value());
  CHECK_FALSE(f.first_resp_mean_s.has_value());
}

TEST_CASE("turns: a turn open when the session ends is unanswered, even if answered later") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C)
      .msg("amy", "c1", at(5, 10, 40), A);  // 2400 s later: a new session
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.turns == 1);
  CHECK(f.answered_turns == 0);
  // The second session has no turn, so it is no 接待.
  CHECK(f.sessions == 1);
  // The one-message session lasts 0 s.
  CHECK(*f.session_mean_s == doctest::Approx(0));
  CHECK(f.agent_msgs == 1);
}

TEST_CASE("turns: an agent message with no open turn answers nothing") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), A)  // greeting
      .msg("amy", "c1", at(5, 10, 1), C)
      .msg("amy", "c1", at(5, 10, 2), A)
      .msg("amy", "c1", at(5, 10, 3), A);  // second reply: no new turn
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.turns == 1);
  CHECK(f.answered_turns == 1);
  CHECK(*f.resp_mean_s == doctest::Approx(60));
  // Session 10:00 -> 10:03 = 180 s: it counts from its first message, the greeting.
  CHECK(*f.session_mean_s == doctest::Approx(180));
}

TEST_CASE("first response is the first turn of each session, if answered") {
  Builder b;
  // Session 1: turns answered in 10 s and 100 s.
  b.msg("amy", "c1", at(5, 10, 0, 0), C)
      .msg("amy", "c1", at(5, 10, 0, 10), A)
      .msg("amy", "c1", at(5, 10, 1, 0), C)
      .msg("amy", "c1", at(5, 10, 2, 40), A);
  // Session 2 (c2): its first turn answered in 30 s.
  b.msg("amy", "c2", at(5, 11, 0, 0), C).msg("amy", "c2", at(5, 11, 0, 30), A);
  // Session 3 (c3): never answered: no first response.
  b.msg("amy", "c3", at(5, 12, 0, 0), C);
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.sessions == 3);
  // First responses 10 and 30: mean 20. (100 is a later turn.)
  CHECK(*f.first_resp_mean_s == doctest::Approx(20));
  // All answered turns 10, 100, 30: mean 140/3.
  CHECK(*f.resp_mean_s == doctest::Approx(140.0 / 3));
  CHECK(f.consulted == 3);
  CHECK(f.replied == 2);
}

TEST_CASE("median of an even count is the mean of the two middles; p90 by nearest rank") {
  Builder b;
  // Four customers answered in 10, 20, 30, 40 s (given out of order).
  const int waits[] = {30, 10, 40, 20};
  int k = 0;
  for (int w : waits) {
    const std::string c = "c" + std::to_string(k);
    b.msg("amy", c, at(5, 10 + k, 0), C).msg("amy", c, at(5, 10 + k, 0) + w, A);
    ++k;
  }
  const AgentFigures& f = row(run(b), "amy");
  // Middles 20 and 30 -> 25.
  CHECK(*f.resp_median_s == doctest::Approx(25));
  // ceil(0.9 * 4) = 4th smallest = 40.
  CHECK(*f.resp_p90_s == doctest::Approx(40));
  CHECK(*f.resp_mean_s == doctest::Approx(25));
}

TEST_CASE("p90 of ten responses is the 9th smallest, median of odd n the middle") {
  Builder b;
  // Ten turns of one customer, answered in 10, 20, ..., 100 s, 10 min apart.
  for (int k = 0; k < 10; ++k) {
    const Time t = at(5, 10, 0) + k * 600;
    b.msg("amy", "c1", t, C).msg("amy", "c1", t + 10 * (k + 1), A);
  }
  // An eleventh customer answered in 5 s makes n = 11 for the median.
  b.msg("amy", "c2", at(6, 10, 0), C).msg("amy", "c2", at(6, 10, 0, 5), A);
  const AgentFigures& f = row(run(b), "amy");
  CHECK(f.answered_turns == 11);
  // Sorted: 5, 10, 20, ..., 100. Median = 6th = 50. ceil(0.9 * 11) = ceil(9.9) = 10th = 90.
  CHECK(*f.resp_median_s == doctest::Approx(50));
  CHECK(*f.resp_p90_s == doctest::Approx(90));
}

TEST_CASE("p90 rounds its rank up: of six responses it is the 6th, not the 5th") {
  Builder b;
  // Six customers answered in 10, 20, ..., 60 s.
  for (int k = 0; k < 6; ++k) {
    const std::string c = "c" + std::to_string(k);
    b.msg("amy", c, at(5, 10 + k, 0), C).msg("amy", c, at(5, 10 + k, 0) + 10 * (k + 1), A);
  }
  // ceil(0.9 * 6) = ceil(5.4) = 6th smallest = 60 (rounding 5.4 would give the 5th, 50).
  CHECK(*row(run(b), "amy").resp_p90_s == doctest::Approx(60));
}

TEST_CASE("slow responses are those over slow_response (120 s), not equal to it") {
  Builder b;
  b.msg("amy", "c1", at(5, 10, 0), C).msg("amy", "c1", at(5, 10, 2, 0), A);   // 120 s
  b.msg("amy", "c2", at(5, 11, 0), C).msg("amy", "c2", at(5, 11, 2, 1), A);   // 121 s
  CHECK(row(run(b), "amy").slow_responses == 1);
  Policy strict;
  strict.slow_response_s = 60;
  CHECK(row(run(b, strict), "amy").slow_responses == 2);
}

TEST_CASE("only messages inside the period count; a reply after the period answers nothing") {
  Builder b;
  b.msg("amy", "c1", at(30, 10, 0), C)  // Oct 30: inside
      .msg("amy", "c1", at(31, 23, 59, 59), C)
      .msg("amy", "c1", at(31, 23, 59, 59) + 30, A);  // Nov 1 00:00:29: outside
  b.msg("bob", "c2", at(1, 0, 0) - 60, C);           // Sep 30 23:59: outside
  const Metrics m = run(b);
  const AgentFigures& f = row(m, "amy");
  CHECK(f.customer_msgs == 2);
  CHECK(f.agent_msgs == 0);
  // Oct 30 10:00 and Oct 31 23:59:59 are far apart: two sessions, two unanswered turns.
  CHECK(f.turns == 2);
  CHECK(f.answered_turns == 0);
  // bob has no message in the period, no order and no target: no row.
  CHECK(m.agents.size() == 1);
}

TEST_CASE("agent rows are sorted by name in byte order") {
  Builder b;
  b.msg("zed", "c1", at(5, 10, 0), C).msg("Amy", "c1", at(5, 10, 0), C)
      .msg("amy", "c1", at(5, 10, 0), C).target("小美", 100);
  const Metrics m = run(b);
  REQUIRE(m.agents.size() == 4);
  // 'A' (0x41) < 'a' (0x61) < 'z' (0x7a) < UTF-8 lead byte 0xe5.
  CHECK(m.agents[0].name == "Amy");
  CHECK(m.agents[1].name == "amy");
  CHECK(m.agents[2].name == "zed");
  CHECK(m.agents[3].name == "小美");
}

TEST_CASE("bucket_by_customer groups stably and sorts each bucket by the caller's key") {
  Builder b;
  b.msg("amy", "c0", at(5, 10, 5), C)   // index 0
      .msg("amy", "c1", at(5, 10, 0), C)  // index 1
      .msg("amy", "c0", at(5, 10, 0), A)  // index 2
      .msg("amy", "c0", at(5, 10, 0), C)  // index 3: same time as 2, later row
      .msg("amy", "c1", at(5, 9, 0), AUTO);  // index 4: filtered out below
  const std::vector<Message>& ms = b.d.messages;
  const CustomerBuckets buckets = bucket_by_customer(
      ms, b.d.customers.size(), [](const Message& m) { return m.kind != AUTO; },
      [&ms](uint32_t x, uint32_t y) {
        if (ms[x].time != ms[y].time) return ms[x].time < ms[y].time;
        return x < y;
      });
  // c0: by time, and 2 before 3 (input order) at 10:00; then 0 at 10:05.
  CHECK(std::vector<uint32_t>(buckets.begin(0), buckets.end(0)) ==
        std::vector<uint32_t>{2, 3, 0});
  // c1: the auto-reply was not kept.
  CHECK(std::vector<uint32_t>(buckets.begin(1), buckets.end(1)) == std::vector<uint32_t>{1});
  CHECK(buckets.customers() == 2);
}
