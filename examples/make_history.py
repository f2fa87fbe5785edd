#!/usr/bin/env python3
"""Writes examples/history/: a year and a half of saved months for `redhare review`.

The example data is one month (October 2026). The appraisal cycle needs a year
of saved months, so this script scores the example month with redhare itself
(`redhare score --format csv`) and writes January 2025 to June 2026 in the
format `score --save` writes (agent,score,grade,rank), each agent's October
score moved by a fixed per-month drift: the story of the shop's year.

- 大白, 小美: strong all along.
- 晓晓: joined in June 2025 (roster): too few months for the 2025 review.
- 阿强: a weak 2025 (有待提高, listed for the mid-year review), better in 2026.
- 小林—售后: 急需提高 in 2025, 有待提高 again in 2026-H1.
- 新人小王: never ranked (too few inquirers, on probation): never reviewed.
- 阿杰 left before 2025: in no saved month.
- August 2025 was not saved (the shop's summer break): 11 saved months.

Departments and roles come from examples/roster.csv, as `score --roster --save`
keeps them (agent,score,grade,rank,department,role): 小林—售后 is ranked in the
after-sales group of 客服部, everyone else in pre-sales.

    python3 examples/make_history.py [--redhare build/redhare]

Stdlib only; byte-identical on every run for the same redhare.
"""

import argparse
import csv
import io
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = [f"2025-{m:02d}" for m in range(1, 13) if m != 8] + [f"2026-{m:02d}" for m in range(1, 7)]
WIGGLE = [0.8, -0.6, 0.3, -0.2, 0.5, -0.9, 0.4, 0.1, -0.3, 0.6, -0.4, 0.2, -0.1, 0.7, -0.5, 0.0, 0.3]

# Added to the agent's October score, for 2025 and for 2026.
DRIFT = {
    "红兔旗舰店:大白": (3.0, 2.0),
    "红兔旗舰店:小美": (1.5, 3.0),
    "红兔旗舰店:晓晓": (-2.0, 0.5),
    "红兔旗舰店:阿强": (-8.0, 1.5),
    "红兔旗舰店:小林—售后": (8.0, 30.0),
}
JOINED = {"红兔旗舰店:晓晓": "2025-06"}
LEFT = {"红兔旗舰店:阿杰"}
ROLES = {"售前": "presales", "售后": "aftersales"}


def roster():
    with open(os.path.join(HERE, "roster.csv"), encoding="utf-8", newline="") as f:
        return {r["客服"]: (r["部门"], ROLES[r["岗位"]]) for r in csv.DictReader(f)}


def grade(score):
    for threshold, key in ((95, "outstanding"), (85, "excellent"), (70, "average"), (50, "needs-improvement")):
        if score >= threshold:
            return key
    return "urgent"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--redhare", default=os.path.join(HERE, "..", "build", "redhare"))
    args = ap.parse_args()
    out = subprocess.run(
        [args.redhare, "score", "--chats", "chats.csv", "--orders", "orders.csv", "--targets", "targets.csv",
         "--reviews", "reviews.csv", "--month", "2026-10", "--format", "csv"],
        cwd=HERE, check=True, capture_output=True, text=True).stdout
    october = [(r["agent"], float(r["score"]), r["rank"] != "") for r in csv.DictReader(io.StringIO(out))
               if r["agent"] not in LEFT]
    group = roster()
    folder = os.path.join(HERE, "history")
    os.makedirs(folder, exist_ok=True)
    for i, month in enumerate(MONTHS):
        rows = []
        for k, (agent, score, ranked) in enumerate(october):
            if month < JOINED.get(agent, ""):
                continue
            drift = DRIFT.get(agent, (0.0, 0.0))[0 if month < "2026" else 1]
            s = round(min(100.0, max(0.0, score + drift + WIGGLE[(i + 3 * k) % len(WIGGLE)])), 2)
            rows.append((agent, s, ranked))
        # Ranked agents of each group by score, then name; forced distribution
        # inside the group as SPEC 5 and 8 say.
        lines = {}
        for g in sorted({group[a] for a, _, _ in rows}):
            ranked = sorted((r for r in rows if r[2] and group[r[0]] == g), key=lambda r: (-r[1], r[0]))
            n, used = len(ranked), {"outstanding": 0, "excellent": 0}
            caps = {"outstanding": int(0.10 * n + 1e-9), "excellent": int(0.15 * n + 1e-9)}
            for rank, (agent, s, _) in enumerate(ranked, 1):
                g_ = grade(s)
                if g_ == "outstanding" and used[g_] >= caps[g_]:
                    g_ = "excellent"
                if g_ == "excellent" and used[g_] >= caps[g_]:
                    g_ = "average"
                used[g_] = used.get(g_, 0) + 1
                lines[agent] = f"{agent},{s:g},{g_},{rank},{g[0]},{g[1]}\n"
        for agent, s, r in rows:
            if not r:
                lines[agent] = f"{agent},{s:g},{grade(s)},0,{group[agent][0]},{group[agent][1]}\n"
        with open(os.path.join(folder, month + ".csv"), "w", encoding="utf-8", newline="") as f:
            f.write("agent,score,grade,rank,department,role\n")
            for agent, _, _ in rows:
                f.write(lines[agent])

if __name__ == "__main__":
    main()
