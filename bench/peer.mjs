// bench/peer.mjs: the peer that bench/run measures redhare against. DuckDB (its
// Node API, version pinned in package.json) computes the core figures of SPEC 3-4
// for one generated month, in SQL, and writes one CSV row per agent.
//
//   node bench/peer.mjs figures CHATS ORDERS YYYY-MM OUT.csv [THREADS]
//   node bench/peer.mjs compare PEER.csv REDHARE.csv
//
// `figures` follows redhare's default policy: work_hours 08:00-24:00, session_gap
// 30 min, attribution_window 48 h (last consultation), net_refunds. Where SQL
// simplifies, it says so below; on redhare-gen's months none of it changes a figure.
// `compare` prints how many agents and figures agree and exits 1 if any differ.
import { readFileSync } from 'node:fs';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'figures') {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const [chats, orders, month, out, threads = '2'] = args;
  const instance = await DuckDBInstance.create(':memory:', { threads });
  const db = await instance.connect();
  const q = (s) => `'${s.replaceAll("'", "''")}'`;
  const begin = `epoch(TIMESTAMP ${q(month + '-01 00:00:00')})::BIGINT`;
  const end = `epoch(TIMESTAMP ${q(month + '-01 00:00:00')} + INTERVAL 1 MONTH)::BIGINT`;
  const sql = `
-- Shop-local seconds: ISO times with an offset are moved to +08:00 (the default
-- utc_offset); naive times are local already.
CREATE MACRO local_s(t) AS CASE WHEN length(t) > 19
  THEN epoch(strptime(t, '%Y-%m-%dT%H:%M:%S%z'))::BIGINT + 8 * 3600
  ELSE epoch(strptime(t, '%Y-%m-%d %H:%M:%S'))::BIGINT END;
-- Working seconds since the epoch, 08:00-24:00 every day: a duration is the
-- difference of two of these (SPEC 3 "working time").
CREATE MACRO work_s(t) AS (t // 86400) * 57600 + least(greatest(t % 86400 - 28800, 0), 57600);
CREATE MACRO fen(v) AS round(replace(replace(replace(trim(v), '¥', ''), '元', ''), ',', '')::DECIMAL(18, 2) * 100)::BIGINT;

-- Columns by position (redhare-gen's order), all text; the header names differ
-- between --header zh and en. Input order (for equal times) is the row number.
CREATE TABLE msg AS
SELECT line, agent, customer, t, work_s(t) AS w,
       CASE WHEN lower(direction) IN ('customer', 'in', 'buyer', '买家', '顾客', '接收') THEN 0
            WHEN lower(auto) IN ('1', 'true', 'yes', 'y', '是') THEN 2 ELSE 1 END AS kind
FROM (SELECT row_number() OVER () AS line, agent, customer, direction, auto, local_s(time) AS t
      FROM read_csv(${q(chats)}, header = true, all_varchar = true, quote = '"', escape = '"',
                    names = ['time', 'agent', 'customer', 'direction', 'auto', 'text']))
-- Kept: the period, and the attribution window before it.
WHERE t >= ${begin} - 172800 AND t < ${end};

-- Sessions and turns over the period's messages of each (agent, customer).
CREATE TABLE sess AS
SELECT *, sum(new_session) OVER (PARTITION BY agent, customer ORDER BY t, line) AS session
FROM (SELECT *, CASE WHEN w - lag(w) OVER (PARTITION BY agent, customer ORDER BY t, line) <= 1800 THEN 0
                     ELSE 1 END AS new_session
      FROM msg WHERE t >= ${begin});

-- Auto-replies neither start nor end a turn: they are left out. A turn starts at
-- a customer message after an agent message (or the session start) and is
-- answered by the next agent message in the session.
CREATE TABLE turns AS
SELECT agent, customer, session, answer_w - w AS response
FROM (SELECT *, lag(kind) OVER win AS prev_kind,
             min(CASE WHEN kind = 1 THEN w END) OVER (win ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS answer_w
      FROM sess WHERE kind <> 2
      WINDOW win AS (PARTITION BY agent, customer, session ORDER BY t, line))
WHERE kind = 0 AND (prev_kind IS NULL OR prev_kind = 1);

CREATE TABLE service AS
SELECT agent, count(DISTINCT customer) AS consulted,
       count(DISTINCT CASE WHEN response IS NOT NULL THEN customer END) AS replied,
       avg(response) AS resp_mean_s, median(response) AS resp_median_s,
       count(DISTINCT (customer, session)) AS sessions
FROM turns GROUP BY agent;

-- Orders: identical duplicate rows dropped, Excel's ="..." taken off the id.
CREATE TABLE ord AS
SELECT DISTINCT regexp_replace(order_id, '^="(.*)"$', '\\1') AS order_id, customer, local_s(created) AS created,
       nullif(paid, '') IS NOT NULL AS is_paid, fen(amount) AS amount, coalesce(fen(nullif(refund, '')), 0) AS refund
FROM read_csv(${q(orders)}, header = true, all_varchar = true, quote = '"', escape = '"',
              names = ['order_id', 'customer', 'created', 'paid', 'amount', 'status', 'refund']);

-- Attribution: the last consultation (customer message) of the buyer in
-- [created - 48 h, created], equal times to the later row: one key of time and line.
CREATE TABLE consult AS SELECT customer, agent, t, t * 4294967296 + line AS k FROM msg WHERE kind = 0;
CREATE TABLE attributed AS
SELECT c.agent, o.customer, o.is_paid, o.amount, o.refund
FROM (SELECT *, created * 4294967296 + 4294967295 AS k FROM ord WHERE created >= ${begin} AND created < ${end}) o
ASOF JOIN consult c ON o.customer = c.customer AND o.k >= c.k
WHERE o.created - c.t <= 172800;

CREATE TABLE sales AS
SELECT agent, count(*) AS orders, count(*) FILTER (WHERE is_paid) AS paid_orders,
       coalesce(sum(greatest(amount - refund, 0)) FILTER (WHERE is_paid), 0) AS sales_fen
FROM attributed GROUP BY agent;

COPY (
  SELECT agent, coalesce(consulted, 0) AS consulted, coalesce(replied, 0) AS replied,
         replied / nullif(consulted, 0) AS reply_rate, resp_mean_s, resp_median_s,
         coalesce(sessions, 0) AS sessions, coalesce(orders, 0) AS orders, coalesce(paid_orders, 0) AS paid_orders,
         coalesce(sales_fen, 0) / 100 AS sales
  FROM service FULL JOIN sales USING (agent) ORDER BY agent
) TO ${q(out)} (HEADER, DELIMITER ',');
`;
  await db.run(sql);
  db.closeSync();
  instance.closeSync?.();
} else if (mode === 'compare') {
  // Both files are CSV with a header; values here never hold commas or quotes
  // except agent names, which redhare-gen writes without either.
  const read = (path) => {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const [head, ...rows] = text.split('\n').filter((l) => l.length > 0);
    const names = head.split(',');
    return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [names[i], v])));
  };
  const [peerFile, redhareFile] = args;
  const peer = new Map(read(peerFile).map((r) => [r.agent, r]));
  const redhare = read(redhareFile);
  // redhare prints rates with 4 decimals, seconds with 1, money with 2; the peer's
  // full value must round to the same display (half a unit of the last place).
  const figures = { consulted: 0, replied: 0, reply_rate: 4, resp_mean_s: 1, resp_median_s: 1, sessions: 0,
                    orders: 0, paid_orders: 0, sales: 2 };
  let agents = 0, agree = 0, checked = 0;
  const differ = [];
  for (const r of redhare) {
    const p = peer.get(r.agent);
    const zero = Object.keys(figures).every((f) => r[f] === '' || Number(r[f]) === 0);
    if (!p && zero) continue;  // a row only for a target: the peer has nothing to say
    ++agents;
    let ok = true;
    for (const [f, decimals] of Object.entries(figures)) {
      ++checked;
      const a = r[f] ?? '', b = p ? p[f] ?? '' : '';
      const same = (a === '' || b === '') ? (a === '' && (b === '' || Number(b) === 0) && f !== 'reply_rate') || a === b
                                          : Math.abs(Number(a) - Number(b)) <= 0.5 * 10 ** -decimals + 1e-9;
      if (!same) {
        ok = false;
        if (differ.length < 10) differ.push(`${r.agent} ${f}: redhare ${a || 'n/a'}, peer ${b || 'n/a'}`);
      }
    }
    if (ok) ++agree;
  }
  const extra = [...peer.keys()].filter((a) => !redhare.some((r) => r.agent === a));
  for (const a of extra) differ.push(`${a}: only the peer has this agent`);
  console.log(`figures agree: ${agree}/${agents} agents, ${checked} figures${differ.length ? '' : ', all equal'}`);
  for (const d of differ) console.log(`  differs: ${d}`);
  process.exit(differ.length ? 1 : 0);
} else {
  console.error('usage: node bench/peer.mjs figures CHATS ORDERS YYYY-MM OUT.csv [THREADS]\n' +
                '       node bench/peer.mjs compare PEER.csv REDHARE.csv');
  process.exit(2);
}
