// The roster (SPEC 8, 员工名册): who works in which department, in which role,
// on which terms. Read here; ranking groups and eligibility use it later.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "redhare/inputs.h"
#include "redhare/message.h"
#include "redhare/period.h"
#include "redhare/records.h"
#include "redhare/row_errors.h"

namespace redhare {

// `presales` (售前, pre-sales, sales) or `aftersales` (售后, after-sales,
// service), ASCII case-insensitive; empty = presales. False for anything else.
bool parse_role(std::string_view text, Role* out);

// `regular` (正式, 转正) or `probation` (试用, 试用期, 实习, intern), ASCII
// case-insensitive; empty = regular. False for anything else.
bool parse_staff_status(std::string_view text, StaffStatus* out);

// Why `pay` cannot use a roster entry (SPEC 10), or nullopt: an empty
// base_pay (kPayNoBasePay), or hired after the period's last day
// (kPayHiredAfterMonth). Never paid a guessed amount. `agent` is the entry's
// name, quoted in the message.
std::optional<Msg> pay_refusal(const RosterEntry& entry, std::string_view agent, const Period& period);

// Appends the roster file's rows to d->roster (agents into d->agents,
// departments into d->departments) and its account to d->account. A second
// row for one agent is a bad row naming the first one's line. With
// options.roster_for_pay, so is a row pay_refusal() refuses (kept in
// d->roster all the same, see ReadOptions).
void read_roster(const std::string& path, const ReadOptions& options, const Policy& policy, RowErrors& errors,
                 Dataset* d);

}  // namespace redhare
