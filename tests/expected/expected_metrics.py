#!/usr/bin/env python3
"""Independent reference for SPEC sections 3-4 and 9: per-agent figures of one month.

Written from SPEC.md alone (not from the C++ sources) so that the two can check
each other.  Python 3 stdlib only; all arithmetic is exact (ints, Fraction,
Decimal) and rounding is half away from zero on the exact value.

    python3 tests/expected/expected_metrics.py                 # writes the two files below
    python3 tests/expected/expected_metrics.py --stdout        # print, write nothing
    python3 tests/expected/expected_metrics.py --dir examples/gbk --stdout
    python3 tests/expected/expected_metrics.py --explain 红兔旗舰店:大白

Outputs tests/expected/metrics_2026-10.csv and tests/expected/shop_2026-10.txt.
Interpretations where SPEC is silent are listed in tests/expected/README.md.
"""

import argparse
import calendar
import csv
import datetime as dt
import io
import os
import re
import sys
from collections import namedtuple
from decimal import Decimal
from fractions import Fraction

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DAY = 86400

# The policy settings SPEC 3-4 use; DEFAULT is SPEC's default policy.
Policy = namedtuple("Policy", "work_start work_end session_gap slow_response attribution_window "
                              "attribution net_refunds after_sales auto_reply_prefix")
DEFAULT = Policy(work_start=8 * 3600, work_end=24 * 3600, session_gap=30 * 60, slow_response=120,
                 attribution_window=48 * 3600, attribution="last", net_refunds=True,
                 after_sales=21 * DAY, auto_reply_prefix="")

# Only the aliases the example files use, plus the canonical names (SPEC 1).
ALIASES = {
    "time": ["time", "时间"], "agent": ["agent", "客服"], "customer": ["customer", "买家", "买家会员名"],
    "direction": ["direction", "方向"], "auto": ["auto", "自动回复"], "text": ["text", "内容"],
    "order_id": ["order_id", "订单编号"], "created": ["created", "订单创建时间"],
    "paid": ["paid", "订单付款时间"], "amount": ["amount", "买家实际支付金额"],
    "refund": ["refund", "退款金额"], "target": ["target", "目标销售额"],
    "rated_at": ["time", "评价时间"], "rating": ["rating", "评价结果"],
    "department": ["department", "部门"], "role": ["role", "岗位"],
}
# SPEC 8's role words (only the ones a roster may use; empty = presales).
ROLES = {"": "presales", "presales": "presales", "售前": "presales", "pre-sales": "presales", "sales": "presales",
         "aftersales": "aftersales", "售后": "aftersales", "after-sales": "aftersales", "service": "aftersales"}
OFF_ROSTER = "(not on roster)"   # SPEC 8: the department of a name missing from a given roster
# SPEC 9's rating words and their levels (5 = 很满意 ... 1 = 很不满意).
RATING_LEVELS = {}
for _level, _words in {5: ["很满意", "非常满意", "very satisfied", "5"], 4: ["满意", "satisfied", "4"],
                       3: ["一般", "neutral", "3"], 2: ["不满意", "dissatisfied", "2"],
                       1: ["很不满意", "非常不满意", "very dissatisfied", "1"]}.items():
    for _w in _words:
        RATING_LEVELS[_w] = _level
CUSTOMER_WORDS = {"customer", "in", "buyer", "买家", "顾客", "接收"}
AGENT_WORDS = {"agent", "out", "seller", "客服", "卖家", "发送"}
TRUTHY = {"1", "true", "yes", "y", "是"}


# ------------------------------------------------------------------ reading
def read_table(path, required, optional=()):
    """Rows of a CSV (UTF-8 with or without BOM, else GB18030) as dicts keyed by canonical name."""
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader)]
    index = {}
    for canon in (*required, *optional):
        found = [header.index(a.lower()) for a in ALIASES[canon] if a.lower() in header]
        if found:
            index[canon] = found[0]
        elif canon in required:
            sys.exit(f"{path}: missing column {canon}; found {header}")
    return [{k: fields[i] for k, i in index.items()} for fields in reader]


def parse_time(s):
    """Shop-local seconds since 1970-01-01 00:00 local (a plain counter; +08:00 zone)."""
    s = s.strip()
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
                     r"(Z|[+-]\d{2}:\d{2})?", s)
    if not m:
        sys.exit(f"bad time {s!r}")
    y, mo, d, h, mi, sec = (int(x or 0) for x in m.groups()[:6])
    local = calendar.timegm((y, mo, d, h, mi, sec))
    zone = m.group(7)
    if zone:   # convert to the shop's +08:00
        off = 0 if zone == "Z" else (1 if zone[0] == "+" else -1) * (int(zone[1:3]) * 3600 + int(zone[4:]) * 60)
        local += 8 * 3600 - off
    return local


