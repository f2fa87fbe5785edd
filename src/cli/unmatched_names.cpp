#include "unmatched_names.h"

#include <cstdio>
#include <string_view>
#include <vector>

#include "redhare/nearest.h"
#include "redhare/error.h"
#include "redhare/message_text.h"

namespace redhare::cli {

void warn_unmatched_names(Lang lang, const Dataset& data, const std::string& targets_file, const std::string& reviews_file) {
  // With a roster, names are checked against it (SPEC 8: not on the roster).
  if (!data.roster_file.empty()) return;
  // Which agents have a message. The messages of a big month are read only
  // until every agent has one (in a shop's month, within its first minutes),
  // not to the end (105 MB at 7M messages, alone on the run's path).
  std::vector<bool> chats(data.agents.size(), false);
  size_t marked = 0;
  for (const Message& m : data.messages) {
    if (chats[m.agent]) continue;
    chats[m.agent] = true;
    if (++marked == chats.size()) break;
  }
  std::vector<std::string_view> agents;
  for (Id a = 0; a < data.agents.size(); ++a)
    if (chats[a]) agents.push_back(data.agents.name(a));

  struct Unmatched {
    Id agent;
    const std::string* file;
    uint32_t line;
  };
  std::vector<Unmatched> unmatched;
  std::vector<bool> seen(data.agents.size(), false);
  auto look = [&](Id agent, const std::string& file, uint32_t line) {
    if (chats[agent] || seen[agent]) return;
    seen[agent] = true;
    unmatched.push_back(Unmatched{agent, &file, line});
  };
  for (const Target& t : data.targets) look(t.agent, targets_file, t.line);
  for (const Review& r : data.reviews) look(r.agent, reviews_file, r.line);
  for (const Rating& r : data.ratings) look(r.agent, data.ratings_file, r.line);

  constexpr size_t kShown = 10;
  for (size_t i = 0; i < unmatched.size() && i < kShown; ++i) {
    const std::string_view name = data.agents.name(unmatched[i].agent);
    std::vector<std::string_view> near = nearest_names(name, agents, 2);
    std::string nearest;
    for (size_t k = 0; k < near.size() && k < 3; ++k) nearest += (k ? ", " : "") + quote_value(near[k]);
    std::vector<std::string> args = {*unmatched[i].file, std::to_string(unmatched[i].line), quote_value(name),
                                     data.chats_file};
    if (!nearest.empty()) args.push_back(nearest);
    Msg what(nearest.empty() ? MsgId::kAgentNoChats : MsgId::kAgentNoChatsNearest, std::move(args));
    std::fprintf(stderr, "redhare: %s\n", render_message(Msg(MsgId::kWarning, {}, {std::move(what)}), lang).c_str());
  }
  if (unmatched.size() > kShown)
    std::fprintf(stderr, "redhare: %s\n",
                 render_message(Msg(MsgId::kWarning, {}, {Msg(MsgId::kMoreUnmatchedNames,
                                                              {std::to_string(unmatched.size() - kShown)})}),
                                lang)
                     .c_str());
}

void warn_off_roster(Lang lang, const Metrics& metrics, const Dataset& data) {
  if (data.roster_file.empty()) return;
  std::vector<std::string_view> roster;
  for (const RosterEntry& e : data.roster) roster.push_back(data.agents.name(e.agent));
  constexpr size_t kShown = 10;
  size_t off = 0;
  for (const AgentFigures& f : metrics.agents) {
    if (f.on_roster || ++off > kShown) continue;
    const std::vector<std::string_view> near = nearest_names(f.name, roster, 2);
    Msg what = near.empty() ? Msg(MsgId::kNotOnRoster, {data.roster_file, quote_value(f.name)})
                            : Msg(MsgId::kNotOnRosterNearest,
                                  {data.roster_file, quote_value(f.name), quote_value(near.front())});
    std::fprintf(stderr, "redhare: %s\n", render_message(Msg(MsgId::kWarning, {}, {std::move(what)}), lang).c_str());
  }
  if (off > kShown)
    std::fprintf(stderr, "redhare: %s\n",
                 render_message(Msg(MsgId::kWarning, {},
                                    {Msg(MsgId::kMoreNotOnRoster, {data.roster_file, std::to_string(off - kShown)})}),
                                lang)
                     .c_str());
}

}  // namespace redhare::cli
