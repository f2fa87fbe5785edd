#include <doctest/doctest.h>

#include <string>

#include "redhare/error.h"
#include "redhare/policy.h"

namespace redhare {
namespace {

const ScoreItem& item(const Policy& p, const std::string& name) {
  for (const ScoreItem& i : p.items)
    if (item_key(i.id) == name) return i;
  FAIL("no item " << name);
  return p.items.front();
}

std::string error_of(std::string_view text) {
  try {
    parse_policy(text, "shop.ini");
  } catch (const UsageError& e) {
    return e.what();
  }
  return "no error";
}

TEST_CASE("the default policy holds SPEC 5's items, weights and tiers") {
  const Policy p = default_policy();
  REQUIRE(p.items.size() == 8);
  double total = 0;
  for (const ScoreItem& i : p.items) total += i.weight;
  CHECK(total == 100);  // 30 + 30 + 10 + 5 + 5 + 5 + 5 + 10
  CHECK(item(p, "conversion").tiers.front() == Tier{0.45, 100});
  CHECK(item(p, "completion").tiers.back() == Tier{0.40, 10});
  CHECK(item(p, "resp_mean_s").lower_is_better);
  CHECK(item(p, "execution").method == ScoreMethod::kDirect);
  CHECK(item(p, "execution").weight == 10);
}

TEST_CASE("policy_text of the default policy parses back to the default") {
  const Policy p = default_policy();
  const std::string text = policy_text(p);
  CHECK(parse_policy(text, "default") == p);
  CHECK(text.find("item.conversion.tiers = >=45%:100, >=40%:80") != std::string::npos);
  CHECK(text.find("item.resp_mean_s.tiers = <=30:100") != std::string::npos);
  CHECK(text.find("询单转化率") != std::string::npos);
  CHECK(text.find("award.presence = 2/3\n") != std::string::npos);
}

TEST_CASE("a modified policy round-trips through its text") {
  Policy p = default_policy();
  p.utc_offset_s = -(5 * 3600 + 30 * 60);
  p.work_start_s = 9 * 3600;
  p.work_end_s = 21 * 3600 + 30 * 60;
  p.session_gap_s = 90;
  p.attribution_first = true;
  p.net_refunds = false;
  p.auto_reply_prefix = "[自动回复]";
  p.min_inquirers = 3;
  p.share_training = 0.123;
  p.award_presence = 2.0 / 3.0;
  p.aliases["chats.time"] = {"时间", "消息时间"};
  p.items[1].method = ScoreMethod::kLinear;  // conversion
  p.items[1].zero_at = 0.2;
  p.items[1].full_at = 0.5;
  p.items[1].tiers.clear();
  p.items[3].weight = 7.5;
  CHECK(parse_policy(policy_text(p), "modified") == p);
}

TEST_CASE("policy values: percentages either way, durations with s/m/h") {
  Policy p = parse_policy(
      "# comment\n\nsession_gap = 1h\r\nslow_response = 90\nshare.raise = 0.2\nshare.honour = 25%\n"
      "award.presence = 2/3\n"
      "item.conversion.tiers = >=50%:100, >=0.4:50, else:10\n"
      "item.resp_mean_s.tiers = <=20:100, else:0\nalias.orders.amount = 金额, 支付金额\n",
      "p");
  CHECK(p.session_gap_s == 3600);
  CHECK(p.slow_response_s == 90);
  CHECK(p.share_raise == 0.2);
  CHECK(p.share_honour == 0.25);
  CHECK(p.award_presence == 2.0 / 3.0);
  const ScoreItem& c = item(p, "conversion");
  REQUIRE(c.tiers.size() == 2);
  CHECK(c.tiers[1] == Tier{0.4, 50});
  CHECK(c.otherwise == 10);
  CHECK(p.aliases.at("orders.amount") == std::vector<std::string>{"金额", "支付金额"});
}

TEST_CASE("a typo in a policy key is an error naming file, line and key") {
  // The line also says where the right spelling is.
  CHECK(error_of("min_inquirers = 5\nmin_inquirer = 5\n") ==
        "shop.ini:2: min_inquirer: unknown key (`redhare policy` prints every key with its default)");
  CHECK(error_of("session_gap = 30 minutes\n").find("shop.ini:1: session_gap:") == 0);
  CHECK(error_of("item.convrsion.weight = 5\n").find("shop.ini:1: item.convrsion.weight: no such item") == 0);
  CHECK(error_of("\nnet_refunds = maybe\n").find("shop.ini:2: net_refunds: expected true or false") == 0);
  CHECK(error_of("just words\n").find("shop.ini:1: expected key = value") == 0);
  CHECK(error_of("item.aov.tiers = >=1.1:100, <=0.5:0\n").find("mix") != std::string::npos);
}

TEST_CASE("a policy may score any figure column of the registry, lower-is-better included") {
  Policy p = parse_policy(
      "item.first_resp_mean_s.weight = 10\nitem.first_resp_mean_s.tiers = <=20:100, <=60:50, else:0\n"
      "item.pay_conversion.weight = 5\nitem.pay_conversion.linear = 10%:0, 40%:100\n",
      "p");
  REQUIRE(p.items.size() == 10);  // the eight defaults, then the two added, in the order named
  CHECK(p.items[8].id == ItemId::kFirstRespMean);
  CHECK(p.items[8].weight == 10);
  CHECK(p.items[8].lower_is_better);
  CHECK(p.items[8].tiers == std::vector<Tier>{{20, 100}, {60, 50}});
  CHECK(p.items[9].id == ItemId::kPayConversion);
  CHECK(p.items[9].method == ScoreMethod::kLinear);
  CHECK(p.items[9].full_at == doctest::Approx(0.4));
  // And it prints back as a policy that reads to the same items.
  CHECK(parse_policy(policy_text(p), "again") == p);
  CHECK(policy_text(p).find("item.first_resp_mean_s.tiers = <=20:100, <=60:50, else:0\n") != std::string::npos);
}

TEST_CASE("an added tiered item without tiers is an error naming the line it was added on") {
  CHECK(error_of("min_inquirers = 5\nitem.sessions.weight = 5\n") ==
        "shop.ini:2: item.sessions: give item.sessions.tiers or item.sessions.linear");
  // A review-style item needs nothing more: it scores directly.
  CHECK(error_of("item.assist.weight = 0\n") == "no error");
}

TEST_CASE("every registry item can be named in a policy, and a key names only its own item") {
  for (const ItemInfo& info : all_items()) {
    CAPTURE(info.key);
    CHECK(find_item(info.key) == info.id);
    CHECK(&item_info(info.id) == &info);
    const std::string text = std::string("item.") + info.key + ".weight = 3\nitem." + info.key +
                             ".linear = 0:0, 1:100\n";
    const Policy p = parse_policy(text, "p");
    CHECK(item(p, info.key).weight == 3);
  }
  CHECK_FALSE(find_item("pts_conversion"));
}

TEST_CASE("policy amounts are yuan read exactly into fen") {
  const Policy d = default_policy();
  CHECK(d.reward_first == 10000);
  CHECK(d.penalty_last == 10000);
  CHECK(d.streak_bonus == 20000);
  const Policy p = parse_policy("reward_first = 100.50\npenalty_last = ¥1,000\nstreak_bonus = 0.07\n", "p");
  CHECK(p.reward_first == 10050);
  CHECK(p.penalty_last == 100000);
  CHECK(p.streak_bonus == 7);
  CHECK(policy_text(p).find("reward_first = 100.5\n") != std::string::npos);
  CHECK(policy_text(p).find("streak_bonus = 0.07\n") != std::string::npos);
  CHECK(parse_policy(policy_text(p), "again") == p);
  // A third decimal is not rounded away: it would change someone's pay.
  CHECK(error_of("reward_first = 100.505\n").find("shop.ini:1: reward_first: expected an amount in yuan") == 0);
  CHECK(policy_text(d).find("reward_first = 100\n") != std::string::npos);
}

TEST_CASE("allowance.levels: yuan in the file, fen inside, printed and read back") {
  const Policy d = default_policy();
  CHECK(d.allowance_levels == std::vector<Fen>{0, 10000, 20000, 30000, 50000});
  CHECK(policy_text(d).find("\nallowance.levels = 0, 100, 200, 300, 500\n") != std::string::npos);
  const Policy p = parse_policy("# levels\nallowance.levels = 50, 150.50 ,¥300\n", "p");
  CHECK(p.allowance_levels == std::vector<Fen>{5000, 15050, 30000});
  CHECK(parse_policy(policy_text(p), "again") == p);
}

TEST_CASE("allowance.levels out of ascending order or negative is a policy error with its line") {
  CHECK(error_of("min_inquirers = 5\nallowance.levels = 0, 200, 100\n") ==
        "shop.ini:2: allowance.levels: levels must be in ascending order: 100 after 200");
  CHECK(error_of("allowance.levels = 100, 100\n") ==
        "shop.ini:1: allowance.levels: levels must be in ascending order: 100 after 100");
  CHECK(error_of("allowance.levels = -100, 0\n") == "shop.ini:1: allowance.levels: a level cannot be negative: \"-100\"");
  CHECK(error_of("allowance.levels = \n").find("shop.ini:1: allowance.levels: expected an amount in yuan") == 0);
}

TEST_CASE("a fraction that overflows is rejected, not read as an infinite share") {
  // Found by fuzz_policy: 1e308/1e-308 is inf, which no share or point value can be.
  CHECK(error_of("share.raise = 1e308/1e-308\n").find("shop.ini:1: share.raise: \"1e308/1e-308\" is too large") == 0);
  CHECK(error_of("share.raise = 1/0\n").find("division by zero") != std::string::npos);
}

TEST_CASE("a long bad policy value is quoted cut to 80 characters") {
  std::string value(500, '7');
  value += "x";
  std::string e = error_of("session_gap = " + value + "\n");
  CHECK(e.find("\"" + std::string(80, '7') + "…\"") != std::string::npos);
  CHECK(e.size() < 200);
}

TEST_CASE("set_work_hours reads HH:MM-HH:MM and rejects the rest") {
  Policy p;
  set_work_hours(p, "00:00-24:00");
  CHECK(p.work_start_s == 0);
  CHECK(p.work_end_s == 86400);
  CHECK_THROWS_AS(set_work_hours(p, "18:00-09:00"), UsageError);
  CHECK_THROWS_AS(set_work_hours(p, "8-24"), UsageError);
}

}  // namespace
}  // namespace redhare
