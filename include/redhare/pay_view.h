// The pay sheet as a Report (SPEC 10), and the words of its arithmetic.
#pragma once

#include <string>
#include <vector>

#include "redhare/pay.h"
#include "redhare/report.h"
#include "redhare/views.h"

namespace redhare {

// `pay`: table "pay" = agent, department, role, base_pay, allowance,
// seniority_pay, commission, pool_share, rewards, deduction, total: one row
// per paid roster agent for csv/tsv/json (nothing else), and for people the
// same rows (role in words) and a 合计 / total row. The footer gives the pool
// and every deduction that could not be taken in full; with `detail`, each
// agent's arithmetic (pay_detail_lines).
Report pay_report(const PaySheet& sheet, const ReportContext& context, bool detail);

// How the pool was made and shared, in `lang`.
std::string pay_pool_line(const PaySheet& sheet, Lang lang);

// One agent's pay, component by component, with the numbers behind each:
//   commission ¥52.14 = sales ¥4,740.00 × 1% × 1.1 (excellent)
std::vector<std::string> pay_detail_lines(const PayLine& line, const PaySheet& sheet, Lang lang);

// `explain --agent … --section pay`: table "pay", one row per column of the
// sheet (component, amount, how it was made, in `lang`); the component is
// the column key for csv/tsv/json and its name for people (two Tables).
std::vector<Table> pay_explain_tables(const PayLine& line, const PaySheet& sheet, Lang lang);

// The same table for an agent left off the sheet (PaySheet::left_off): only
// the pool share held for them, never the guessed amounts of a refused row.
std::vector<Table> pay_explain_held_tables(const PayLine& line, Lang lang);

}  // namespace redhare
