#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "policy_error.h"
#include "redhare/error.h"
#include "redhare/message_text.h"
#include "redhare/policy.h"

namespace redhare {
namespace {

const ScoreItem& item(const Policy& p, const std::string& name) {
  for (const ScoreItem& i : p.items)
    if (item_key(i.id) == name) return i;
  FAIL("no item " << name);
  return p.items.front();
}

using test::policy_error_of;

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

// One percent syntax in the policy file: shares and rate tiers print as the
// pay rates do (rate.h's exact decimal), and read back to the same double.
TEST_CASE("shares and rate tiers print as exact percentages, as the pay rates do, and read back") {
  Policy p = default_policy();
  p.share_raise = 0.57;     // 0.57 x 100 = 56.99999999999999 in doubles
  p.share_honour = 0.123;
  p.share_training = 0.005;
  p.award_presence = 2.0 / 3.0;
  p.items[1].tiers = {{0.29, 100}, {0.145, 50}};  // conversion
  const std::string text = policy_text(p);
  CHECK(text.find("share.raise = 57%\n") != std::string::npos);
  CHECK(text.find("share.honour = 12.3%\n") != std::string::npos);
  CHECK(text.find("share.training = 0.5%\n") != std::string::npos);
  CHECK(text.find("award.presence = 2/3\n") != std::string::npos);
  CHECK(text.find("item.conversion.tiers = >=29%:100, >=14.5%:50, else:0\n") != std::string::npos);
  CHECK(text.find("pay.pool_rate = ") != std::string::npos);
  CHECK(parse_policy(text, "again") == p);
  // Durations: the largest whole unit, the same units read and written.
  p.session_gap_s = 2 * 3600;
  p.attribution_window_s = 90;
  const std::string again = policy_text(p);
  CHECK(again.find("session_gap = 2h\n") != std::string::npos);
  CHECK(again.find("attribution_window = 90s\n") != std::string::npos);
  CHECK(parse_policy(again, "again") == p);
}

TEST_CASE("policy values: percentages either way, durations with s/m/h") {
  Policy p = parse_policy(
      "# comment\n\nsession_gap = 1h\r\nslow_response = 90\nshare.raise = 0.2\nshare.honour = 25%\n"
      "award.presence = 2/3\n"
      "item.conversion.weight = 60\nitem.conversion.tiers = >=50%:100, >=0.4:50, else:10\n"
      "item.resp_mean_s.weight = 40\nitem.resp_mean_s.tiers = <=20:100, else:0\n"
      "alias.orders.amount = 金额, 支付金额\n",
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
  CHECK(policy_error_of("min_inquirers = 5\nmin_inquirer = 5\n") ==
        "shop.ini:2: min_inquirer: unknown key (`redhare policy` prints every key with its default)");
  CHECK(policy_error_of("session_gap = 30 minutes\n").find("shop.ini:1: session_gap:") == 0);
  CHECK(policy_error_of("item.convrsion.weight = 5\n").find("shop.ini:1: item.convrsion.weight: no such item") == 0);
  CHECK(policy_error_of("\nnet_refunds = maybe\n").find("shop.ini:2: net_refunds: expected true or false") == 0);
  CHECK(policy_error_of("just words\n").find("shop.ini:1: expected key = value") == 0);
  CHECK(policy_error_of("item.aov.tiers = >=1.1:100, <=0.5:0\n").find("mix") != std::string::npos);
}

TEST_CASE("a policy may score any figure column of the registry, lower-is-better included") {
  Policy p = parse_policy(
      "item.first_resp_mean_s.weight = 10\nitem.first_resp_mean_s.tiers = <=20:100, <=60:50, else:0\n"
      "item.pay_conversion.weight = 5\nitem.pay_conversion.linear = 10%:0, 40%:100\n",
      "p");
  REQUIRE(p.items.size() == 2);  // the table the policy states, in the order named
  CHECK(p.items[0].id == ItemId::kFirstRespMean);
  CHECK(p.items[0].weight == 10);
  CHECK(p.items[0].lower_is_better);
  CHECK(p.items[0].tiers == std::vector<Tier>{{20, 100}, {60, 50}});
  CHECK(p.items[1].id == ItemId::kPayConversion);
  CHECK(p.items[1].method == ScoreMethod::kLinear);
  CHECK(p.items[1].full_at == doctest::Approx(0.4));
  // And it prints back as a policy that reads to the same items.
  CHECK(parse_policy(policy_text(p), "again") == p);
  CHECK(policy_text(p).find("item.first_resp_mean_s.tiers = <=20:100, <=60:50, else:0\n") != std::string::npos);
}

TEST_CASE("an added tiered item without tiers is an error naming the line it was added on") {
  CHECK(policy_error_of("min_inquirers = 5\nitem.sessions.weight = 5\n") ==
        "shop.ini:2: item.sessions: give item.sessions.tiers or item.sessions.linear");
  // A review-style item needs nothing more: it scores directly.
  CHECK(policy_error_of("item.assist.weight = 5\n") == "no error");
}

TEST_CASE("every registry item can be named in a policy, and a key names only its own item") {
  for (const ItemInfo& info : all_items()) {
    CAPTURE(info.key);
    CHECK(find_item(info.key) == info.id);
    CHECK(&item_info(info.id) == &info);
    // The ramp goes the item's way: rising for higher-is-better, falling else.
    const std::string text = std::string("item.") + info.key + ".weight = 3\nitem." + info.key +
                             (info.lower_is_better ? ".linear = 1:0, 0:100\n" : ".linear = 0:0, 1:100\n");
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
  CHECK(policy_error_of("reward_first = 100.505\n").find("shop.ini:1: reward_first: expected an amount in yuan") == 0);
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
  CHECK(policy_error_of("min_inquirers = 5\nallowance.levels = 0, 200, 100\n") ==
        "shop.ini:2: allowance.levels: levels must be in ascending order: 100 after 200");
  CHECK(policy_error_of("allowance.levels = 100, 100\n") ==
        "shop.ini:1: allowance.levels: levels must be in ascending order: 100 after 100");
  CHECK(policy_error_of("allowance.levels = -100, 0\n") == "shop.ini:1: allowance.levels: a level cannot be negative: \"-100\"");
  CHECK(policy_error_of("allowance.levels = \n").find("shop.ini:1: allowance.levels: expected an amount in yuan") == 0);
}

TEST_CASE("a fraction that overflows is rejected, not read as an infinite share") {
  // Found by fuzz_policy: 1e308/1e-308 is inf, which no share or point value can be.
  CHECK(policy_error_of("share.raise = 1e308/1e-308\n").find("shop.ini:1: share.raise: \"1e308/1e-308\" is too large") == 0);
  CHECK(policy_error_of("share.raise = 1/0\n").find("division by zero") != std::string::npos);
}

TEST_CASE("a long bad policy value is quoted cut to 80 characters") {
  std::string value(500, '7');
  value += "x";
  std::string e = policy_error_of("session_gap = " + value + "\n");
  CHECK(e.find("\"" + std::string(80, '7') + "…\"") != std::string::npos);
  CHECK(e.size() < 200);
}

// SPEC 6: a policy that cannot mean anything is refused at its line, saying
// what would make sense. Each case below was accepted before (issue 12).
TEST_CASE("a policy with every item weight 0 is refused at the last weight line") {
  // The review items score directly, so a table of the two needs no tiers.
  CHECK(policy_error_of("item.assist.weight = 0\nmin_inquirers = 5\nitem.execution.weight = 0\n") ==
        "shop.ini:3: item weights are all 0: no score could mean anything; give at least one item a weight");
  CHECK(policy_error_of("item.conversion.weight = -5\n").find("shop.ini:1: item.conversion.weight: a weight cannot be negative") == 0);
}

TEST_CASE("an aftersales table with every weight 0 is refused at its last weight line") {
  // The default aftersales table as `redhare policy` prints it, weights set to 0.
  std::string text;
  int line = 0, last_weight = 0;
  const std::string printed = policy_text(default_policy());
  for (size_t at = 0, end; at < printed.size(); at = end + 1) {
    end = printed.find('\n', at);
    std::string l = printed.substr(at, end - at);
    if (!l.starts_with("aftersales.item.")) continue;
    if (const size_t w = l.find(".weight = "); w != std::string::npos) {
      l = l.substr(0, w) + ".weight = 0";
      last_weight = line + 1;
    }
    text += l + "\n";
    ++line;
  }
  REQUIRE(last_weight > 1);
  CHECK(policy_error_of(text) == fmt::format("shop.ini:{}: aftersales item weights are all 0: no aftersales score could "
                                      "mean anything; give at least one aftersales item a weight",
                                      last_weight));
  // One weight is enough.
  text.replace(text.find("reply_rate.weight = 0"), 21, "reply_rate.weight = 5");
  CHECK(policy_error_of(text) == "no error");
}

TEST_CASE("tier points outside 0-100 are refused") {
  CHECK(policy_error_of("item.conversion.tiers = >=45%:150, else:0\n") ==
        "shop.ini:1: item.conversion.tiers: points must be 0-100, got 150");
  CHECK(policy_error_of("\nitem.conversion.tiers = >=45%:100, else:-20\n") ==
        "shop.ini:2: item.conversion.tiers: points must be 0-100, got -20");
}

TEST_CASE("tiers in ascending order for a higher-is-better item are refused") {
  CHECK(policy_error_of("item.conversion.tiers = >=25%:20, >=45%:100, else:0\n").find(
            "shop.ini:1: item.conversion.tiers: tier \">=45%:100\" is not stricter than the tier before it") == 0);
  CHECK(policy_error_of("item.resp_mean_s.tiers = <=55:60, <=30:100, else:0\n").find("ascending thresholds") !=
        std::string::npos);
  // Two equal thresholds: the second could never be met.
  CHECK(policy_error_of("item.aov.tiers = >=1.1:100, >=1.1:50\n").find("not stricter") != std::string::npos);
}

TEST_CASE("a >= tier on a lower-is-better item, or a ramp the wrong way, is refused") {
  CHECK(policy_error_of("item.resp_mean_s.tiers = >=60:100, else:0\n") ==
        "shop.ini:1: item.resp_mean_s.tiers: resp_mean_s is better when lower: use <= tiers, or a linear ramp that falls");
  CHECK(policy_error_of("item.conversion.tiers = <=10%:100, else:0\n").find("conversion is better when higher") !=
        std::string::npos);
  CHECK(policy_error_of("item.resp_mean_s.linear = 30:0, 120:100\n").find("better when lower") != std::string::npos);
}

TEST_CASE("a rate threshold outside 0-100% or a direct figure that is not a 0-100 score is refused") {
  // "45" written for "45%": a tier of 4500% no agent could meet.
  CHECK(policy_error_of("item.conversion.tiers = >=45:100, else:0\n").find(
            "item.conversion.tiers: conversion is a rate from 0% to 100%") != std::string::npos);
  CHECK(policy_error_of("item.reply_rate.linear = 50:0, 100:100\n").find("rate from 0% to 100%") != std::string::npos);
  // Completion (sales / target) may pass 100%.
  CHECK(policy_error_of("item.completion.weight = 100\nitem.completion.tiers = >=120%:100, >=100%:80, else:0\n") ==
        "no error");
  CHECK(policy_error_of("item.reply_rate.direct = true\n") ==
        "shop.ini:1: item.reply_rate.direct: reply_rate is not a 0-100 score; give item.reply_rate.tiers or "
        "item.reply_rate.linear");
  CHECK(policy_error_of("item.resp_mean_s.tiers = <=-5:100\n").find("never negative") != std::string::npos);
}

TEST_CASE("grade thresholds that do not descend are refused at the line at fault") {
  CHECK(policy_error_of("min_inquirers = 5\ngrade.outstanding = 80\n") ==
        "shop.ini:2: grade.outstanding = 80 is not above grade.excellent = 85: grade thresholds go down "
        "from outstanding to improve");
  CHECK(policy_error_of("grade.improve = 75\nmin_inquirers = 5\n").find("shop.ini:1: grade.average = 70 is not above "
                                                                 "grade.improve = 75") == 0);
  CHECK(policy_error_of("grade.excellent = 120\n") == "shop.ini:1: grade.excellent: scores are 0-100, got 120");
}

TEST_CASE("a share outside 0-100% is refused") {
  CHECK(policy_error_of("share.raise = 150%\n") == "shop.ini:1: share.raise: a share is 0% to 100%, got 150%");
  CHECK(policy_error_of("award.best = -0.1\n").find("shop.ini:1: award.best: a share is 0% to 100%") == 0);
  CHECK(policy_error_of("share.raise = 100%\nshare.training = 0\n") == "no error");
}

TEST_CASE("session_gap 0, slow_response 0 and streak_months 0 are refused") {
  CHECK(policy_error_of("session_gap = 0\n").find("shop.ini:1: session_gap: 0 would end a session") == 0);
  CHECK(policy_error_of("session_gap = 0m\n").find("session_gap") != std::string::npos);
  CHECK(policy_error_of("slow_response = 0s\n").find("shop.ini:1: slow_response: 0 would make") == 0);
  CHECK(policy_error_of("streak_months = 0\n").find("shop.ini:1: streak_months: a run of 0 months") == 0);
}

TEST_CASE("review weights all 0 or negative are refused") {
  CHECK(policy_error_of("review.manager = 0\nreview.peer = 0\nreview.self = 0\n") ==
        "shop.ini:3: review weights are all 0: reviews could not be combined; give at least one rater a weight");
  CHECK(policy_error_of("review.peer = -1\n").find("shop.ini:1: review.peer: a rater weight cannot be negative") == 0);
  CHECK(policy_error_of("review.peer = 0\nreview.self = 0\n") == "no error");
}

TEST_CASE("a key given twice is refused naming both lines") {
  CHECK(policy_error_of("share.raise = 10%\nmin_inquirers = 5\nshare.raise = 20%\n") ==
        "shop.ini:3: share.raise: given twice, on line 1 and line 3; keep one");
  CHECK(policy_error_of("item.conversion.tiers = >=45%:100\nitem.conversion.tiers = >=40%:100\n").find(
            "given twice, on line 1 and line 2") != std::string::npos);
  // Two ways of scoring one item are the same mistake under two keys.
  CHECK(policy_error_of("item.conversion.tiers = >=45%:100\nitem.conversion.linear = 20%:0, 50%:100\n") ==
        "shop.ini:2: item.conversion.linear: item.conversion.tiers (line 1) already says how conversion is "
        "scored; keep one of the two");
}

TEST_CASE("an inline # comment after a value is accepted; a # inside a word or in quotes is kept") {
  const Policy p = parse_policy(
      "share.raise = 20%   # was 10%\nsession_gap = 45m\t# long chats\n"
      "item.conversion.weight = 30\nitem.conversion.tiers = >=45%:100, else:0 # seed tiers cut\n"
      "alias.chats.time = 时间 # export of 2026\n",
      "p");
  CHECK(p.share_raise == 0.2);
  CHECK(p.session_gap_s == 45 * 60);
  CHECK(p.items[0].tiers == std::vector<Tier>{{0.45, 100}});
  CHECK(p.aliases.at("chats.time") == std::vector<std::string>{"时间"});
  CHECK(parse_policy("auto_reply_prefix = 自动#回复 # the shop's bot\n", "p").auto_reply_prefix == "自动#回复");
  CHECK(parse_policy("auto_reply_prefix = \"#bot \" # with the blank\n", "p").auto_reply_prefix == "#bot ");
  CHECK(parse_policy("auto_reply_prefix = # none\n", "p").auto_reply_prefix.empty());
  // A prefix only quotes can hold prints quoted, and reads back the same.
  for (const char* prefix : {"#bot ", " [auto]", "a #b", "\"quoted\"", "plain#"}) {
    Policy q = default_policy();
    q.auto_reply_prefix = prefix;
    CAPTURE(prefix);
    CHECK(parse_policy(policy_text(q), "again") == q);
  }
  CHECK(policy_error_of("auto_reply_prefix = \"open\n").find("unclosed quote") != std::string::npos);
  // Column names too: a name with " #" in it prints quoted and reads back.
  const Policy a = parse_policy("alias.chats.time = \"时间 #1, 发送时间\"\n", "p");
  CHECK(a.aliases.at("chats.time") == std::vector<std::string>{"时间 #1", "发送时间"});
  CHECK(parse_policy(policy_text(a), "again") == a);
}

TEST_CASE("set_work_hours reads HH:MM-HH:MM and rejects the rest") {
  Policy p;
  set_work_hours(p, "00:00-24:00");
  CHECK(p.work_start_s == 0);
  CHECK(p.work_end_s == 86400);
  CHECK_THROWS_AS(set_work_hours(p, "18:00-09:00"), UsageError);
  CHECK_THROWS_AS(set_work_hours(p, "8-24"), UsageError);
}

TEST_CASE("the default aftersales table is SPEC 8's: reply 25, response 25, satisfaction 20, assist 10, execution 20") {
  const Policy p = default_policy();
  REQUIRE(p.aftersales_items.size() == 5);
  CHECK(p.aftersales_items[0].id == ItemId::kReplyRate);
  CHECK(p.aftersales_items[0].weight == 25);
  CHECK(p.aftersales_items[0].tiers == std::vector<Tier>{{0.98, 100}, {0.95, 80}, {0.92, 60}});
  CHECK(p.aftersales_items[1].id == ItemId::kRespMean);
  CHECK(p.aftersales_items[1].lower_is_better);
  CHECK(p.aftersales_items[1].tiers == std::vector<Tier>{{30, 100}, {40, 80}, {55, 60}});
  CHECK(p.aftersales_items[2].id == ItemId::kSatisfaction);
  CHECK(p.aftersales_items[2].weight == 20);
  CHECK(p.aftersales_items[2].tiers == std::vector<Tier>{{0.95, 100}, {0.90, 80}, {0.85, 60}, {0.80, 40}});
  CHECK(p.aftersales_items[3].id == ItemId::kAssist);
  CHECK(p.aftersales_items[3].method == ScoreMethod::kDirect);
  CHECK(p.aftersales_items[3].weight == 10);
  CHECK(p.aftersales_items[4].id == ItemId::kExecution);
  CHECK(p.aftersales_items[4].weight == 20);
  CHECK(p.min_group == 3);
  CHECK(p.aftersales_min_consulted == 10);
  CHECK_FALSE(p.rank_probation);
}

TEST_CASE("naming any aftersales item replaces the whole aftersales table, not the presales one") {
  Policy p = parse_policy("aftersales.item.satisfaction.weight = 60\n"
                          "aftersales.item.satisfaction.tiers = >=90%:100, else:0\n"
                          "aftersales.item.slow_responses.weight = 40\n"
                          "aftersales.item.slow_responses.linear = 20:0, 0:100\n",
                          "shop.ini");
  REQUIRE(p.aftersales_items.size() == 2);
  CHECK(p.aftersales_items[0].id == ItemId::kSatisfaction);
  CHECK(p.aftersales_items[1].id == ItemId::kSlowResponses);
  CHECK(p.items == default_policy().items);
  // An added aftersales item needs its tiers, named with its own prefix.
  CHECK(policy_error_of("aftersales.item.sessions.weight = 5\n") ==
        "shop.ini:1: aftersales.item.sessions: give aftersales.item.sessions.tiers or aftersales.item.sessions.linear");
  CHECK(policy_error_of("aftersales.item.nope.weight = 5\n").find("shop.ini:1: aftersales.item.nope.weight: no such item") == 0);
}

// SPEC 8: "a role table that names any item replaces the whole default table
// of that role" -- the presales table (item.*) as much as the aftersales one.
TEST_CASE("naming any presales item replaces the whole presales table, not the aftersales one") {
  Policy p = parse_policy("item.conversion.weight = 70\n"
                          "item.conversion.tiers = >=40%:100, else:0\n"
                          "item.execution.weight = 30\n",
                          "shop.ini");
  REQUIRE(p.items.size() == 2);  // none of the six other defaults mixed in
  CHECK(p.items[0].id == ItemId::kConversion);
  CHECK(p.items[0].tiers == std::vector<Tier>{{0.40, 100}});
  CHECK(p.items[1].id == ItemId::kExecution);
  CHECK(p.items[1].method == ScoreMethod::kDirect);
  CHECK(p.aftersales_items == default_policy().aftersales_items);
  // A default item named again starts from nothing: its default tiers are
  // part of the replaced table, so a weight alone is not a whole item.
  CHECK(policy_error_of("item.conversion.weight = 30\n") ==
        "shop.ini:1: item.conversion: give item.conversion.tiers or item.conversion.linear");
  // The table `redhare policy` prints states every item, so it reads back whole.
  const Policy d = default_policy();
  CHECK(parse_policy(policy_text(d), "again").items == d.items);
  CHECK(policy_text(d).find("naming any item. key replaces this whole table") != std::string::npos);
}

TEST_CASE("an aftersales item scored two ways is refused under its own prefix") {
  CHECK(policy_error_of("aftersales.item.satisfaction.weight = 100\n"
                 "aftersales.item.satisfaction.tiers = >=90%:100, else:0\n"
                 "aftersales.item.satisfaction.linear = 80%:0, 100%:100\n") ==
        "shop.ini:3: aftersales.item.satisfaction.linear: aftersales.item.satisfaction.tiers (line 2) already says "
        "how satisfaction is scored; keep one of the two");
}

TEST_CASE("min_group, aftersales.min_consulted and rank_probation read from the policy and print back") {
  Policy p = parse_policy("min_group = 2\naftersales.min_consulted = 5\nrank_probation = true\n", "shop.ini");
  CHECK(p.min_group == 2);
  CHECK(p.aftersales_min_consulted == 5);
  CHECK(p.rank_probation);
  CHECK(parse_policy(policy_text(p), "printed") == p);
  const std::string text = policy_text(default_policy());
  CHECK(text.find("\nmin_group = 3\n") != std::string::npos);
  CHECK(text.find("\naftersales.min_consulted = 10\n") != std::string::npos);
  CHECK(text.find("\nrank_probation = false\n") != std::string::npos);
  CHECK(text.find("\naftersales.item.satisfaction.tiers = >=95%:100, >=90%:80, >=85%:60, >=80%:40, else:0\n") !=
        std::string::npos);
}

}  // namespace
}  // namespace redhare
