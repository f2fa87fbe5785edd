#!/usr/bin/env python3
"""Writes the example month (2026-10) of the 红兔旗舰店 shop in three dressings.

    python3 examples/make_examples.py        # from the repo root

examples/*.csv      Qianniu-style Chinese headers, UTF-8, LF
examples/en/*.csv   canonical English headers, UTF-8 with BOM, ISO 8601 +08:00
examples/gbk/*.csv  Chinese headers, GBK, CRLF, Excel re-save times, ="…" ids

All three describe the same data.  The bulk is drawn from a fixed-seed RNG; the
situations a reviewer should be able to find by eye ("plants") are written out
explicitly below and their line numbers go into examples/README.md.
Python 3 stdlib only; the output is byte-identical on every run.
"""

import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SHOP = "红兔旗舰店:"
MEI, QIANG, BAI, XX = SHOP + "小美", SHOP + "阿强", SHOP + "大白", SHOP + "晓晓"
LIN = SHOP + "小林—售后"      # the odd nick: an em dash, as people really type it
WANG = SHOP + "新人小王"      # new hire: few inquirers, no target, no reviews
JIE = SHOP + "阿杰"           # left in September: a target but no messages, not on the roster
FANG = SHOP + "阿芳"          # after-sales, on leave all October: on the roster, no data

T = dt.datetime


