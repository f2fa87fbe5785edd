#!/usr/bin/env python3
"""Independent reference for SPEC 10: the example month's pay sheet (当月工资).

Written from SPEC.md alone (sections 5, 8 and 10), not from the C++ sources.
The figures come from expected_metrics.py (SPEC 3-4, itself independent);
this script scores them (SPEC 5: points, score, rank, grade with forced
distribution, the rank-1 and last-rank money lines) and pays them (SPEC 10).
All arithmetic is exact (int / Fraction / Decimal); money is rounded half up
to the fen once per component.

    python3 tests/expected/expected_pay.py            # writes pay_2026-10.csv
    python3 tests/expected/expected_pay.py --stdout   # prints it, with the working
    python3 tests/expected/expected_pay.py --selftest

The output is what `redhare pay --format csv --month 2026-10` prints for
examples/{chats,orders,targets,reviews,ratings,roster}.csv (LF instead of CRLF).
Interpretations are in tests/expected/README.md ("Pay").
"""

import argparse
import datetime as dt
import os
import re
import sys
from decimal import Decimal
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expected_metrics as em  # noqa: E402

# The reviews' and roster's columns (SPEC 1, 8) as the example files name them.
em.ALIASES.update({
    "rater": ["rater", "评价人"], "assist": ["assist", "协助跟进服务"], "execution": ["execution", "执行力"],
    "department": ["department", "部门"], "role": ["role", "岗位"], "status": ["status", "状态"],
    "hired": ["hired", "入职日期"], "base_pay": ["base_pay", "岗位工资"], "allowance": ["allowance", "岗位津贴"],
})

# ------------------------------------------------------ SPEC 5 and 8 policy
# One item table per role (SPEC 8 "Roles score different items"): the presales
# table of SPEC 5 and redhare's default aftersales table of SPEC 8.
WEIGHTS = {
    "presales": dict(completion=30, conversion=30, order_success=10, aov=5, reply_rate=5, resp_mean_s=5,
                     assist=5, execution=10),
    "aftersales": dict(reply_rate=25, resp_mean_s=25, satisfaction=20, assist=10, execution=20),
}
P = Fraction  # percentages below are written as P(45, 100)
TIERS = dict(
    completion=[(P(100, 100), 100), (P(90, 100), 85), (P(80, 100), 70), (P(70, 100), 55), (P(60, 100), 40),
                (P(50, 100), 25), (P(40, 100), 10)],
    conversion=[(P(45, 100), 100), (P(40, 100), 80), (P(35, 100), 60), (P(30, 100), 40), (P(25, 100), 20)],
    order_success=[(P(95, 100), 100), (P(90, 100), 80), (P(85, 100), 60), (P(80, 100), 40)],
    aov=[(P(110, 100), 100), (P(100, 100), 80), (P(90, 100), 60), (P(80, 100), 40)],
    reply_rate=[(P(98, 100), 100), (P(95, 100), 80), (P(92, 100), 60)],
    satisfaction=[(P(95, 100), 100), (P(90, 100), 80), (P(85, 100), 60), (P(80, 100), 40)],
)
RESP_TIERS = [(30, 100), (40, 80), (55, 60)]           # lower is better
RATER_WEIGHT = {"manager": P(1, 2), "peer": P(3, 10), "self": P(1, 5)}
RATERS = {"自评": "self", "互评": "peer", "主管": "manager", "self": "self", "peer": "peer", "manager": "manager"}
GRADES = ["outstanding", "excellent", "average", "improve", "urgent"]
GRADE_AT = [95, 85, 70, 50]
MIN_CONSULTED = 10   # SPEC 8 aftersales.min_consulted
MIN_GROUP = 3        # SPEC 8 min_group
MIN_INQUIRERS = 10
SHARE_OUTSTANDING, SHARE_EXCELLENT = P(10, 100), P(15, 100)
REWARD_FIRST, PENALTY_LAST = Decimal("100.00"), Decimal("100.00")

# --------------------------------------------------------------- SPEC 10 policy
COMMISSION_RATE = {"presales": P(1, 100), "aftersales": P(0)}
FACTOR = dict(outstanding=P(12, 10), excellent=P(11, 10), average=P(1), improve=P(8, 10), urgent=P(5, 10))
POOL_RATE = P(5, 100)
SENIORITY_PER_YEAR, SENIORITY_CAP = Decimal("50.00"), Decimal("500.00")
COLUMNS = ["agent", "department", "role", "base_pay", "allowance", "seniority_pay", "commission",
           "pool_share", "rewards", "deduction", "total"]


