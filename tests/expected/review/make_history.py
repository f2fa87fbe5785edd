#!/usr/bin/env python3
"""Writes the review fixtures: history/YYYY-MM.csv (as `score --save` writes
them, with department and role) and roster.csv. Each agent is planted for one
rule of SPEC 12; see tests/expected/README.md (review) for the list.

    python3 tests/expected/review/make_history.py
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
Y25 = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-09", "2025-10"]
H1 = ["2026-01", "2026-02", "2026-03", "2026-05"]
# Small month-to-month changes, so that a mean is not just the base score.
OFFSETS = [0.3, -0.2, 0.5, 0.1, -0.4, 0.2, 0.0, 0.3]
A = ("客服一部", "presales")
B = ("客服二部", "presales")
S = ("客服一部", "aftersales")

# agent -> {month: (score, ranked, group)}; a month left out: not in that file.
plan = {}


def agent(name, months, base, group, ranked=None, group_of=None):
    for i, m in enumerate(months):
        g = group_of(m) if group_of else group
        r = True if ranked is None else ranked(m)
        score = base + OFFSETS[i % len(OFFSETS)] if r else 20.0
        plan.setdefault(m, []).append((name, round(score, 1), r, g))


# 2025: eight saved months (July, August, November, December missing): 6 needed.
agent("甲", Y25, 97, A)
agent("乙", Y25, 96, A)
agent("丙", Y25, 90, A)
agent("丁", Y25, 80, A)
agent("戊", Y25, 78, A)
agent("己", Y25, 75, A)
agent("庚", Y25, 72, A)
agent("辛", Y25, 60, A)
agent("壬", Y25, 55, A)
agent("癸", Y25, 45, A)
agent("子", Y25[:5], 50, A)  # ranked in 5 of 8: not reviewed
agent("丑", Y25, 70, A, ranked=lambda m: m not in ("2025-03", "2025-09"))  # 2 months unranked
agent("寅", Y25, 65, A, group_of=lambda m: A if m < "2025-07" else B)  # moved to 二部 in September
agent("卯", Y25, 58, B)
agent("辰", Y25, 52, B)
agent("巳", Y25, 88, B)
agent("午", Y25, 91, S)

# 2026-H1: four saved months (April missing): 3 needed.
agent("甲", H1, 95, A)
agent("乙", H1, 93, A)
agent("丙", H1, 88, A)
agent("丁", H1, 80, A)
agent("戊", H1, 77, A)
agent("己", H1, 74, A)
agent("庚", H1, 71, A)
agent("辛", H1, 75, A)  # listed, recovers: continues
agent("壬", H1, 40, A)  # listed, falls further: termination review only
agent("癸", H1, 60, A)  # listed (urgent), improves to 有待提高: allowance down, no amount on the roster
agent("丑", H1, 70, A)
agent("子", H1, 68, A)
agent("寅", H1, 62, B)  # listed, 有待提高 again: 250 -> 200
agent("卯", H1, 55, B)  # listed, 有待提高 again: 0 is the lowest level
agent("辰", ["2026-02"], 50, B)  # listed, 1 of 4 months: not reviewable
agent("巳", H1, 86, B)
agent("午", H1, 90, S)


def grade(score):
    for t, k in ((95, "outstanding"), (85, "excellent"), (70, "average"), (50, "needs-improvement")):
        if score >= t:
            return k
    return "urgent"


os.makedirs(os.path.join(HERE, "history"), exist_ok=True)
for month, rows in sorted(plan.items()):
    ranks = {}
    for g in {r[3] for r in rows}:
        ranked = sorted((r for r in rows if r[3] == g and r[2]), key=lambda r: (-r[1], r[0]))
        for i, r in enumerate(ranked):
            ranks[r[0]] = i + 1
    with open(os.path.join(HERE, "history", month + ".csv"), "w", encoding="utf-8", newline="") as f:
        f.write("agent,score,grade,rank,department,role\n")
        for name, score, r, g in rows:
            f.write(f"{name},{score},{grade(score)},{ranks.get(name, 0)},{g[0]},{g[1]}\n")

# 癸 is not on the roster (no amounts on their line); 丑's allowance is empty,
# which SPEC 8 reads as 0; the rest 200 unless named.
ALLOWANCE = {"甲": "500", "辛": "300", "壬": "200", "丑": "", "寅": "250", "卯": "0", "辰": "100",
             "巳": "200", "午": "300"}
with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("agent,department,role,allowance\n")
    for name in ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "子", "丑", "寅", "卯", "辰", "巳", "午"]:
        g = S if name == "午" else B if name in ("寅", "卯", "辰", "巳") else A
        f.write(f"{name},{g[0]},{g[1]},{ALLOWANCE.get(name, '200')}\n")