def parse_money(s):
    s = s.strip().replace("¥", "").replace("￥", "").replace("元", "").replace(",", "")
    return Decimal(s) if s else Decimal(0)


def clean_id(s):
    s = s.strip()
    if s.startswith('="') and s.endswith('"'):
        s = s[2:-1]
    return s.lstrip("'")


# ------------------------------------------------------------------ time
def working_seconds(a, b, start, end):
    """Seconds of [a, b] that fall inside the daily window [start, end) (seconds of day)."""
    total, day = 0, a // DAY * DAY
    while day < b:
        lo, hi = max(a, day + start), min(b, day + end)
        if hi > lo:
            total += hi - lo
        day += DAY
    return total


# ------------------------------------------------------------------ figures
class Agent:
    def __init__(self):
        self.customer_msgs = self.agent_msgs = self.auto_msgs = 0
        self.turns = []          # (customer, start, response or None)
        self.first = []          # first responses of sessions whose first turn was answered
        self.session_lengths = []
        self.orders = []         # attributed orders in the period


def read_messages(d, prefix):
    """(time, row, agent, customer, kind) per chat row; kind 'c' customer, 'a' valid agent, 'x' auto."""
    msgs = []
    for row, r in enumerate(read_table(os.path.join(d, "chats.csv"),
                                       ["time", "agent", "customer", "direction"], ["auto", "text"])):
        dirn = r["direction"].strip().lower()
        if dirn in CUSTOMER_WORDS:
            kind = "c"
        elif dirn in AGENT_WORDS:
            auto = r.get("auto", "").strip().lower() in TRUTHY
            auto = auto or (prefix != "" and r.get("text", "").startswith(prefix))
            kind = "x" if auto else "a"
        else:
            sys.exit(f"chats line {row + 2}: bad direction {r['direction']!r}")
        msgs.append((parse_time(r["time"]), row, r["agent"].strip(), r["customer"].strip(), kind))
    return msgs


def add_conversation(a, cust, ms, pol):
    """Sessions and turns of one (agent, customer) pair's in-period messages, sorted."""
    ws, we = pol.work_start, pol.work_end
    sessions = []
    for msg in ms:
        if not sessions or working_seconds(sessions[-1][-1][0], msg[0], ws, we) > pol.session_gap:
            sessions.append([])
        sessions[-1].append(msg)
    for s in sessions:
        turns, start = [], None
        for t, _, _, _, kind in s:
            if kind == "c":
                a.customer_msgs += 1
                if start is None:
                    start = t
            elif kind == "x":
                a.auto_msgs += 1      # neither starts nor ends a turn
            else:
                a.agent_msgs += 1
                if start is not None:
                    turns.append((cust, start, working_seconds(start, t, ws, we)))
                    start = None
        if start is not None:
            turns.append((cust, start, None))
        if turns:
            a.turns += turns
            a.session_lengths.append(working_seconds(s[0][0], s[-1][0], ws, we))
            if turns[0][2] is not None:
                a.first.append(turns[0][2])


def read_orders(d):
    """All order rows, identical duplicates dropped; returns (orders, duplicate count)."""
    orders, seen, dups = [], {}, 0
    for r in read_table(os.path.join(d, "orders.csv"),
                        ["order_id", "customer", "created", "amount"], ["paid", "refund"]):
        o = dict(id=clean_id(r["order_id"]), cust=r["customer"].strip(),
                 created=parse_time(r["created"]),
                 paid=parse_time(r["paid"]) if r.get("paid", "").strip() else None,
                 amount=parse_money(r["amount"]), refund=parse_money(r.get("refund", "")))
        key = tuple(sorted(o.items()))
        if o["id"] in seen:
            if seen[o["id"]] != key:
                sys.exit(f"order {o['id']}: two rows with different content")
            dups += 1
            continue
        seen[o["id"]] = key
        orders.append(o)
    return orders, dups


def attribute(o, consultations, pol):
    """The agent of the order's chosen consultation in the window, or None (silent)."""
    window = [c for c in consultations.get(o["cust"], [])
              if o["created"] - pol.attribution_window <= c[0] <= o["created"]]
    if not window:
        return None
    return (max(window) if pol.attribution == "last" else min(window))[2]   # (time, row) order


