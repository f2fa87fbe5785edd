#include "unmatched_names.h"

#include <cstdio>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "redhare/nearest.h"
#include "redhare/error.h"

namespace redhare::cli {

void warn_unmatched_names(const Dataset& data, const std::string& targets_file, const std::string& reviews_file) {
  // With a roster, names are checked against it (SPEC 8: not on the roster).
  if (!data.roster_file.empty()) return;
  std::vector<bool> chats(data.agents.size(), false);
  for (const Message& m : data.messages) chats[m.agent] = true;
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
    std::string hint;
    if (!near.empty()) {
      hint = "; nearest agent: ";
      for (size_t k = 0; k < near.size() && k < 3; ++k) hint += (k ? ", " : "") + quote_value(near[k]);
    }
    std::fprintf(stderr, "redhare: warning: %s:%u: agent %s has no chat message in %s%s\n",
                 unmatched[i].file->c_str(), unmatched[i].line, quote_value(name).c_str(), data.chats_file.c_str(),
                 hint.c_str());
  }
  if (unmatched.size() > kShown)
    std::fprintf(stderr, "redhare: warning: and %zu more names in targets, reviews or ratings with no chat message\n",
                 unmatched.size() - kShown);
}

}  // namespace redhare::cli
