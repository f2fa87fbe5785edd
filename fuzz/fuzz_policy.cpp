// libFuzzer target: the policy file parser.
//
// Any text must give a Policy or a UsageError / InputError naming the line.
// A policy that parses must print (policy_text) as a file that parses back to
// the same policy: `redhare policy > p.ini; edit; --policy p.ini` relies on it.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "redhare/error.h"
#include "redhare/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  redhare::Policy p;
  try {
    p = redhare::parse_policy(text, "fuzz.ini");
  } catch (const redhare::UsageError&) {
    return 0;
  } catch (const redhare::InputError&) {
    return 0;
  }
  std::string printed = redhare::policy_text(p);
  redhare::Policy back;
  try {
    back = redhare::parse_policy(printed, "printed.ini");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "printed policy does not parse: %s\n", e.what());
    std::abort();
  }
  if (!(back == p)) {
    std::fprintf(stderr, "printed policy parses to a different policy\n");
    std::abort();
  }
  return 0;
}