def compute(d, month, pol, explain_agent=None):
    y, m = map(int, month.split("-"))
    p_start = calendar.timegm((y, m, 1, 0, 0, 0))
    p_end = calendar.timegm((y + m // 12, m % 12 + 1, 1, 0, 0, 0))

    msgs = read_messages(d, pol.auto_reply_prefix)
    agents, pairs = {}, {}
    for msg in msgs:
        if p_start <= msg[0] < p_end:
            pairs.setdefault((msg[2], msg[3]), []).append(msg)
    for (name, cust), ms in pairs.items():
        ms.sort(key=lambda x: (x[0], x[1]))
        add_conversation(agents.setdefault(name, Agent()), cust, ms, pol)

    orders, dups = read_orders(d)
    consultations = {}   # customer -> [(time, row, agent)], every date
    for t, row, name, cust, kind in msgs:
        if kind == "c":
            consultations.setdefault(cust, []).append((t, row, name))
    shop = dict(total=Decimal(0), attributed=Decimal(0), silent=Decimal(0), orders=0, silent_orders=0,
                duplicates=dups, payers=set())
    for o in orders:
        if not p_start <= o["created"] < p_end:
            continue
        o["net"] = max(o["amount"] - o["refund"], Decimal(0)) if pol.net_refunds else o["amount"]
        agent = attribute(o, consultations, pol)
        shop["orders"] += 1
        if agent is not None:
            agents.setdefault(agent, Agent()).orders.append(o)
        else:
            shop["silent_orders"] += 1
        if o["paid"] is not None:
            shop["total"] += o["net"]
            if agent is not None:
                shop["attributed"] += o["net"]
                shop["payers"].add(o["cust"])
            else:
                shop["silent"] += o["net"]

    targets = {}
    if os.path.exists(os.path.join(d, "targets.csv")):
        for r in read_table(os.path.join(d, "targets.csv"), ["agent", "target"]):
            targets[r["agent"].strip()] = parse_money(r["target"])
            agents.setdefault(r["agent"].strip(), Agent())
    # An agent with ratings only gets a row, like one with a target only.
    ratings = compute_ratings(d, p_start, p_end)
    for name in ratings:
        agents.setdefault(name, Agent())

    # SPEC 8: a roster agent without data gets a row too; a name not on a
    # given roster is in the department "(not on roster)", role presales.
    roster = None
    if os.path.exists(os.path.join(d, "roster.csv")):
        roster = {}
        for r in read_table(os.path.join(d, "roster.csv"), ["agent"], ["department", "role"]):
            name = r["agent"].strip()
            roster[name] = (r.get("department", "").strip(), ROLES[r.get("role", "").strip().lower()])
            agents.setdefault(name, Agent())

    rows = []
    for name in sorted(agents, key=lambda n: n.encode("utf-8")):
        row = agent_row(name, agents[name], orders, targets.get(name), pol, explain_agent == name)
        n, sat, dis = ratings.get(name, (0, 0, 0))
        row.update(ratings=n, satisfied=sat, dissatisfied=dis, satisfaction=rate(sat, n))
        if roster is None:
            row.update(department="", role="presales")
        else:
            dept, role = roster.get(name, (OFF_ROSTER, "presales"))
            row.update(department=dept, role=role)
        rows.append(row)
    return rows, shop


def agent_row(name, a, orders, target, pol, show):
    """One output row: SPEC 3-4 figures of one agent, formatted."""
    consulted = {c for c, _, _ in a.turns}
    replied = {c for c, _, r in a.turns if r is not None}
    first_turn = {}
    for c, start, _ in a.turns:
        first_turn[c] = min(first_turn.get(c, start), start)
    orderers = {o["cust"] for o in a.orders}
    paid = [o for o in a.orders if o["paid"] is not None]
    payers = {o["cust"] for o in paid}
    after_sales = {c for c in consulted if c not in orderers and any(
        o["cust"] == c and o["paid"] is not None and
        first_turn[c] - pol.after_sales <= o["created"] <= first_turn[c] for o in orders)}
    inquirers = (consulted - after_sales) | orderers
    resp = sorted(r for _, _, r in a.turns if r is not None)
    sales = sum((o["net"] for o in paid), Decimal(0))
    if show:
        explain(a, after_sales, inquirers)
    return dict(
        agent=name, consulted=len(consulted), replied=len(replied),
        unreplied=len(consulted) - len(replied), reply_rate=rate(len(replied), len(consulted)),
        customer_msgs=a.customer_msgs, agent_msgs=a.agent_msgs, auto_msgs=a.auto_msgs,
        answer_ratio=fixed(ratio(a.agent_msgs, a.customer_msgs), 4),
        turns=len(a.turns), answered_turns=len(resp),
        resp_mean_s=secs(ratio(sum(resp), len(resp))), resp_median_s=secs(median(resp)),
        resp_p90_s=secs(p90(resp)),
        first_resp_mean_s=secs(ratio(sum(a.first), len(a.first))),
        slow_responses=sum(1 for r in resp if r > pol.slow_response),
        sessions=len(a.session_lengths),
        session_mean_s=secs(ratio(sum(a.session_lengths), len(a.session_lengths))),
        inquirers=len(inquirers), orderers=len(orderers), payers=len(payers),
        orders=len(a.orders), paid_orders=len(paid), sales=money(sales),
        refunds=money(sum((o["refund"] for o in paid), Decimal(0))),
        conversion=rate(len(orderers), len(inquirers)), pay_conversion=rate(len(payers), len(inquirers)),
        order_success=rate(len(payers), len(orderers)),
        aov=money(ratio(sales, len(payers))), target=money(target),
        completion=rate(sales, target))


# ------------------------------------------------------------------ numbers
def ratio(num, den):
    """Exact num/den, or None (n/a) when den is 0 or missing."""
    if den is None or den == 0:
        return None
    return Fraction(num) / Fraction(den)


def median(xs):
    if not xs:
        return None
    n = len(xs)
    return Fraction(xs[n // 2]) if n % 2 else Fraction(xs[n // 2 - 1] + xs[n // 2], 2)


def p90(xs):
    """Nearest rank: the ceil(0.9·n)-th smallest of sorted xs."""
    return xs[-(-9 * len(xs) // 10) - 1] if xs else None


def fixed(x, places):
    """Round the exact value half away from zero at `places` decimals; '' for n/a."""
    if x is None:
        return ""
    scaled = abs(Fraction(x)) * 10 ** places
    units = int(scaled + Fraction(1, 2))          # floor(|x|·10^p + ½): half away from zero
    sign = "-" if x < 0 and units else ""
    whole, frac = divmod(units, 10 ** places)
    return f"{sign}{whole}.{frac:0{places}d}" if places else f"{sign}{whole}"


def rate(num, den):
    return fixed(ratio(num, den), 4)


def secs(x):
    return fixed(x, 1)


def money(x):
    return fixed(x, 2)


def compute_ratings(d, p_start, p_end):
    """SPEC 9: agent -> (ratings, satisfied, dissatisfied) counted in [p_start, p_end). Of each
    (agent, customer, shop-local calendar day) only the last rating counts (latest time; equal
    times: the later row). No ratings.csv in `d`: no ratings."""
    path = os.path.join(d, "ratings.csv")
    if not os.path.exists(path):
        return {}
    last = {}   # (agent, customer, day) -> (time, row, level)
    for row, r in enumerate(read_table(path, ["agent", "customer", "rated_at", "rating"])):
        t = parse_time(r["rated_at"])
        level = RATING_LEVELS.get(r["rating"].strip().lower())
        if level is None:
            sys.exit(f"bad rating {r['rating']!r}")
        if not p_start <= t < p_end:
            continue
        key = (r["agent"].strip(), r["customer"].strip(), t // DAY)
        if key not in last or (t, row) > last[key][:2]:
            last[key] = (t, row, level)
    out = {}
    for (agent, _, _), (_, _, level) in last.items():
        n, sat, dis = out.get(agent, (0, 0, 0))
        out[agent] = (n + 1, sat + (level >= 4), dis + (level <= 2))
    return out


COLUMNS = ("agent,department,role,consulted,replied,unreplied,reply_rate,customer_msgs,agent_msgs,auto_msgs,answer_ratio,"
           "turns,answered_turns,resp_mean_s,resp_median_s,resp_p90_s,first_resp_mean_s,slow_responses,"
           "sessions,session_mean_s,inquirers,orderers,payers,orders,paid_orders,sales,refunds,conversion,"
           "pay_conversion,order_success,aov,target,completion,ratings,satisfied,dissatisfied,satisfaction").split(",")


def to_csv(rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow([r[c] for c in COLUMNS])
    return out.getvalue()


def shop_text(shop, month):
    def share(x):
        return rate(x, shop["total"]) if shop["total"] else ""
    return (f"month={month}\n"
            f"orders_in_period={shop['orders']}\n"
            f"duplicate_order_rows={shop['duplicates']}\n"
            f"silent_orders={shop['silent_orders']}\n"
            f"total_sales={money(shop['total'])}\n"
            f"attributed_sales={money(shop['attributed'])}\n"
            f"attributed_share={share(shop['attributed'])}\n"
            f"silent_sales={money(shop['silent'])}\n"
            f"silent_share={share(shop['silent'])}\n"
            f"attributed_payers={len(shop['payers'])}\n"
            f"shop_aov={money(ratio(shop['attributed'], len(shop['payers'])))}\n")


def explain(a, after_sales, inquirers):
    def clock(t):
        return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%m-%d %H:%M:%S")
    for c, start, r in a.turns:
        print(f"turn  {c:<14} {clock(start)}  response {r}", file=sys.stderr)
    print(f"first responses {a.first}", file=sys.stderr)
    print(f"session lengths {a.session_lengths}", file=sys.stderr)
    for o in a.orders:
        print(f"order {o['id']} {o['cust']} {clock(o['created'])} paid={o['paid'] is not None} "
              f"amount={o['amount']} refund={o['refund']} net={o['net']}", file=sys.stderr)
    print(f"after-sales {sorted(after_sales)}", file=sys.stderr)
    print(f"inquirers {len(inquirers)}", file=sys.stderr)


def selftest():
    """The helpers above, against values worked out by hand."""
    h = 3600
    # 02:13:05 -> 08:03:05: only 08:00:00-08:03:05 is working time = 185 s.
    assert working_seconds(2 * h + 13 * 60 + 5, 8 * h + 3 * 60 + 5, 8 * h, 24 * h) == 185
    # 23:50 -> next day 08:10: 600 s before midnight + 600 s after 08:00.
    assert working_seconds(23 * h + 50 * 60, DAY + 8 * h + 10 * 60, 8 * h, 24 * h) == 1200
    # Two full working days: 2 x 16 h.
    assert working_seconds(0, 2 * DAY, 8 * h, 24 * h) == 32 * h
    # 00:00-24:00 is calendar time.
    assert working_seconds(5, 5 + 3 * DAY, 0, 24 * h) == 3 * DAY
    # Half away from zero, on the exact value (float round() would give 2.2 and 0.12).
    assert fixed(Fraction(9, 4), 1) == "2.3" and fixed(Fraction(1, 8), 2) == "0.13"
    assert fixed(Fraction(-1, 8), 2) == "-0.13" and fixed(Fraction(16, 17), 4) == "0.9412"
    assert fixed(None, 2) == "" and fixed(0, 2) == "0.00" and fixed(Decimal("3523.30"), 2) == "3523.30"
    # Median of an even count is the mean of the two middles; p90 of 34 values is the 31st.
    assert median([1, 2, 3, 4]) == Fraction(5, 2) and median([7]) == 7 and median([]) is None
    assert p90(list(range(1, 35))) == 31 and p90([5]) == 5 and p90(list(range(1, 11))) == 9
    # Excel wrappings and money decorations.
    assert clean_id('="2026100112345"') == "2026100112345" and clean_id("'123") == "123"
    assert parse_money("¥1,299.00") == Decimal("1299.00") and parse_money("￥89.90元") == Decimal("89.90")
    # Rating words: Chinese, English (any case) and digits; 满意 is 4, not a part of 很满意.
    assert RATING_LEVELS["非常满意"] == 5 and RATING_LEVELS["满意"] == 4 and RATING_LEVELS["很不满意"] == 1
    assert RATING_LEVELS["very dissatisfied"] == 1 and RATING_LEVELS["3"] == 3 and "好评" not in RATING_LEVELS
    # The three time spellings of one instant agree.
    t = parse_time("2026-10-03 09:15:02")
    assert t == parse_time("2026/10/3 9:15:02") == parse_time("2026-10-03T09:15:02+08:00")
    assert t == parse_time("2026-10-03T01:15:02Z")
    print("selftest ok")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=os.path.join(ROOT, "examples"))
    ap.add_argument("--month", default="2026-10")
    ap.add_argument("--auto-reply-prefix", default="")
    ap.add_argument("--attribution", choices=["last", "first"], default="last")
    ap.add_argument("--stdout", action="store_true", help="print instead of writing the files")
    ap.add_argument("--explain", metavar="AGENT", help="print one agent's turns and orders to stderr")
    ap.add_argument("--selftest", action="store_true", help="check the helpers and exit")
    args = ap.parse_args()
    if args.selftest:
        selftest()
        return
    pol = DEFAULT._replace(auto_reply_prefix=args.auto_reply_prefix, attribution=args.attribution)
    rows, shop = compute(args.dir, args.month, pol, args.explain)
    metrics, totals = to_csv(rows), shop_text(shop, args.month)
    if args.stdout:
        sys.stdout.write(metrics + "\n" + totals)
        return
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, f"metrics_{args.month}.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(metrics)
    with open(os.path.join(here, f"shop_{args.month}.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(totals)


if __name__ == "__main__":
    main()
