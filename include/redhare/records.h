// The plain data that the read stage hands to everything after it.
//
// Times are seconds on the shop's local wall clock (SPEC 1: naive times are
// shop-local; zoned and epoch times are shifted to the policy's utc_offset),
// counted from 1970-01-01 00:00 local. Working windows, days and months are then
// plain integer arithmetic. Money is integer fen (0.01 yuan): sums never drift.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "redhare/interner.h"
#include "redhare/money.h"
#include "redhare/period.h"
#include "redhare/time.h"

namespace redhare {

enum class MessageKind : uint8_t {
  kCustomer = 0,  // a customer message (a consultation)
  kAgent = 1,     // a valid agent message (answers a turn)
  kAuto = 2,      // an agent auto-reply: continues a session, answers nothing
};

// One chat message: 24 bytes, no heap. `line` is the physical line where the
// row starts in the chats file, so any figure can be traced back (appeals).
struct Message {
  Time time;
  Id agent;     // Dataset::agents
  Id customer;  // Dataset::customers
  uint32_t line;
  MessageKind kind;
};
static_assert(sizeof(Message) <= 24, "messages must stay compact: 10M of them per month");

struct Order {
  Id order_id;  // Dataset::order_ids
  Id customer;  // Dataset::customers (same namespace as chats)
  Time created;
  Time paid;    // kNever: never paid
  Fen amount;   // actually paid
  Fen refund;   // 0 when empty
  Id status;    // Dataset::statuses (free text, reported only)
  uint32_t line;
  bool is_paid() const { return paid != kNever; }
};

struct Target {
  Id agent;
  Fen target;
  uint32_t line;
};

enum class Rater : uint8_t { kSelf, kPeer, kManager };

// One review row (0-100 scores). Either score may be missing in a row.
struct Review {
  Id agent;
  Rater rater;
  std::optional<double> assist;
  std::optional<double> execution;
  uint32_t line;
};

// The roster (SPEC 8): who works where.
enum class Role : uint8_t { kPresales, kAftersales };
enum class StaffStatus : uint8_t { kRegular, kProbation };

// One roster row. Each agent is on the roster at most once (a second row is a
// bad row), so an agent's entry is found by Id.
struct RosterEntry {
  Id agent;       // Dataset::agents
  Id department;  // Dataset::departments; "" = the shop's single department
  Role role;
  StaffStatus status;
  Time hired;                 // 00:00 of the hiring day; kNever: not given
  std::optional<Fen> base_pay;  // absent: not given (pay will require it)
  Fen allowance;              // 0 when empty
  uint32_t line;
};

// One customer rating of an agent (SPEC 9), level 1 (很不满意) to 5 (很满意).
// Only the last rating of one (agent, customer, shop-local day) counts; the
// earlier ones stay, marked superseded, so `explain` can show them.
struct Rating {
  Time time;
  Id agent;     // Dataset::agents
  Id customer;  // Dataset::rating_customers (not the chats' namespace)
  uint32_t line;
  uint8_t level;
  bool superseded;
};

// The input account of one file (SPEC 6): every data row is exactly one of
// used, outside the period, duplicate or rejected.
struct FileAccount {
  std::string kind;  // "chats", "orders", "targets", "reviews", "roster", "ratings"
  std::string file;  // as given on the command line ("-" = stdin)
  uint64_t rows_read = 0;
  uint64_t used = 0;
  uint64_t outside_period = 0;
  uint64_t duplicates = 0;
  uint64_t rejected = 0;
  Time first = kNever;  // earliest time seen in the file (kNever: none)
  Time last = kNever;   // latest time seen in the file
};

// True when some message kept is inside the period (the rest are the
// attribution look-back before it): a chats file whose month holds nothing
// but look-back cannot be scored (SPEC 6).
bool any_message_in(const std::vector<Message>& messages, const Period& period);

// Everything read from the inputs of one run.
struct Dataset {
  Interner agents;
  Interner customers;
  Interner order_ids;
  Interner statuses;
  // Messages that can matter for the period: those inside it, plus those up to
  // attribution_window before it (attribution may look back, SPEC 2). In input
  // order.
  std::vector<Message> messages;
  // All orders (orders before the period matter for after-sales), identical
  // duplicates dropped, in input order.
  std::vector<Order> orders;
  std::vector<Target> targets;
  std::vector<Review> reviews;
  // The roster in file order, bad rows left out; empty without --roster.
  std::vector<RosterEntry> roster;
  Interner departments;
  // Ratings inside the period, in file order, the superseded ones marked.
  std::vector<Rating> ratings;
  // The raters (SPEC 9), apart from `customers`: only a rating's agent, day
  // and level make figures, and a big month's ~1M raters are mostly not chat
  // customers; in one table they more than doubled it for every later stage.
  Interner rating_customers;
  std::vector<FileAccount> account;  // chats, orders, then targets/reviews/roster/ratings if given
  std::string chats_file;            // display names, for locations in messages
  std::string orders_file;
  std::string roster_file;           // "" = no roster
  std::string ratings_file;          // "" = no ratings
};

}  // namespace redhare