def is_regular(status):
    """SPEC 8 status words, ASCII case-insensitive: regular (正式, 转正; empty) or probation."""
    word = status.strip().lower()
    if word in ("", "regular", "正式", "转正"):
        return True
    assert word in ("probation", "试用", "试用期", "实习", "intern"), word
    return False


def hired_date(text):
    """SPEC 8 `hired`: a date in any section-1 form (2024-03-01, 2024/3/1), time of day ignored."""
    m = re.match(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text.strip())
    return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None


def fen(x):
    """Exact yuan -> whole fen, half up (amounts here are never negative)."""
    f = Fraction(x) * 100
    return int(f + Fraction(1, 2)) if f >= 0 else -int(-f + Fraction(1, 2))


def yuan(f):
    return f"{'-' if f < 0 else ''}{abs(f) // 100}.{abs(f) % 100:02d}"


def tier_points(value, tiers):
    for threshold, points in tiers:
        if value >= threshold:
            return points
    return 0


def frac(text):
    return None if text == "" else Fraction(Decimal(text))


def reviews_of(d):
    out = {}
    path = os.path.join(d, "reviews.csv")
    if not os.path.exists(path):
        return out
    for r in em.read_table(path, ["agent", "rater", "assist", "execution"]):
        out.setdefault(r["agent"].strip(), []).append(
            (RATERS[r["rater"].strip()], frac(r["assist"].strip()), frac(r["execution"].strip())))
    return out


def combined(rows, item):
    """SPEC 5: peers averaged first, then manager .5 / peer .3 / self .2 over raters present."""
    by_rater = {}
    for rater, assist, execution in rows:
        v = assist if item == "assist" else execution
        if v is not None:
            by_rater.setdefault(rater, []).append(v)
    if not by_rater:
        return None
    num = sum(RATER_WEIGHT[r] * sum(vs) / len(vs) for r, vs in by_rater.items())
    return num / sum(RATER_WEIGHT[r] for r in by_rater)


def exact_figures(row, shop):
    """The scored figures of one metrics row, exactly (the CSV rounds them)."""
    # Recompute ratios from the counts so a rounded 0.4500 never decides a tier.
    inq, ordr, pay = int(row["inquirers"]), int(row["orderers"]), int(row["payers"])
    sales = Fraction(Decimal(row["sales"]))
    fig = {}
    fig["completion"] = sales / Fraction(Decimal(row["target"])) if row["target"] else None
    fig["conversion"] = Fraction(ordr, inq) if inq else None
    fig["order_success"] = Fraction(pay, ordr) if ordr else None
    shop_aov = Fraction(shop["attributed"]) / len(shop["payers"]) if shop["payers"] else None
    fig["aov"] = (sales / pay) / shop_aov if pay and shop_aov else None
    cons = int(row["consulted"])
    fig["reply_rate"] = Fraction(int(row["replied"]), cons) if cons else None
    fig["resp_mean_s"] = row["_resp_mean"]
    rated = int(row["ratings"] or 0)  # SPEC 9: satisfied / ratings, n/a when none
    fig["satisfaction"] = Fraction(int(row["satisfied"]), rated) if rated else None
    return fig


def score(row, shop, reviews, role):
    """SPEC 5 with the role's item table (SPEC 8); n/a items left out, the rest rescaled."""
    fig = exact_figures(row, shop)
    fig["assist"] = combined(reviews, "assist")
    fig["execution"] = combined(reviews, "execution")
    num, den = Fraction(0), 0
    for item, w in WEIGHTS[role].items():
        v = fig[item]
        if v is None:
            continue
        if item in TIERS:
            pts = tier_points(v, TIERS[item])
        elif item == "resp_mean_s":
            pts = next((p for t, p in RESP_TIERS if v <= t), 0)
        else:
            pts = v
        num += w * pts
        den += w
    return num / den if den else Fraction(0)