def at(s):
    return T.strptime(s, "%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- the data
class Month:
    def __init__(self):
        self.msgs = []     # (time, agent, customer, 'c'|'a', auto, text, plant)
        self.late = []     # rows appended after the October export (Sep 30, Nov)
        self.orders = []   # dicts, see order()

    def msg(self, time, agent, cust, who, text, auto=False, plant=None, late=False):
        (self.late if late else self.msgs).append(
            (at(time) if isinstance(time, str) else time, agent, cust, who, auto, text, plant))

    def talk(self, agent, cust, plant, *lines, late=False):
        """One plant's conversation of one agent with one customer: lines of
        (time, 'c'|'a', text), with a fourth item True for an auto-reply."""
        for time, who, text, *auto in lines:
            self.msg(time, agent, cust, who, text, auto=bool(auto and auto[0]), plant=plant, late=late)

    def order(self, oid, cust, created, paid, amount, status, refund=None,
              plant=None, money=None, idstyle="plain"):
        """money: how the amount is printed in the Chinese file (None = plain)."""
        created = at(created) if isinstance(created, str) else created
        paid = at(paid) if isinstance(paid, str) else paid
        self.orders.append(dict(id=oid, cust=cust, created=created, paid=paid,
                                amount=amount, status=status, refund=refund,
                                plant=plant, money=money, idstyle=idstyle))


CUST_TEXT = ["在吗", "这款有现货吗？", "什么时候发货呀", "能便宜点吗", "有优惠券吗",
             "尺码怎么选，身高165体重50kg", "发什么快递？", "好的，谢谢", "颜色和图片一样吗",
             "已拍，麻烦尽快发货", "可以开发票吗", "质量怎么样，会起球吗",
             "我看详情页写的\"买一送一\"，是真的吗？\n还有，赠品是什么？",
             "地址写错了，能改成：\n浙江省杭州市余杭区文一西路969号，谢谢"]
AGENT_TEXT = ["亲，在的呢，请问有什么可以帮您？", "有现货的亲，今天下单48小时内发货哦",
              "亲，可以领取店铺满199减20的优惠券哦", "建议选M码，亲", "默认中通快递，亲",
              "好的亲，已备注优先发货", "亲，颜色以实物为准，基本没有色差的",
              "可以开电子发票的，亲，下单后联系我们就行", "亲，面料是精梳棉，不起球的哦",
              "亲，活动是\"第二件半价\"，不是买一送一哦，\n赠品是同款袜子一双"]
AUTO_TEXT = "您好，欢迎光临红兔旗舰店，客服马上为您服务~"
PREFIX_TEXT = "[自动回复]亲，现在咨询的人比较多，请稍等，马上回复您~"
PRICES = ["59.00", "89.90", "129.00", "199.00", "259.00", "399.00", "599.00", "1299.00"]
NICK_A = ["小鱼儿", "tb", "快乐的", "阿", "momo", "甜甜", "大熊", "jiajia", "夏天",
          "橙子", "lucky", "木木", "星星", "安安", "zz"]


def bulk(m, rng):
    """Ordinary conversations and the orders that follow some of them."""
    seen = set()
    counters = {"order": 0}

    def nick():
        while True:
            n = rng.choice(NICK_A) + str(rng.randint(10, 9999))
            if n not in seen:
                seen.add(n)
                return n

    def next_id():
        counters["order"] += 1
        return "20261" + str(3000000000000 + counters["order"] * 7919)

    # agent: (customers, chance to order)
    plan = [(MEI, 17, 0.55), (QIANG, 15, 0.45), (BAI, 13, 0.45), (XX, 12, 0.35),
            (LIN, 8, 0.3), (WANG, 4, 0.25)]
    for agent, n, p_order in plan:
        for _ in range(n):
            cust = nick()
            day = rng.randint(1, 30)
            t = T(2026, 10, day, rng.randint(9, 20), rng.randint(0, 59), rng.randint(0, 59))
            last_c = None
            for s in range(rng.choice([1, 1, 1, 1, 2])):
                if s:
                    t = t + dt.timedelta(days=1, hours=rng.randint(0, 2))
                    if t.day == 31 or t.month != 10:
                        break
                    t = t.replace(hour=min(t.hour, 20))
                turns = rng.choice([1, 1, 1, 2, 2, 3])
                for k in range(turns):
                    for j in range(rng.choice([1, 1, 2, 2, 3])):
                        m.msg(t, agent, cust, "c", rng.choice(CUST_TEXT))
                        last_c = t
                        if s == 0 and k == 0 and j == 0 and rng.random() < 0.2:
                            m.msg(t + dt.timedelta(seconds=1), agent, cust, "a", AUTO_TEXT, auto=True)
                        t += dt.timedelta(seconds=rng.randint(5, 40))
                    if k == turns - 1 and rng.random() < 0.07:
                        break       # customer left without an answer
                    slow = rng.random() < 0.12
                    t += dt.timedelta(seconds=rng.randint(130, 420) if slow else rng.randint(3, 90))
                    for _ in range(rng.choice([1, 1, 2])):
                        m.msg(t, agent, cust, "a", rng.choice(AGENT_TEXT))
                        t += dt.timedelta(seconds=rng.randint(5, 30))
                    t += dt.timedelta(seconds=rng.randint(20, 300))
            if rng.random() < p_order and last_c is not None:
                for _ in range(rng.choice([1, 1, 1, 2])):
                    created = last_c + dt.timedelta(seconds=rng.randint(60, 40 * 3600))
                    if created.month != 10:
                        continue
                    amount = rng.choice(PRICES)
                    r = rng.random()
                    if r < 0.15:
                        m.order(next_id(), cust, created, None, amount, "交易关闭")
                        continue
                    paid = created + dt.timedelta(seconds=rng.randint(10, 900))
                    refund, status = None, rng.choice(["交易成功", "交易成功", "卖家已发货，等待买家确认"])
                    if r > 0.93:
                        refund, status = amount, "交易关闭"
                    elif r > 0.86:
                        refund = f"{float(amount) / 2:.2f}"   # prices have at most 2 decimals
                    m.order(next_id(), cust, created, paid, amount, status, refund,
                            money=rng.choice([None, None, None, "yen"]),
                            idstyle=rng.choice(["plain", "plain", "excel"]))
    # Silent orders: buyers who never wrote to anyone.
    for _ in range(60):
        cust = nick()
        created = T(2026, 10, rng.randint(1, 31), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        amount = rng.choice(PRICES)
        if rng.random() < 0.12:
            m.order(next_id(), cust, created, None, amount, "等待买家付款")
        else:
            paid = created + dt.timedelta(seconds=rng.randint(10, 900))
            refund = amount if rng.random() < 0.05 else None
            m.order(next_id(), cust, created, paid, amount,
                    "交易关闭" if refund else "交易成功", refund,
                    money=rng.choice([None, None, "yen"]),
                    idstyle=rng.choice(["plain", "plain", "excel"]))


def plants(m):
    """The situations a reviewer checks by eye; see examples/README.md."""
    # Night: a customer writes at 02:13, the agent answers at 08:03 (185 working s, slow).
    p = "night: reply waits for 08:00 (185 working s)"
    m.talk(MEI, "夜猫子小周", p,
           ("2026-10-08 02:13:05", "c", "在吗？想问下这个还有货吗"),
           ("2026-10-08 02:13:07", "a", AUTO_TEXT, True),
           ("2026-10-08 02:20:40", "c", "我明天早上等回复"),
           ("2026-10-08 08:03:05", "a", "亲，早上好，有货的呢"),
           ("2026-10-08 08:05:00", "c", "好的，那我拍了"),
           ("2026-10-08 08:05:30", "a", "好的亲"))
    m.order("2026100812000001", "夜猫子小周", "2026-10-08 08:10:00", "2026-10-08 08:10:30",
            "199.00", "交易成功", plant=p)
    # Overnight: 23:50 -> 08:10 is 600 + 600 working seconds; the session goes on.
    p = "overnight: one session, response 1200 working s"
    m.talk(QIANG, "晚睡的猫", p,
           ("2026-10-12 23:50:00", "c", "这个裤子有XL吗"),
           ("2026-10-13 08:10:00", "a", "亲，XL有的呢"),
           ("2026-10-13 08:12:00", "c", "好的"),
           ("2026-10-13 08:12:20", "a", "有需要随时找我哦"))
    # Session gap: exactly 30 min keeps the session, 34 min starts a new one.
    p = "session gap: 1800 s same session, 2040 s new session"
    m.talk(BAI, "tb_lisa88", p,
           ("2026-10-15 14:00:00", "c", "羽绒服充绒量多少"),
           ("2026-10-15 14:00:40", "a", "亲，充绒量200克"),
           ("2026-10-15 14:30:40", "c", "含绒量呢"),
           ("2026-10-15 14:31:00", "a", "90%白鸭绒，亲"),
           ("2026-10-15 15:05:00", "c", "洗了会跑绒吗"),
           ("2026-10-15 15:06:30", "a", "不会的亲，防钻绒面料"))
    # Slow-response boundary: 120 s is not slow, 121 s is.
    p = "slow boundary: 120 s not slow, 121 s slow"
    m.talk(XX, "等等不急", p,
           ("2026-10-20 10:00:00", "c", "帮我看下订单到哪了"),
           ("2026-10-20 10:02:00", "a", "亲，已到杭州中转站了"),
           ("2026-10-20 10:03:00", "c", "大概几天到"),
           ("2026-10-20 10:05:01", "a", "预计后天送达哦"))
    # Only an auto-reply: the customer is consulted but not replied.
    p = "unreplied: only an auto-reply (auto=1 does not answer)"
    m.talk(XX, "没人理我", p,
           ("2026-10-09 16:00:00", "c", "你好，这个能退吗"),
           ("2026-10-09 16:00:01", "a", AUTO_TEXT, True),
           ("2026-10-09 16:01:00", "c", "人呢？"))
    # A trailing turn nobody answers.
    p = "trailing unanswered turn (customer still replied)"
    m.talk(MEI, "问完就走", p,
           ("2026-10-17 11:00:00", "c", "这件有白色吗"),
           ("2026-10-17 11:00:20", "a", "亲，白色暂时断货了"),
           ("2026-10-17 11:02:00", "c", "那算了"))
    # Transfer: 小林 hands a pre-sales buyer to 阿强, who gets the order.
    p = "transfer: 小林 -> 阿强, order attributed to 阿强"
    m.talk(LIN, "转来转去", p,
           ("2026-10-22 13:00:00", "c", "我想买两件，能打折吗"),
           ("2026-10-22 13:00:30", "a", "亲，售前问题帮您转接给售前同事哦"))
    m.talk(QIANG, "转来转去", p,
           ("2026-10-22 13:01:30", "c", "我想买两件，能打折吗"),
           ("2026-10-22 13:01:50", "a", "亲，两件可以打9折，我给您改价"))
    m.order("2026102213200002", "转来转去", "2026-10-22 13:20:00", "2026-10-22 13:21:00",
            "718.20", "交易成功", plant=p)
    # After-sales: paid order 8 days before the first turn, no new order.
    p = "after-sales: paid 2026-09-25, asks 小林 on 10-03 (not an inquirer)"
    m.order("2026092510000003", "退货的王姐", "2026-09-25 10:00:00", "2026-09-25 10:01:00",
            "259.00", "交易成功", plant=p)
    m.talk(LIN, "退货的王姐", p,
           ("2026-10-03 10:00:00", "c", "衣服有点小，能换大一码吗"),
           ("2026-10-03 10:00:50", "a", "可以的亲，麻烦寄回，运费我们承担"))
    # Too old for after-sales: 28 days.
    p = "not after-sales: paid order 28 days before (inquirer)"
    m.order("2026090510000004", "老顾客阿梅", "2026-09-05 10:00:00", "2026-09-05 10:00:30",
            "129.00", "交易成功", plant=p)
    m.talk(LIN, "老顾客阿梅", p,
           ("2026-10-03 11:00:00", "c", "上次买的那款还有吗"),
           ("2026-10-03 11:01:00", "a", "亲，还有的呢"))
    # After-sales through an October order that another agent got.
    p = "after-sales for 小林 via 小美's October order"
    m.talk(MEI, "回头问问", p,
           ("2026-10-05 09:30:00", "c", "这个卫衣有黑色吗"),
           ("2026-10-05 09:30:25", "a", "有的亲"))
    m.order("2026100509400005", "回头问问", "2026-10-05 09:40:00", "2026-10-05 09:41:00",
            "199.00", "卖家已发货，等待买家确认", plant=p, idstyle="excel")
    m.talk(LIN, "回头问问", p,
           ("2026-10-10 15:00:00", "c", "我的快递怎么还没到"),
           ("2026-10-10 15:00:40", "a", "亲，帮您催一下快递"))
    # Would be after-sales, but buys again from the same agent.
    p = "recent buyer orders again: not after-sales"
    m.order("2026092810000006", "换货又买", "2026-09-28 10:00:00", "2026-09-28 10:00:40",
            "89.90", "交易成功", plant=p)
    m.talk(BAI, "换货又买", p,
           ("2026-10-06 10:00:00", "c", "上次的袜子不错，再来两双"),
           ("2026-10-06 10:00:30", "a", "好的亲，直接拍就行"))
    m.order("2026100610300007", "换货又买", "2026-10-06 10:30:00", "2026-10-06 10:30:30",
            "179.80", "交易成功", plant=p, money="yen")
    # Sep 30 consultation, Oct 1 order (rows appended after the October export).
    p = "Sep 30 consultation -> Oct 1 order for 小美"
    m.talk(MEI, "国庆剁手", p,
           ("2026-09-30 20:00:00", "c", "国庆有活动吗？"),
           ("2026-09-30 20:00:30", "a", "亲，10月1日零点开始满1000减100哦"), late=True)
    m.order("2026100110000008", "国庆剁手", "2026-10-01 10:00:00", "2026-10-01 10:00:20",
            "1299.00", "交易成功", plant=p, money="comma", idstyle="excel")
    # Attribution window: 48 h exactly is in, 48 h + 1 s is silent.
    p = "window: order exactly 48 h after the consultation (attributed)"
    m.talk(XX, "卡点下单", p,
           ("2026-10-10 09:00:00", "c", "大衣还能再便宜吗"),
           ("2026-10-10 09:00:30", "a", "亲，这已经是活动价了"))
    m.order("2026101209000009", "卡点下单", "2026-10-12 09:00:00", "2026-10-12 09:01:00",
            "599.00", "交易成功", plant=p)
    p = "window: order 48 h + 1 s after the consultation (silent)"
    m.talk(XX, "差一秒", p,
           ("2026-10-10 10:00:00", "c", "围巾是羊毛的吗"),
           ("2026-10-10 10:00:20", "a", "是的亲，100%羊毛"))
    m.order("2026101210000010", "差一秒", "2026-10-12 10:00:01", "2026-10-12 10:02:00",
            "259.00", "交易成功", plant=p)
    # Equal consultation times with two agents: the later row wins.
    p = "tie: same second to 小美 and 大白, later row (大白) gets the order"
    m.msg("2026-10-18 15:00:00", MEI, "同时问两家", "c", "两件一起买包邮吗", plant=p)
    m.msg("2026-10-18 15:00:00", BAI, "同时问两家", "c", "两件一起买包邮吗", plant=p)
    m.msg("2026-10-18 15:00:40", MEI, "同时问两家", "a", "包邮的亲", plant=p)
    m.msg("2026-10-18 15:01:00", BAI, "同时问两家", "a", "亲，满99就包邮", plant=p)
    m.order("2026101815300011", "同时问两家", "2026-10-18 15:30:00", "2026-10-18 15:31:00",
            "259.00", "交易成功", plant=p)
    # Period edges.
    p = "period edge: 10-31 23:59:59 in, answered only in November"
    m.msg("2026-10-31 23:59:59", BAI, "月底最后一秒", "c", "还能用双十一的券吗", plant=p)
    m.msg("2026-11-01 08:01:00", BAI, "月底最后一秒", "a", "亲，11月1日起可以用哦", plant=p, late=True)
    m.order("2026110100000012", "月底最后一秒", "2026-11-01 00:00:00", "2026-11-01 00:00:30",
            "399.00", "交易成功", plant=p)
    p = "period edge: November messages (outside)"
    m.talk(MEI, "双十一蹲点", p,
           ("2026-11-01 00:00:00", "c", "双十一什么时候开始"),
           ("2026-11-02 10:00:00", "a", "亲，11日零点开始哦"), late=True)
    m.order("2026093023590013", "九月最后一单", "2026-09-30 23:59:59", "2026-10-01 00:00:10",
            "59.00", "交易成功", plant="period edge: order created 09-30 23:59:59 (outside)")
    # Refunds: partial and full.
    p = "refund: partial (399.00 paid, 199.50 back)"
    m.talk(QIANG, "退一半", p,
           ("2026-10-19 20:00:00", "c", "两条裤子一起发吗"),
           ("2026-10-19 20:00:15", "a", "一起发的亲"))
    m.order("2026101920100014", "退一半", "2026-10-19 20:10:00", "2026-10-19 20:10:40",
            "399.00", "交易成功", "199.50", plant=p)
    p = "refund: full (259.00 paid and refunded)"
    m.talk(MEI, "全退了", p,
           ("2026-10-21 19:00:00", "c", "这款偏大吗"),
           ("2026-10-21 19:00:30", "a", "正常尺码的亲"))
    m.order("2026102119100015", "全退了", "2026-10-21 19:10:00", "2026-10-21 19:10:20",
            "259.00", "交易关闭", "259.00", plant=p, idstyle="quote")
    # Unpaid order after a consultation, and an agent-initiated 催付 with no turn.
    p = "unpaid order after a consultation"
    m.talk(QIANG, "拍了没付", p,
           ("2026-10-23 21:00:00", "c", "先拍下，明天付款可以吗"),
           ("2026-10-23 21:00:20", "a", "可以的亲，24小时内付款就行"))
    m.order("2026102321050016", "拍了没付", "2026-10-23 21:05:00", None, "599.00",
            "交易关闭", plant=p)
    p = "agent-only session (催付, no customer message): no turn, no session"
    m.order("2026101415500017", "忘记付款", "2026-10-14 15:50:00", None, "129.00",
            "等待买家付款", plant=p)
    m.msg("2026-10-14 16:00:00", MEI, "忘记付款", "a", "亲，您拍下的宝贝还没付款哦，库存紧张", plant=p)
    # Auto-replies marked only by the text prefix (自动回复=0): valid agent
    # messages under the default policy (auto_reply_prefix empty).
    p = "[自动回复] prefix with 自动回复=0"
    for cust, agent, day in (("前缀测试甲", XX, "2026-10-11"), ("前缀测试乙", XX, "2026-10-16"),
                             ("前缀测试丙", WANG, "2026-10-24")):
        m.talk(agent, cust, p,
               (f"{day} 14:00:00", "c", "在吗，问下尺码"),
               (f"{day} 14:00:02", "a", PREFIX_TEXT),
               (f"{day} 14:03:00", "a", "亲，您好，请问身高体重多少呢"))
    # An order row exported twice, identically.
    p = "identical duplicate order row"
    m.order("2026102510000018", "tb_双份", "2026-10-25 10:00:00", "2026-10-25 10:00:30",
            "89.90", "交易成功", plant=p, money="yen")
    m.order("2026102510000018", "tb_双份", "2026-10-25 10:00:00", "2026-10-25 10:00:30",
            "89.90", "交易成功", plant=p, money="yen")


# ---------------------------------------------------------------- writing
def csv_field(s):
    if any(ch in s for ch in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


class Dressing:
    """One way of writing the same month: headers, encoding, line ends, value styles."""

    def __init__(self, name, headers, encoding, eol, bom, fmt_time, who, auto, money, oid, rater):
        self.name, self.headers, self.encoding, self.eol, self.bom = name, headers, encoding, eol, bom
        self.fmt_time, self.who, self.auto, self.money, self.oid, self.rater = \
            fmt_time, who, auto, money, oid, rater


def money_zh(amount, style, yen="¥"):
    if style == "yen":
        return yen + amount
    if style == "comma":
        whole, frac = amount.split(".")
        return f"{int(whole):,}.{frac}"
    return amount


def oid_zh(oid, style, force_excel):
    if force_excel or style == "excel":
        return f'="{oid}"'      # written bare, as Taobao's export does
    if style == "quote":
        return "'" + oid
    return oid


ZH = Dressing(
    "", dict(chats=["时间", "客服", "买家", "方向", "自动回复", "内容"],
             orders=["订单编号", "买家会员名", "订单创建时间", "订单付款时间", "买家实际支付金额", "订单状态", "退款金额"],
             targets=["客服", "目标销售额"], reviews=["客服", "评价人", "协助跟进服务", "执行力"]),
    "utf-8", "\n", False, lambda t: t.strftime("%Y-%m-%d %H:%M:%S"),
    {"c": "买家", "a": "客服"}, {True: "1", False: "0"}, money_zh,
    lambda o, s: oid_zh(o, s, False), {"self": "自评", "peer": "互评", "manager": "主管"})
EN = Dressing(
    "en", dict(chats=["time", "agent", "customer", "direction", "auto", "text"],
               orders=["order_id", "customer", "created", "paid", "amount", "status", "refund"],
               targets=["agent", "target"], reviews=["agent", "rater", "assist", "execution"]),
    "utf-8", "\n", True, lambda t: t.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
    {"c": "customer", "a": "agent"}, {True: "true", False: "false"}, lambda a, s: a,
    lambda o, s: o, {"self": "self", "peer": "peer", "manager": "manager"})
GBK = Dressing(
    "gbk", ZH.headers, "gbk", "\r\n", False,
    lambda t: f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}:{t.second:02d}",
    # GBK has no U+00A5 ¥; Chinese Windows software writes the full-width ￥ (A3A4).
    ZH.who, ZH.auto, lambda a, s: money_zh(a, s, "￥"), lambda o, s: oid_zh(o, s, True), ZH.rater)
# The roster and ratings files' own words, per dressing (headers, then value spellings).
ZH.headers.update(roster=["客服", "部门", "岗位", "状态", "入职日期", "岗位工资", "岗位津贴"],
                  ratings=["客服", "买家", "评价时间", "评价结果"])
EN.headers.update(roster=["agent", "department", "role", "status", "hired", "base_pay", "allowance"],
                  ratings=["agent", "customer", "time", "rating"])
ROLE = {"": {"pre": "售前", "after": "售后"}, "en": {"pre": "presales", "after": "aftersales"},
        "gbk": {"pre": "售前", "after": "售后"}}
LEVEL_ZH = {5: "很满意", 4: "满意", 3: "一般", 2: "不满意", 1: "很不满意"}
LEVEL_EN = {5: "very satisfied", 4: "satisfied", 3: "neutral", 2: "dissatisfied", 1: "very dissatisfied"}

STATUS_EN = {"交易成功": "finished", "交易关闭": "closed", "等待买家付款": "awaiting payment",
             "卖家已发货，等待买家确认": "shipped"}

TARGETS = [(MEI, "3000.00"), (QIANG, "4000.00"), (BAI, "3500.00"), (XX, "5000.00"),
           (LIN, "1000.00"), (JIE, "2000.00")]
REVIEWS = [(MEI, "self", 95, 92), (MEI, "peer", 88, 90), (MEI, "peer", 84, 86), (MEI, "manager", 90, 88),
           (QIANG, "self", 90, 90), (QIANG, "manager", 75, 70),
           (BAI, "self", 80, 85), (BAI, "peer", 82, 80), (BAI, "manager", 85, 83),
           (XX, "manager", 78, 72),
           (LIN, "self", 70, 75), (LIN, "peer", 90, 88)]


# The roster (SPEC 8): one department, a pre-sales and an after-sales group.
# 新人小王 is on probation, 阿芳 is on leave (no data in October), 阿杰 (left
# in September, still in the targets sheet) is not on the roster. Status is
# written in the forms HR sheets use: (zh, en). Money as in the orders:
# base pay with a yen sign once, one allowance empty (= 0).
ROSTER = [  # agent, role, (status zh, status en), hired, base_pay, allowance
    (MEI, "pre", ("正式", "regular"), "2024-03-01", "4000.00", "300.00"),
    (QIANG, "pre", ("正式", "Regular"), "2023-07-15", "4000.00", "300.00"),
    (BAI, "pre", ("转正", "regular"), "2025-01-06", "3800.00", "300.00"),
    (XX, "pre", ("正式", "regular"), "2025-06-01", "3800.00", "200.00"),
    (LIN, "after", ("正式", "regular"), "2024-11-11", "3600.00", "200.00"),
    (WANG, "pre", ("试用期", "probation"), "2026-09-15", "3000.00", ""),
    (FANG, "after", ("正式", "regular"), "2022-05-20", "3600.00", "200.00"),
]
DEPARTMENT = "客服部"

# Ratings (SPEC 9): the customers of the plants, rated the day they chatted.
# Not in time order (a Qianniu export is per agent). The plant names are the
# rules they pin; line numbers go to examples/README.md.
RATINGS = [  # time, agent, customer, level, plant
    ("2026-10-03 18:20:00", LIN, "退货的王姐", 5, "rating: same day, the latest time counts, not the later row"),
    ("2026-10-03 10:05:00", LIN, "退货的王姐", 3, "rating: same day, the latest time counts, not the later row"),
    ("2026-10-03 11:05:00", LIN, "老顾客阿梅", 4, None),
    ("2026-10-10 15:02:00", LIN, "回头问问", 2, "rating: the next day is another rating (both count)"),
    ("2026-10-11 09:00:00", LIN, "回头问问", 4, "rating: the next day is another rating (both count)"),
    ("2026-10-22 13:01:00", LIN, "转来转去", 1, None),
    ("2026-10-22 13:25:00", QIANG, "转来转去", 5, None),
    ("2026-10-13 08:13:00", QIANG, "晚睡的猫", 5, None),
    ("2026-10-08 08:06:00", MEI, "夜猫子小周", 4, None),
    ("2026-10-17 11:03:00", MEI, "问完就走", 2, "rating: equal times, the later row counts"),
    ("2026-10-17 11:03:00", MEI, "问完就走", 1, "rating: equal times, the later row counts"),
    ("2026-09-30 20:01:00", MEI, "国庆剁手", 5, "rating: outside the period (Sep 30, Nov 1)"),
    ("2026-10-15 15:07:00", BAI, "tb_lisa88", 4, None),
    ("2026-10-06 10:01:00", BAI, "换货又买", 5, None),
    ("2026-10-20 10:06:00", XX, "等等不急", 3, None),
    ("2026-10-09 16:30:00", XX, "没人理我", 1, "rating: three in one day, only the last (23:59:59) counts"),
    ("2026-10-09 20:00:00", XX, "没人理我", 2, "rating: three in one day, only the last (23:59:59) counts"),
    ("2026-10-09 23:59:59", XX, "没人理我", 3, "rating: three in one day, only the last (23:59:59) counts"),
    ("2026-11-01 09:00:00", XX, "没人理我", 2, "rating: outside the period (Sep 30, Nov 1)"),
]


def chat_kind(auto, text):
    """Labels for bulk rows worth pointing at in the README."""
    if "\n" in text:
        return "(bulk) multi-line quoted text with commas / doubled quotes"
    if auto:
        return "(bulk) auto-reply 自动回复=1 inside a turn"
    return None


def order_kind(o):
    if o["paid"] is None:
        return "(bulk) unpaid order"
    if o["refund"]:
        return "(bulk) refund, partial or full"
    if o["money"] == "yen":
        return "(bulk) amount with a yen sign"
    return None


def write(d, month):
    out = os.path.join(HERE, d.name)
    os.makedirs(out, exist_ok=True)
    lines = {}   # plant -> list of (file, line)

    def emit(fname, header, rows):
        buf, line = [], 1
        for fields, plant in [(header, None)] + rows:
            text = ",".join(f if raw else csv_field(f) for f, raw in fields)
            if plant:
                lines.setdefault(plant, []).append((fname, line))
            buf.append(text + d.eol)
            line += 1 + text.count("\n")
        data = "".join(buf)
        with open(os.path.join(out, fname), "wb") as f:
            f.write(("\ufeff" if d.bom else "").encode("utf-8") + data.encode(d.encoding))

    def cols(*fs, raw=()):
        return [(f, i in raw) for i, f in enumerate(fs)]

    chats = month.msgs + month.late
    emit("chats.csv", cols(*d.headers["chats"]),
         [(cols(d.fmt_time(t), a, c, d.who[w], d.auto[auto], text), p or chat_kind(auto, text))
          for t, a, c, w, auto, text, p in chats])
    orows = []
    for o in month.orders:
        status = STATUS_EN[o["status"]] if d is EN else o["status"]
        refund = o["refund"] or ""
        orows.append((cols(d.oid(o["id"], o["idstyle"]), o["cust"], d.fmt_time(o["created"]),
                           d.fmt_time(o["paid"]) if o["paid"] else "",
                           d.money(o["amount"], o["money"]), status, refund, raw=(0,)),
                      o["plant"] or order_kind(o)))
    emit("orders.csv", cols(*d.headers["orders"]), orows)
    emit("targets.csv", cols(*d.headers["targets"]), [(cols(a, t), None) for a, t in TARGETS])
    emit("reviews.csv", cols(*d.headers["reviews"]),
         [(cols(a, d.rater[r], str(x), str(y)), None) for a, r, x, y in REVIEWS])
    rrows = []
    for i, (a, role, status, hired, base, allowance) in enumerate(ROSTER):
        if d is EN:
            st, day, pay = status[1], hired, base
        elif d is GBK:
            y, mo, dd = map(int, hired.split("-"))
            st, day, pay = status[0], f"{y}/{mo}/{dd}", base
        else:
            st, day, pay = status[0], hired, ("¥" + base if i == 0 else base)
        rrows.append((cols(a, DEPARTMENT, ROLE[d.name][role], st, day, pay, allowance), None))
    emit("roster.csv", cols(*d.headers["roster"]), rrows)
    arows = []
    for i, (t, a, c, level, plant) in enumerate(RATINGS):
        # en: words, and the digits Qianniu's API gives for every third row.
        word = (str(level) if i % 3 == 2 else LEVEL_EN[level]) if d is EN else LEVEL_ZH[level]
        arows.append((cols(a, c, d.fmt_time(at(t)), word), plant))
    emit("ratings.csv", cols(*d.headers["ratings"]), arows)
    return lines


def write_plant_table(lines):
    """Replaces the table between the markers in examples/README.md (the prose around it is
    hand-written) so the line numbers there always match the files."""
    table = ["| planted situation | file: physical line numbers (examples/*.csv) |", "|---|---|"]
    for plant, where in lines.items():
        by_file = {}
        for fname, n in where:
            by_file.setdefault(fname, []).append(str(n))
        # Long lists are cut: the first few show the pattern.
        cells = "; ".join(f"{f}: {', '.join(ns[:8])}{' …' if len(ns) > 8 else ''}"
                          for f, ns in by_file.items())
        table.append(f"| {plant} | {cells} |")
    path = os.path.join(HERE, "README.md")
    text = open(path, encoding="utf-8").read()
    begin, end = "<!-- plants: generated by make_examples.py -->\n", "<!-- /plants -->"
    head, rest = text.split(begin)
    tail = rest[rest.index(end):]
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + begin + "\n".join(table) + "\n" + tail)


def main():
    m = Month()
    bulk(m, random.Random(20261001))
    plants(m)
    # The October export is in time order (stable: equal times keep generation order).
    m.msgs.sort(key=lambda r: r[0])
    m.late.sort(key=lambda r: r[0])
    # Orders: by creation time, like the export; the duplicate stays adjacent.
    m.orders.sort(key=lambda o: o["created"])
    lines = [write(d, m) for d in (ZH, EN, GBK)]
    # Same rows in the same order: one line table serves all three dressings.
    assert lines[0] == lines[1] == lines[2]
    write_plant_table(lines[0])
    print(f"{len(m.msgs) + len(m.late)} messages, {len(m.orders)} order rows")


if __name__ == "__main__":
    main()
