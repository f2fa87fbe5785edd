#!/usr/bin/env python3
"""Independent reference for SPEC 12: the annual and mid-year reviews.

Written from SPEC.md (sections 5, 8 and 12) alone, not from the C++ sources,
so that the two can check each other. Python 3 stdlib only; means are exact
(Fraction) and rounded half away from zero on the exact value.

    python3 tests/expected/expected_review.py            # writes the four files below
    python3 tests/expected/expected_review.py --stdout   # print, write nothing

Reads tests/expected/review/history/*.csv and review/roster.csv (written by
review/make_history.py) with the default policy, and writes, for 2025 and
2026-H1:
  review/review_<period>.csv          what `redhare review --format csv` prints
  review/actions_<period>.csv         agent,rule,amount of `--section actions`
"""

import argparse
import csv
import math
import os
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "review")

# Default policy (SPEC 5, 12).
PRESENCE = Fraction(2, 3)
GRADES = [(95, "outstanding"), (85, "excellent"), (70, "average"), (50, "needs-improvement")]
SHARE_OUTSTANDING = Fraction(10, 100)
SHARE_EXCELLENT = Fraction(15, 100)
LEVELS = [0, 10000, 20000, 30000, 50000]  # fen
ROLES = ["presales", "aftersales"]  # the order groups are listed in
RULES = ["promotion_candidate", "listed_for_midyear", "interview", "allowance_down", "termination_review",
         "continues", "not_reviewable"]


def read_history():
    months = {}
    for name in sorted(os.listdir(os.path.join(HERE, "history"))):
        with open(os.path.join(HERE, "history", name), encoding="utf-8", newline="") as f:
            months[name[:7]] = list(csv.DictReader(f))
    return months


def read_roster():
    with open(os.path.join(HERE, "roster.csv"), encoding="utf-8", newline="") as f:
        # SPEC 8: an empty allowance is 0; an agent not on the roster has none.
        return {r["agent"]: int(Decimal(r["allowance"] or "0") * 100) for r in csv.DictReader(f)}


def span(period):
    year = int(period[:4])
    return (year, 1, 6) if period.endswith("-H1") else (year, 1, 12)


def grade_of(score):
    for threshold, key in GRADES:
        if score >= threshold:
            return key
    return "urgent"


def review_standing(history, period):
    """SPEC 12: who is reviewed, their group, mean, rank and grade."""
    year, first, last = span(period)
    saved = [m for m in sorted(history) if int(m[:4]) == year and first <= int(m[5:7]) <= last]
    # Presence over the period's saved months, rounded up.
    needed = math.ceil(PRESENCE * len(saved)) if saved else 0
    counted = {}  # agent -> list of (month, score, group), ranked months only
    for m in saved:
        for row in history[m]:
            if int(row["rank"]) > 0:
                group = (row.get("department", ""), row.get("role", "presales") or "presales")
                counted.setdefault(row["agent"], []).append((m, Fraction(row["score"]), group))
    reviewed = []
    for agent, months in counted.items():
        if len(months) >= needed:
            mean = sum(s for _, s, _ in months) / len(months)
            group = max(months)[2]  # the latest counted month's
            reviewed.append({"agent": agent, "months": len(months), "mean": mean, "group": group})
    groups = {}
    for a in reviewed:
        groups.setdefault(a["group"], []).append(a)
    ordered = []
    for g in sorted(groups, key=lambda g: (g[0].encode("utf-8"), ROLES.index(g[1]))):
        members = sorted(groups[g], key=lambda a: (-a["mean"], a["agent"].encode("utf-8")))
        n = len(members)
        cap = {"outstanding": math.floor(SHARE_OUTSTANDING * n), "excellent": math.floor(SHARE_EXCELLENT * n)}
        used = {"outstanding": 0, "excellent": 0}
        for i, a in enumerate(members):
            a["rank"], a["group_ranked"] = i + 1, n
            a["score_grade"] = g0 = grade_of(a["mean"])
            if g0 == "outstanding" and used["outstanding"] >= cap["outstanding"]:
                g0 = "excellent"
            if g0 == "excellent" and used["excellent"] >= cap["excellent"]:
                g0 = "average"
            if g0 in used:
                used[g0] += 1
            a["grade"] = g0
        ordered += members
    return saved, needed, counted, ordered


WEAK = ("needs-improvement", "urgent")


def level_below(allowance):
    below = [level for level in LEVELS if level < allowance]
    return below[-1] if below else None


def review(history, roster, period):
    saved, needed, counted, agents = review_standing(history, period)
    midyear = period.endswith("-H1")
    listed_by = {}
    if midyear:
        _, _, _, last_year = review_standing(history, str(int(period[:4]) - 1))
        listed_by = {a["agent"]: a["grade"] for a in last_year if a["grade"] in WEAK}
    rows, lines = [], []
    for a in agents:
        allowance = roster.get(a["agent"])
        after = None
        if not midyear:
            listed = a["grade"] in WEAK
            if a["grade"] in ("outstanding", "excellent"):
                lines.append((a["agent"], "promotion_candidate", None))
            if listed:
                lines.append((a["agent"], "listed_for_midyear", None))
            if a["grade"] == "urgent":
                lines.append((a["agent"], "interview", None))
        else:
            listed = a["agent"] in listed_by
            if listed:
                if a["grade"] == "needs-improvement":
                    amount = None
                    if allowance is not None:
                        after = level_below(allowance)
                        if after is not None:
                            amount = after - allowance
                    lines.append((a["agent"], "allowance_down", amount))
                if a["grade"] in WEAK:
                    lines.append((a["agent"], "termination_review", None))
                else:
                    lines.append((a["agent"], "continues", None))
        rows.append([a["agent"], a["group"][0], a["group"][1], str(a["months"]), four(a["mean"]), a["grade"],
                     str(a["rank"]), str(a["group_ranked"]), "yes" if listed else "no", money(allowance),
                     money(after)])
    reviewed = {a["agent"] for a in agents}
    for agent in sorted(listed_by, key=lambda s: s.encode("utf-8")):
        if agent not in reviewed:
            lines.append((agent, "not_reviewable", None))
    lines.sort(key=lambda line: RULES.index(line[1]))  # stable: agent order kept
    return rows, [[agent, rule, money(amount)] for agent, rule, amount in lines]


def four(x):
    """An exact mean with 4 decimals, half away from zero (means are positive)."""
    return str((Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))


def money(fen):
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


HEADER = ["agent", "department", "role", "months", "mean_score", "grade", "rank", "group_ranked", "listed",
          "allowance", "allowance_after"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stdout", action="store_true")
    args = ap.parse_args()
    history, roster = read_history(), read_roster()
    for period in ("2025", "2026-H1"):
        rows, actions = review(history, roster, period)
        outputs = {f"review_{period}.csv": [HEADER] + rows, f"actions_{period}.csv": [["agent", "rule", "amount"]] + actions}
        for name, table in outputs.items():
            text = "".join(",".join(r) + "\n" for r in table)
            if args.stdout:
                sys.stdout.write(f"== {name}\n{text}")
            else:
                with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
                    f.write(text)


if __name__ == "__main__":
    main()