def grade_for(s):
    for g, at in zip(GRADES, GRADE_AT):
        if s >= at:
            return g
    return "urgent"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=os.path.join(em.ROOT, "examples"))
    ap.add_argument("--month", default="2026-10")
    ap.add_argument("--stdout", action="store_true")
    ap.add_argument("--selftest", action="store_true")
    # The variant pinned by tests/cli/pay_cli_test.cpp (policy file there):
    # pay.pool_split = score, aftersales.pay.commission_rate = 2%; writes
    # pay_<month>_score.csv. Shares then follow each role's score.
    ap.add_argument("--variant", choices=["default", "score"], default="default")
    args = ap.parse_args()
    if args.variant == "score":
        COMMISSION_RATE["aftersales"] = P(2, 100)
    if args.selftest:
        assert fen(Fraction(Decimal("4740.00")) * P(1, 100) * P(11, 10)) == 5214  # the example: ¥52.14
        assert fen(Fraction(1, 200)) == 1 and fen(Fraction(1, 300)) == 0  # half a fen up, a third down
        assert yuan(12345) == "123.45" and yuan(5) == "0.05"
        assert is_regular(" Regular ") and is_regular("转正") and not is_regular("试用期")
        assert hired_date("2024/3/1") == dt.date(2024, 3, 1) == hired_date("2024-03-01 09:30")
        assert grade_for(95) == "outstanding" and grade_for(Fraction(8499, 100)) == "average"
        row = dict(inquirers="0", orderers="0", payers="0", sales="0", target="", consulted="25", replied="24",
                   _resp_mean=Fraction(35), ratings="20", satisfied="19")
        # The aftersales table: reply 96% (80), 35 s (80), satisfaction 95% (100),
        # no reviews: (25*80 + 25*80 + 20*100) / 70.
        assert score(row, dict(attributed=0, payers=[]), [], "aftersales") == Fraction(6000, 70)
        # The same row as presales scores only reply rate and response time: 80.
        assert score(row, dict(attributed=0, payers=[]), [], "presales") == 80
        print("selftest ok")
        return

    # SPEC 3-4 figures (and exact mean response times, which the CSV rounds).
    rows, shop = em.compute(args.dir, args.month, em.DEFAULT)
    resp_mean = mean_response_times(args.dir, args.month)
    for r in rows:
        r["_resp_mean"] = resp_mean.get(r["agent"])
    reviews = reviews_of(args.dir)

    # SPEC 5: score everyone with a row, each with their role's table (SPEC 8:
    # the metrics row's role is the roster's; off the roster, presales).
    for r in rows:
        r["_score"] = score(r, shop, reviews.get(r["agent"], []), r["role"])
        r["_grade"] = grade_for(r["_score"])
        r["_active"] = (int(r["customer_msgs"]) + int(r["agent_msgs"]) + int(r["auto_msgs"]) > 0
                        or int(r["orders"]) > 0)
    # SPEC 8: ranks, forced distribution and the rank-1 / last-rank lines run
    # inside each (department, role) group of the roster; presales need
    # MIN_INQUIRERS inquirers, aftersales MIN_CONSULTED consulted customers;
    # probation agents and names not on the roster are not ranked; a group
    # of fewer than MIN_GROUP ranked agents gets no rank-based line.
    roster = em.read_table(os.path.join(args.dir, "roster.csv"),
                           ["agent", "department", "role", "status", "hired", "base_pay", "allowance"])
    probation = {e["agent"].strip() for e in roster if not is_regular(e["status"])}
    groups = {}
    for r in rows:
        if r["department"] == em.OFF_ROSTER or r["agent"] in probation or not r["_active"]:
            continue
        need, have = ((MIN_CONSULTED, int(r["consulted"])) if r["role"] == "aftersales"
                      else (MIN_INQUIRERS, int(r["inquirers"])))
        if have >= need:
            groups.setdefault((r["department"], r["role"]), []).append(r)
    money_lines = {}
    for ranked in groups.values():
        ranked.sort(key=lambda r: (-r["_score"], -Decimal(r["sales"]),
                                   -(Fraction(int(r["orderers"]), int(r["inquirers"]))
                                     if int(r["inquirers"]) else -1), r["agent"].encode()))
        n = len(ranked)
        caps = {"outstanding": int(SHARE_OUTSTANDING * n), "excellent": int(SHARE_EXCELLENT * n)}
        for g, lower in (("outstanding", "excellent"), ("excellent", "average")):
            kept = 0
            for r in ranked:
                if r["_grade"] == g:
                    if kept < caps[g]:
                        kept += 1
                    else:
                        r["_grade"] = lower
        if n >= MIN_GROUP:
            money_lines.setdefault(ranked[0]["agent"], []).append(REWARD_FIRST)
            money_lines.setdefault(ranked[-1]["agent"], []).append(-PENALTY_LAST)
    by_name = {r["agent"]: r for r in rows}

    # SPEC 10, per roster agent.
    y, m = map(int, args.month.split("-"))
    last_day = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    out, members = [], []
    for e in roster:
        name = e["agent"].strip()
        role = em.ROLES[e["role"].strip().lower()]
        regular = is_regular(e["status"])
        hired = hired_date(e["hired"])
        years = 0
        if hired:
            years = last_day.year - hired.year - ((last_day.month, last_day.day) < (hired.month, hired.day))
        row = by_name.get(name)
        active = bool(row and row["_active"])
        sales = Fraction(Decimal(row["sales"])) if row else Fraction(0)
        grade = row["_grade"] if active else None
        lines = money_lines.get(name, [])
        line = dict(
            agent=name, department=e["department"].strip(), role=role,
            base_pay=fen(Decimal(em.parse_money(e["base_pay"]))),
            allowance=fen(Decimal(em.parse_money(e["allowance"]))) if e["allowance"].strip() else 0,
            seniority_pay=min(years * fen(SENIORITY_PER_YEAR), fen(SENIORITY_CAP)),
            commission=fen(sales * COMMISSION_RATE[role] * FACTOR[grade]) if grade else 0,
            pool_share=0,
            rewards=sum(fen(a) for a in lines if a > 0),
            _score=row["_score"] if active else Fraction(0),
            _due=sum(-fen(a) for a in lines if a < 0),
            _why=f"years {years}, grade {grade}, sales {sales}, score {float(row['_score']) if row else None}")
        if active and regular:
            members.append(line)
        out.append(line)

    # The pool: exact, floors, then the fen left to the largest remainders (ties: name order).
    pool = fen(Fraction(shop["silent"]) * POOL_RATE)
    if members:
        members.sort(key=lambda l: l["agent"].encode())
        # SPEC 10: equal, or in proportion to score (all zero: equal).
        weights = [Fraction(1)] * len(members)
        if args.variant == "score" and sum(l["_score"] for l in members) > 0:
            weights = [l["_score"] for l in members]
        exact = [pool * w / sum(weights) for w in weights]
        floors = [int(x) for x in exact]
        left = pool - sum(floors)
        order = sorted(range(len(members)), key=lambda i: (-(exact[i] - floors[i]), i))
        for i in order[:left]:
            floors[i] += 1
        for l, share in zip(members, floors):
            l["pool_share"] = share
    for l in out:
        l["deduction"] = min(l["_due"], l["commission"] + l["pool_share"])
        l["total"] = (l["base_pay"] + l["allowance"] + l["seniority_pay"] + l["commission"] + l["pool_share"]
                      + l["rewards"] - l["deduction"])

    text = ",".join(COLUMNS) + "\n"
    for l in out:
        text += ",".join(l[c] if c in ("agent", "department", "role") else yuan(l[c]) for c in COLUMNS) + "\n"
    if args.stdout:
        sys.stdout.write(text)
        print(f"pool {yuan(pool)} = silent {shop['silent']} x 5%, {len(members)} members", file=sys.stderr)
        for l in out:
            print(l["agent"], l["_why"], file=sys.stderr)
        return
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"pay_{args.month}{'_score' if args.variant == 'score' else ''}.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(text)


def mean_response_times(d, month):
    """Each agent's exact mean response time (SPEC 3), from expected_metrics' conversations."""
    import calendar
    y, m = map(int, month.split("-"))
    p_start = calendar.timegm((y, m, 1, 0, 0, 0))
    p_end = calendar.timegm((y + m // 12, m % 12 + 1, 1, 0, 0, 0))
    agents, pairs = {}, {}
    for msg in em.read_messages(d, ""):
        if p_start <= msg[0] < p_end:
            pairs.setdefault((msg[2], msg[3]), []).append(msg)
    for (name, cust), ms in pairs.items():
        ms.sort(key=lambda x: (x[0], x[1]))
        em.add_conversation(agents.setdefault(name, em.Agent()), cust, ms, em.DEFAULT)
    out = {}
    for name, a in agents.items():
        resp = [r for _, _, r in a.turns if r is not None]
        out[name] = Fraction(sum(resp), len(resp)) if resp else None
    return out


if __name__ == "__main__":
    main()
