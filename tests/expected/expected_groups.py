#!/usr/bin/env python3
"""Independent reference for SPEC 5 and 8: the example month's scores and per-group ranks.

Reads the figures expected_metrics.py computed (metrics_2026-10.csv, shop_2026-10.txt),
examples/reviews.csv and examples/roster.csv, and writes groups_2026-10.csv: agent,
department, role, score (2 decimals, empty for no activity), rank (empty when not ranked)
and group_ranked, in the metrics file's agent order. Written from SPEC.md alone (default
policy), without reading the C++ sources.

    python3 tests/expected/expected_groups.py            # rewrites groups_2026-10.csv
    python3 tests/expected/expected_groups.py --stdout   # print, write nothing
"""
import csv
import io
import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# SPEC 5 (presales) and SPEC 8 (aftersales): (item, weight, tiers as (threshold, points), lower is better).
PRESALES = [
    ("completion", 30, [("1.00", 100), ("0.90", 85), ("0.80", 70), ("0.70", 55), ("0.60", 40), ("0.50", 25),
                        ("0.40", 10)], False),
    ("conversion", 30, [("0.45", 100), ("0.40", 80), ("0.35", 60), ("0.30", 40), ("0.25", 20)], False),
    ("order_success", 10, [("0.95", 100), ("0.90", 80), ("0.85", 60), ("0.80", 40)], False),
    ("aov", 5, [("1.10", 100), ("1.00", 80), ("0.90", 60), ("0.80", 40)], False),
    ("reply_rate", 5, [("0.98", 100), ("0.95", 80), ("0.92", 60)], False),
    ("resp_mean_s", 5, [("30", 100), ("40", 80), ("55", 60)], True),
    ("assist", 5, None, False),
    ("execution", 10, None, False),
]
AFTERSALES = [
    ("reply_rate", 25, [("0.98", 100), ("0.95", 80), ("0.92", 60)], False),
    ("resp_mean_s", 25, [("30", 100), ("40", 80), ("55", 60)], True),
    ("satisfaction", 20, [("0.95", 100), ("0.90", 80), ("0.85", 60), ("0.80", 40)], False),
    ("assist", 10, None, False),
    ("execution", 20, None, False),
]
RATER = {"自评": "self", "互评": "peer", "主管": "manager"}
RATER_WEIGHT = {"manager": F(5, 10), "peer": F(3, 10), "self": F(2, 10)}
ROLES = {"": "presales", "售前": "presales", "presales": "presales", "售后": "aftersales", "aftersales": "aftersales"}
MIN_INQUIRERS, MIN_CONSULTED = 10, 10


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def reviews(path):
    """agent -> {item: combined score}: several peers averaged first, raters weighted 5:3:2 over those present."""
    by = {}
    for r in read_csv(path):
        for item, col in (("assist", "协助跟进服务"), ("execution", "执行力")):
            if r[col].strip():
                by.setdefault(r["客服"], {}).setdefault(item, {}).setdefault(RATER[r["评价人"]], []).append(
                    F(r[col].strip()))
    out = {}
    for agent, items in by.items():
        for item, raters in items.items():
            means = {k: sum(v) / len(v) for k, v in raters.items()}
            w = sum(RATER_WEIGHT[k] for k in means)
            out.setdefault(agent, {})[item] = sum(RATER_WEIGHT[k] * m for k, m in means.items()) / w
    return out


def score(row, table, shop_aov, rv):
    total, weights = F(0), 0
    for item, weight, tiers, lower in table:
        if item in ("assist", "execution"):
            fig = rv.get(item)
        elif item == "aov":
            fig = F(row["aov"]) / shop_aov if row["aov"] else None
        else:
            fig = F(row[item]) if row[item] else None
        if fig is None:
            continue  # n/a: left out, the score rescaled over the weights present
        if tiers is None:
            pts = fig
        else:
            pts = next((p for t, p in tiers if (fig <= F(t) if lower else fig >= F(t))), 0)
        total += weight * pts
        weights += weight
    return total / weights if weights else F(0)


def main():
    metrics = read_csv(os.path.join(HERE, "metrics_2026-10.csv"))
    shop = dict(line.strip().split("=", 1) for line in open(os.path.join(HERE, "shop_2026-10.txt"), encoding="utf-8"))
    shop_aov = F(shop["shop_aov"])
    rv = reviews(os.path.join(ROOT, "examples", "reviews.csv"))
    roster = {r["客服"]: r for r in read_csv(os.path.join(ROOT, "examples", "roster.csv"))}
    rows = []
    for m in metrics:
        name = m["agent"]
        entry = roster.get(name)
        role = ROLES[entry["岗位"].strip()] if entry else "presales"
        probation = bool(entry) and entry["状态"].strip() in ("试用", "试用期", "实习")
        active = any(int(m[k]) for k in ("customer_msgs", "agent_msgs", "auto_msgs", "orders"))
        s = score(m, AFTERSALES if role == "aftersales" else PRESALES, shop_aov, rv.get(name, {})) if active else None
        eligible = (active and entry is not None and not probation and
                    (int(m["consulted"]) >= MIN_CONSULTED if role == "aftersales"
                     else int(m["inquirers"]) >= MIN_INQUIRERS))
        rows.append(dict(agent=name, department=m["department"], role=role, score=s, eligible=eligible,
                         sales=F(m["sales"]), conversion=F(m["conversion"]) if m["conversion"] else F(-1),
                         group=(entry is None, m["department"], role)))
    # Rank inside each group: score, sales, conversion (descending), then name.
    for g in {r["group"] for r in rows}:
        ranked = sorted((r for r in rows if r["group"] == g and r["eligible"]),
                        key=lambda r: (-r["score"], -r["sales"], -r["conversion"], r["agent"].encode("utf-8")))
        for i, r in enumerate(ranked):
            r["rank"] = i + 1
        for r in rows:
            if r["group"] == g:
                r["group_ranked"] = len(ranked)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["agent", "department", "role", "score", "rank", "group_ranked"])
    for r in rows:
        half_up = (r["score"] * 100 + F(1, 2)).__floor__() / F(100) if r["score"] is not None else None
        w.writerow([r["agent"], r["department"], r["role"], "" if half_up is None else f"{float(half_up):.2f}",
                    r.get("rank", ""), r["group_ranked"]])
    if "--stdout" in sys.argv:
        sys.stdout.write(out.getvalue())
    else:
        with open(os.path.join(HERE, "groups_2026-10.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(out.getvalue())


if __name__ == "__main__":
    main()
