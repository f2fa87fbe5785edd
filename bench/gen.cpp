// redhare-gen: writes one synthetic month of Qianniu / Taobao-style exports
// (chats, orders, targets, reviews) for benchmarks and manual testing.
//
// Deterministic per seed: all randomness comes from one splitmix64 stream, and no
// std:: distribution is used (their output differs between standard libraries).
// Streaming: one customer's messages and orders are built in small reused vectors,
// written to 1 MiB buffers and forgotten, so memory stays flat at any size. With
// --ordered (a real export's time order) the month is held as 12-byte messages and
// rendered order rows, sorted by time, then written.

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------- randomness

struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Modulo bias is below 1e-9 for the small n used here: irrelevant for test data.
  uint64_t below(uint64_t n) { return next() % n; }
  int64_t range(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(below(hi - lo + 1)); }
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
  template <class T, size_t N>
  const T& pick(const std::array<T, N>& a) { return a[below(N)]; }
};

// ---------------------------------------------------------------- vocabulary

constexpr std::array<std::string_view, 40> kAgentNames = {
    "小美", "小雪", "阿丽", "小婷", "小雅", "晓晓", "小鹿", "糖糖", "果果", "小七",
    "安安", "乐乐", "小白", "甜甜", "小雨", "阿宁", "小周", "月月", "小楠", "丫丫",
    "小凡", "可可", "小静", "朵朵", "小敏", "阿杰", "小峰", "大伟", "小林", "阿强",
    "桃子", "橙子", "柚子", "小满", "初一", "十五", "小禾", "米粒", "小桔", "布丁"};
constexpr std::array<std::string_view, 14> kNickPrefixes = {
    "tb", "小鱼儿", "快乐的猫", "jd_", "爱吃鱼的", "lucky", "阿", "王小", "li", "mm",
    "zhang", "天天向上", "sunny", "夏天的风"};
constexpr std::array<std::string_view, 16> kCustomerTexts = {
    "在吗", "这款有现货吗？", "什么时候发货", "能便宜点吗，买两件", "亲，包邮吗",
    "尺码怎么选？我身高165体重50kg", "可以开发票吗", "快递发哪家", "[图片]", "好的，谢谢",
    "颜色有色差吗", "优惠券怎么用不了", "我的快递怎么还没到", "退货运费谁出", "这个和那个有什么区别",
    "嗯嗯"};
constexpr std::array<std::string_view, 14> kAgentTexts = {
    "亲，在的呢，请问有什么可以帮您？", "有现货的亲，今天16点前下单当天发", "亲，默认中通，偏远地区除外",
    "建议拍M码哦，您的身高体重穿M刚好", "可以开的亲，下单备注抬头和税号", "亲，满199减20，可以叠加店铺券",
    "已为您查询，快递在派送中了", "七天无理由退换，运费险会赔付的", "好的亲，还有其他问题随时找我哦",
    "稍等，我帮您看一下", "亲，实物拍摄，基本无色差", "这边帮您备注优先发货了",
    "[表情]", "感谢支持，祝您生活愉快！"};
constexpr std::array<std::string_view, 4> kAutoTexts = {
    "您好，欢迎光临红兔旗舰店，客服小二马上为您服务~", "亲，现在咨询人数较多，请稍等片刻哦",
    "您好，客服在线时间为8:00-24:00，留言会尽快回复", "感谢您的咨询，活动详情请看首页"};
// Multi-line texts: pasted product cards and addresses. They carry embedded newlines,
// ASCII commas and double quotes, which is exactly what breaks naive CSV readers.
constexpr std::array<std::string_view, 4> kMultilineTexts = {
    "宝贝链接：【红兔】春秋款针织衫\n颜色：\"雾霾蓝\",尺码：XL\n数量：2",
    "收货地址：浙江省杭州市余杭区文一西路\n969号,张三,13800001234",
    "我要的是这个：\n\"加厚款\" 不是 \"普通款\"\n麻烦确认一下，谢谢",
    "订单号：3912000000000001\n问题：少发了一件,\"赠品\"也没有"};
constexpr std::array<int64_t, 10> kPricesCents = {2990, 5900, 8900, 12900, 19900,
                                                  29900, 49900, 89900, 129900, 259900};

// ---------------------------------------------------------------- time

// Howard Hinnant's civil_from_days: days since 1970-01-01 -> y/m/d, no table, no libc.
void civil_from_days(int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

constexpr int64_t kDay = 86400;
constexpr int64_t kHour = 3600;

// ---------------------------------------------------------------- output

// A CSV field, quoted (with doubled quotes) only when it needs to be.
void put_field(fmt::memory_buffer& b, std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    b.append(s);
    return;
  }
  b.push_back('"');
  for (char c : s) {
    if (c == '"') b.push_back('"');
    b.push_back(c);
  }
  b.push_back('"');
}

// A buffered CSV file. Rows are appended to a 1 MiB buffer which is flushed only at
// row ends, so a GBK conversion never sees half a UTF-8 character.
class Sink {
 public:
  Sink(const std::string& path, bool gbk) : path_(path) {
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_) die(fmt::format("{}: cannot create: {}", path, std::strerror(errno)));
    if (gbk) {
      cd_ = iconv_open("GB18030", "UTF-8");
      if (cd_ == reinterpret_cast<iconv_t>(-1)) die("iconv cannot convert UTF-8 to GB18030");
    }
  }
  ~Sink() {
    if (file_) std::fclose(file_);
    if (cd_ != reinterpret_cast<iconv_t>(-1)) iconv_close(cd_);
  }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  fmt::memory_buffer& buf() { return buf_; }
  // Excel's "CSV UTF-8" starts with a byte order mark. Not for GBK (it has none).
  void bom() {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) buf_.append(std::string_view("\xEF\xBB\xBF"));
  }
  void field(std::string_view s) { put_field(buf_, s); }
  void comma() { buf_.push_back(','); }
  void end_header() { buf_.push_back('\n'); }
  void end_row() {
    buf_.push_back('\n');
    ++rows_;
    if (buf_.size() >= (1u << 20)) flush();
  }
  // Returns the bytes written; the file is complete after this.
  uint64_t close() {
    flush();
    if (std::fclose(file_) != 0) die(fmt::format("{}: write failed: {}", path_, std::strerror(errno)));
    file_ = nullptr;
    return bytes_;
  }
  uint64_t rows() const { return rows_; }
  const std::string& path() const { return path_; }

  [[noreturn]] static void die(const std::string& what) {
    fmt::print(stderr, "redhare-gen: {}\n", what);
    std::exit(2);
  }

 private:
  void flush() {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) {
      write(buf_.data(), buf_.size());
    } else {
      char* in = buf_.data();
      size_t in_left = buf_.size();
      conv_.resize(in_left * 2 + 16);  // GB18030 never needs more than 4 bytes per UTF-8 3-byte char
      char* out = conv_.data();
      size_t out_left = conv_.size();
      if (iconv(cd_, &in, &in_left, &out, &out_left) == static_cast<size_t>(-1))
        die(fmt::format("{}: iconv failed: {}", path_, std::strerror(errno)));
      write(conv_.data(), conv_.size() - out_left);
    }
    buf_.clear();
  }
  void write(const char* p, size_t n) {
    if (std::fwrite(p, 1, n, file_) != n) die(fmt::format("{}: write failed: {}", path_, std::strerror(errno)));
    bytes_ += n;
  }

  std::string path_;
  std::FILE* file_ = nullptr;
  iconv_t cd_ = reinterpret_cast<iconv_t>(-1);
  fmt::memory_buffer buf_;
  std::vector<char> conv_;
  uint64_t rows_ = 0;
  uint64_t bytes_ = 0;
};

// `2026-10-01 09:30:00`, or with `iso` `2026-10-01T09:30:00+08:00` (the times are
// shop-local, and +08:00 is the default policy's offset, so both read the same).
void put_time(fmt::memory_buffer& b, int64_t t, bool iso) {
  int y, m, d;
  const int64_t days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
  civil_from_days(days, y, m, d);
  const int64_t s = t - days * kDay;
  fmt::format_to(std::back_inserter(b), "{:04}-{:02}-{:02}{}{:02}:{:02}:{:02}{}", y, m, d, iso ? 'T' : ' ',
                 s / 3600, s / 60 % 60, s % 60, iso ? "+08:00" : "");
}

// `1,234.50`, sometimes with a leading ¥, as Taobao's Excel exports show money.
void put_money(fmt::memory_buffer& out, Rng& rng, int64_t cents) {
  char digits[24];
  const int n = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(cents / 100));
  char text[48];  // ¥ (3 bytes) + 19 digits + 6 separators + ".00"
  int len = 0;
  if (rng.chance(0.15)) len += std::snprintf(text, sizeof text, "¥");
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) text[len++] = ',';
    text[len++] = digits[i];
  }
  len += std::snprintf(text + len, sizeof text - len, ".%02d", static_cast<int>(cents % 100));
  put_field(out, std::string_view(text, len));
}

// ---------------------------------------------------------------- the model

struct Options {
  uint64_t customers = 0;
  std::string month;
  uint64_t seed = 1;
  std::string out;
  int agents = 150;
  bool gbk = false;
  bool zh = true;
  // The shape of a big shop's real export (issue 16); the defaults are the old shape.
  bool ordered = false;     // rows in time order, as exported (not one customer at a time)
  bool iso = false;         // ISO 8601 times with +08:00
  bool bom = false;         // a UTF-8 byte order mark, as Excel writes
  int lead_days = 2;        // conversations start from this many days before the month
  double multiline = 0.02;  // chance that a customer message is a multi-line text
  int roster_departments = 0;  // --roster D: roster.csv over D departments (0: none)
  uint64_t ratings = 0;        // --ratings N: ratings.csv with N rows (0: none)
};

// Each agent gets a temperament, so the scorecards come out spread over all grades.
struct Agent {
  std::string name;
  uint32_t weight;       // share of conversations
  double miss;           // chance a turn is never answered
  double slow;           // chance an answer is slow (> 2 min)
  int64_t quick_max;     // upper bound of a normal answer delay, seconds
  double convert;        // chance a conversation ends in an order
  int64_t sales_cents = 0;
};

struct Msg {
  int64_t time;
  uint16_t agent;
  bool from_customer;
  bool is_auto;
  uint8_t text_kind;  // 0 customer, 1 agent, 2 auto, 3 multi-line
  uint8_t text_index;
};

// A message held for --ordered: 12 bytes, so a 7M-message month takes 85 MB.
struct HeldMsg {
  uint32_t time;      // seconds since the generator's epoch (the first lead day)
  uint32_t customer;  // index; the nick is rebuilt from it and held_prefix_
  uint16_t agent;
  uint8_t kind;        // bit 0 from_customer, bit 1 is_auto, bits 2-3 text_kind
  uint8_t text_index;
};
static_assert(sizeof(HeldMsg) == 12);

// A rendered order row held for --ordered, sorted by its creation time.
struct HeldOrder {
  int64_t created;
  uint64_t offset;  // into the held rows' text
  uint32_t length;
};

struct Order {
  int64_t created;
  int64_t paid;  // 0 = unpaid
  int64_t amount_cents;
  int64_t refund_cents;
};

std::vector<Agent> make_agents(int count, Rng& rng) {
  std::vector<Agent> agents;
  for (int i = 0; i < count; ++i) {
    Agent a;
    a.name = fmt::format("红兔旗舰店:{}", kAgentNames[i % kAgentNames.size()]);
    if (i >= static_cast<int>(kAgentNames.size())) a.name += std::to_string(i / kAgentNames.size() + 1);
    a.weight = static_cast<uint32_t>(rng.range(1, 6));
    a.miss = 0.002 * static_cast<double>(rng.range(0, 40));
    a.slow = 0.005 * static_cast<double>(rng.range(1, 16));
    a.quick_max = rng.range(8, 60);
    a.convert = 0.01 * static_cast<double>(rng.range(25, 60));
    agents.push_back(std::move(a));
  }
  return agents;
}

class Generator {
 public:
  Generator(const Options& opt, int64_t month_start, int64_t month_end)
      : opt_(opt), rng_{opt.seed}, start_(month_start), end_(month_end) {
    agents_ = make_agents(opt.agents, rng_);
    for (const Agent& a : agents_) cumulative_.push_back((cumulative_.empty() ? 0 : cumulative_.back()) + a.weight);
  }

  void run(Sink& chats, Sink& orders) {
    if (opt_.bom) {
      chats.bom();
      orders.bom();
    }
    if (opt_.zh) {
      chats.buf().append(std::string_view("时间,客服,买家,方向,自动回复,内容"));
      orders.buf().append(std::string_view("订单编号,买家会员名,订单创建时间,订单付款时间,买家实际支付金额,订单状态,退款金额"));
    } else {
      chats.buf().append(std::string_view("time,agent,customer,direction,auto,text"));
      orders.buf().append(std::string_view("order_id,customer,created,paid,amount,status,refund"));
    }
    chats.end_header();
    orders.end_header();
    epoch_ = start_ - static_cast<int64_t>(opt_.lead_days) * kDay;
    for (uint64_t c = 0; c < opt_.customers; ++c) customer(c, chats, orders);
    if (opt_.ordered) write_held(chats, orders);
  }

  uint64_t multiline_rows() const { return multiline_rows_; }
  uint64_t rows_before_month() const { return before_month_; }

  void write_targets(Sink& out) {
    if (opt_.bom) out.bom();
    out.buf().append(std::string_view(opt_.zh ? "客服,目标销售额" : "agent,target"));
    out.end_header();
    for (const Agent& a : agents_) {
      if (rng_.chance(0.03)) continue;  // a few agents have no target: completion is n/a
      // Plans are set in round thousands around what the agent can sell.
      const int64_t yuan = a.sales_cents / 100 * rng_.range(80, 130) / 100;
      out.field(a.name);
      out.comma();
      fmt::format_to(std::back_inserter(out.buf()), "{}", std::max<int64_t>(1000, yuan / 1000 * 1000));
      out.end_row();
    }
  }

  // The roster (SPEC 8): agents spread over the departments, every 4th one
  // after-sales, ~5% on probation. Its own random stream, so the other files
  // stay byte-identical with or without --roster.
  void write_roster(Sink& out) {
    Rng rng{opt_.seed ^ 0x726f73746572ULL};
    out.buf().append(std::string_view(opt_.zh ? "客服,部门,岗位,状态" : "agent,department,role,status"));
    out.end_header();
    for (size_t i = 0; i < agents_.size(); ++i) {
      out.field(agents_[i].name);
      const int dept = static_cast<int>(i % static_cast<size_t>(opt_.roster_departments)) + 1;
      const bool after = i % 4 == 3;
      const bool probation = rng.chance(0.05);
      if (opt_.zh)
        fmt::format_to(std::back_inserter(out.buf()), ",客服{}组,{},{}", dept, after ? "售后" : "售前",
                       probation ? "试用" : "正式");
      else
        fmt::format_to(std::back_inserter(out.buf()), ",team {},{},{}", dept, after ? "aftersales" : "presales",
                       probation ? "probation" : "regular");
      out.end_row();
    }
  }

  // Qianniu service ratings (SPEC 9) inside the month: a random agent and
  // customer each, mostly satisfied; about 1 in 20 repeats the previous
  // (agent, customer, day) so the superseding rule has work. Own random stream.
  void write_ratings(Sink& out) {
    Rng rng{opt_.seed ^ 0x72617465ULL};
    static constexpr std::array<std::string_view, 5> kZh = {"很不满意", "不满意", "一般", "满意", "很满意"};
    static constexpr std::array<std::string_view, 5> kEn = {"very dissatisfied", "dissatisfied", "neutral",
                                                            "satisfied", "very satisfied"};
    out.buf().append(std::string_view(opt_.zh ? "客服,买家,评价时间,评价结果" : "agent,customer,time,rating"));
    out.end_header();
    std::string nick;
    size_t agent = 0;
    int64_t t = start_;
    for (uint64_t i = 0; i < opt_.ratings; ++i) {
      if (i == 0 || !rng.chance(0.05)) {
        agent = static_cast<size_t>(rng.below(agents_.size()));
        nick.clear();
        nick.append(rng.pick(kNickPrefixes));
        fmt::format_to(std::back_inserter(nick), "{:x}",
                       static_cast<uint32_t>(rng.below(std::max<uint64_t>(1, opt_.customers))) * 0x9E3779B1u);
        t = rng.range(start_, end_ - 2 * kHour);
      } else {
        t += rng.range(1, 3600);  // the same customer again, later that day (mostly)
      }
      out.field(agents_[agent].name);
      out.comma();
      out.field(nick);
      out.comma();
      put_time(out.buf(), t, opt_.iso);
      out.comma();
      const int64_t r = rng.range(0, 99);
      const int level = r < 55 ? 4 : r < 80 ? 3 : r < 90 ? 2 : r < 96 ? 1 : 0;
      out.field((opt_.zh ? kZh : kEn)[level]);
      out.end_row();
    }
  }

  void write_reviews(Sink& out) {
    if (opt_.bom) out.bom();
    out.buf().append(std::string_view(opt_.zh ? "客服,评价人,协助跟进服务,执行力" : "agent,rater,assist,execution"));
    out.end_header();
    const std::array<std::string_view, 3> zh = {"自评", "互评", "主管"};
    const std::array<std::string_view, 3> en = {"self", "peer", "manager"};
    for (const Agent& a : agents_) {
      if (rng_.chance(0.05)) continue;  // no reviews: both items are n/a
      const int raters[] = {0, 2, 1, 1};  // self, manager, then one or two peers
      const int count = rng_.chance(0.5) ? 4 : 3;
      for (int i = 0; i < count; ++i) {
        out.field(a.name);
        out.comma();
        out.field((opt_.zh ? zh : en)[raters[i]]);
        fmt::format_to(std::back_inserter(out.buf()), ",{},{}", rng_.range(55, 100), rng_.range(55, 100));
        out.end_row();
      }
    }
  }

 private:
  // Agents are picked in proportion to their workload weight.
  uint16_t pick_agent() {
    const uint64_t r = rng_.below(cumulative_.back());
    return static_cast<uint16_t>(std::upper_bound(cumulative_.begin(), cumulative_.end(), r) - cumulative_.begin());
  }

  // Conversations start mostly in the daytime window; ~8% fall at night (00:00-08:00).
  int64_t random_start() {
    const int64_t day = rng_.range(epoch_ / kDay, end_ / kDay - 1);
    const int64_t sec = rng_.chance(0.08) ? rng_.range(0, 8 * kHour - 1) : rng_.range(8 * kHour, kDay - 1 - 3 * kHour);
    return day * kDay + sec;
  }

  void push(int64_t t, uint16_t agent, bool from_customer, bool is_auto) {
    Msg m{t, agent, from_customer, is_auto, 0, 0};
    if (is_auto) {
      m.text_kind = 2;
      m.text_index = static_cast<uint8_t>(rng_.below(kAutoTexts.size()));
    } else if (from_customer && rng_.chance(opt_.multiline)) {
      m.text_kind = 3;
      m.text_index = static_cast<uint8_t>(rng_.below(kMultilineTexts.size()));
    } else if (from_customer) {
      m.text_index = static_cast<uint8_t>(rng_.below(kCustomerTexts.size()));
    } else {
      m.text_kind = 1;
      m.text_index = static_cast<uint8_t>(rng_.below(kAgentTexts.size()));
    }
    msgs_.push_back(m);
  }

  // One conversation: an opening, maybe an auto-reply, then 1-4 turns. Returns the agent
  // holding the conversation at its end and the time of its last message.
  std::pair<uint16_t, int64_t> conversation() {
    uint16_t agent = pick_agent();
    int64_t t = random_start();
    push(t, agent, true, false);
    if (rng_.chance(0.6)) push(t += rng_.range(0, 3), agent, false, true);
    const int turns = static_cast<int>(rng_.range(1, 4));
    for (int k = 0; k < turns; ++k) {
      if (k > 0) push(t += rng_.range(20, 600), agent, true, false);
      for (int extra = rng_.chance(0.55) ? static_cast<int>(rng_.range(1, 2)) : 0; extra > 0; --extra)
        push(t += rng_.range(3, 60), agent, true, false);
      // Transfer (转接): the rest of the conversation is with a colleague.
      if (k > 0 && rng_.chance(0.04)) agent = pick_agent();
      const Agent& a = agents_[agent];
      if (rng_.chance(a.miss)) break;  // never answered
      t += rng_.chance(a.slow) ? rng_.range(121, 1800) : rng_.range(2, a.quick_max);
      push(t, agent, false, false);
      if (rng_.chance(0.4)) push(t += rng_.range(3, 40), agent, false, false);
    }
    return {agent, t};
  }

  Order make_order(int64_t created) {
    Order o{created, 0, 0, 0};
    o.amount_cents = kPricesCents[rng_.below(kPricesCents.size())] * rng_.range(1, 3);
    if (!rng_.chance(0.1)) {
      o.paid = created + rng_.range(10, 1800);
      if (rng_.chance(0.06)) o.refund_cents = rng_.chance(0.5) ? o.amount_cents : o.amount_cents / 2;
    }
    return o;
  }

  void customer(uint64_t index, Sink& chats, Sink& orders) {
    // A bijective scramble of the (32-bit, see parse) index keeps nicks unique without
    // looking sequential.
    const uint8_t prefix = static_cast<uint8_t>(rng_.below(kNickPrefixes.size()));
    make_nick(index, prefix);
    if (opt_.ordered) held_prefix_.push_back(prefix);

    msgs_.clear();
    orders_.clear();
    // Some buyers never talk to anyone: all their orders are silent (静默).
    const bool silent = rng_.chance(0.08);
    if (silent) {
      orders_.push_back(make_order(rng_.range(start_, end_ - 1)));
    } else {
      // After-sales (售后): an order from earlier, before this month's chats.
      if (rng_.chance(0.03)) orders_.push_back(make_order(start_ - rng_.range(1, 20) * kDay));
      const int conversations = rng_.chance(0.7) ? 1 : (rng_.chance(0.73) ? 2 : 3);
      for (int i = 0; i < conversations; ++i) {
        const auto [agent, last] = conversation();
        if (!rng_.chance(agents_[agent].convert)) continue;
        // Mostly within the 48 h attribution window; a few just past it.
        const int64_t created = last + (rng_.chance(0.05) ? rng_.range(49 * kHour, 72 * kHour) : rng_.range(60, 36 * kHour));
        Order o = make_order(created);
        if (o.paid && created >= start_ && created < end_) agents_[agent].sales_cents += o.amount_cents - o.refund_cents;
        orders_.push_back(o);
      }
    }

    // Exports are not perfectly ordered: swap a few neighbouring rows.
    for (size_t i = 1; i < msgs_.size(); ++i)
      if (rng_.chance(0.005)) std::swap(msgs_[i - 1], msgs_[i]);

    for (const Msg& m : msgs_) {
      if (m.text_kind == 3) ++multiline_rows_;
      if (m.time < start_) ++before_month_;
      if (opt_.ordered) {
        held_msgs_.push_back(HeldMsg{static_cast<uint32_t>(m.time - epoch_), static_cast<uint32_t>(index), m.agent,
                                     static_cast<uint8_t>(m.from_customer | m.is_auto << 1 | m.text_kind << 2),
                                     m.text_index});
      } else {
        write_msg(chats, m);
      }
    }

    for (const Order& o : orders_) {
      size_t held_start = held_text_.size();
      fmt::memory_buffer& b = opt_.ordered ? held_text_ : orders.buf();
      const uint64_t id = 3900000000000000000ULL + (++order_serial_) * 17 + rng_.below(17);
      const size_t row_start = b.size();
      // Excel-safe ids (="…") as some exports write them; quoted as CSV requires.
      if (rng_.chance(0.2)) fmt::format_to(std::back_inserter(b), "\"=\"\"{}\"\"\"", id);
      else fmt::format_to(std::back_inserter(b), "{}", id);
      b.push_back(',');
      b.append(nick_);
      b.push_back(',');
      put_time(b, o.created, opt_.iso);
      b.push_back(',');
      if (o.paid) put_time(b, o.paid, opt_.iso);
      b.push_back(',');
      put_money(b, rng_, o.amount_cents);
      b.push_back(',');
      const std::string_view status = !o.paid ? (rng_.chance(0.5) ? "等待买家付款" : "交易关闭")
                                      : o.refund_cents == o.amount_cents ? "交易关闭"
                                      : rng_.chance(0.3) ? "卖家已发货，等待买家确认" : "交易成功";
      b.append(status);
      b.push_back(',');
      if (o.refund_cents) put_money(b, rng_, o.refund_cents);
      // Identical duplicate rows (~0.1%), as a re-run export appends.
      if (rng_.chance(0.001)) {
        b.push_back('\n');
        const std::string row(b.data() + row_start, b.data() + b.size());
        end_order_row(orders, o.created, held_start);
        held_start = b.size();
        b.append(std::string_view(row.data(), row.size() - 1));
        if (opt_.ordered) b.push_back('\n');
      } else if (opt_.ordered) {
        b.push_back('\n');
      }
      end_order_row(orders, o.created, held_start);
    }
  }

  // A row is done: written (the Sink adds its newline), or held with its newline.
  void end_order_row(Sink& orders, int64_t created, size_t held_start) {
    if (!opt_.ordered) {
      orders.end_row();
      return;
    }
    held_orders_.push_back(HeldOrder{created, held_start, static_cast<uint32_t>(held_text_.size() - held_start)});
  }

  void make_nick(uint64_t index, uint8_t prefix) {
    // A bijective scramble of the (32-bit, see parse) index keeps nicks unique
    // without looking sequential.
    const uint32_t tag = static_cast<uint32_t>(index) * 0x9E3779B1u;
    nick_.clear();
    nick_.append(kNickPrefixes[prefix]);
    fmt::format_to(std::back_inserter(nick_), "{:x}", tag);
  }

  void write_msg(Sink& chats, const Msg& m) {
    auto& b = chats.buf();
    put_time(b, m.time, opt_.iso);
    b.push_back(',');
    b.append(agents_[m.agent].name);
    b.push_back(',');
    b.append(nick_);
    b.push_back(',');
    b.append(std::string_view(m.from_customer ? (opt_.zh ? "买家" : "in") : (opt_.zh ? "客服" : "out")));
    b.append(std::string_view(m.is_auto ? ",1," : ",0,"));
    switch (m.text_kind) {
      case 0: chats.field(kCustomerTexts[m.text_index]); break;
      case 1: chats.field(kAgentTexts[m.text_index]); break;
      case 2:
        // Some shops mark auto-replies only by a prefix in the text.
        if (m.text_index % 2 == 0) b.append(std::string_view("[自动回复]"));
        chats.field(kAutoTexts[m.text_index]);
        break;
      default: chats.field(kMultilineTexts[m.text_index]);
    }
    chats.end_row();
  }

  // --ordered: every message and order row in time order (stable: equal times keep
  // the order they were made in), then the same few neighbour swaps as a
  // customer's rows get unordered.
  void write_held(Sink& chats, Sink& orders) {
    std::stable_sort(held_msgs_.begin(), held_msgs_.end(),
                     [](const HeldMsg& a, const HeldMsg& b) { return a.time < b.time; });
    for (size_t i = 1; i < held_msgs_.size(); ++i)
      if (rng_.chance(0.005)) std::swap(held_msgs_[i - 1], held_msgs_[i]);
    for (const HeldMsg& h : held_msgs_) {
      make_nick(h.customer, held_prefix_[h.customer]);
      const Msg m{epoch_ + h.time, h.agent, (h.kind & 1) != 0, (h.kind & 2) != 0,
                  static_cast<uint8_t>(h.kind >> 2), h.text_index};
      write_msg(chats, m);
    }
    std::vector<HeldMsg>().swap(held_msgs_);
    std::stable_sort(held_orders_.begin(), held_orders_.end(),
                     [](const HeldOrder& a, const HeldOrder& b) { return a.created < b.created; });
    for (const HeldOrder& h : held_orders_) {
      // The held row has its newline; the Sink adds one at end_row().
      orders.buf().append(std::string_view(held_text_.data() + h.offset, h.length - 1));
      orders.end_row();
    }
  }

  const Options& opt_;
  Rng rng_;
  int64_t start_;
  int64_t end_;
  std::vector<Agent> agents_;
  std::vector<uint64_t> cumulative_;
  std::vector<Msg> msgs_;      // reused per customer
  std::vector<Order> orders_;  // reused per customer
  std::string nick_;
  uint64_t order_serial_ = 0;
  int64_t epoch_ = 0;  // start of the first lead day
  uint64_t multiline_rows_ = 0;
  uint64_t before_month_ = 0;
  // --ordered only: the whole month, written at the end.
  std::vector<HeldMsg> held_msgs_;
  std::vector<uint8_t> held_prefix_;  // per customer: its nick's prefix
  fmt::memory_buffer held_text_;      // order rows, each with its newline
  std::vector<HeldOrder> held_orders_;
};

// ---------------------------------------------------------------- command line

const char* kUsage =
    "usage: redhare-gen --customers N --month YYYY-MM --seed S --out DIR\n"
    "                   [--agents 150] [--encoding utf-8|gbk] [--header zh|en]\n"
    "                   [--ordered] [--iso] [--bom] [--lead-days 2] [--multiline 0.02]\n"
    "  --shape export = --ordered --iso --bom --lead-days 22 --multiline 0.18 (a big shop's export)\n"
    "                   [--roster DEPARTMENTS] [--ratings N]\n"
    "Writes DIR/chats.csv, orders.csv, targets.csv, reviews.csv (~10 messages per customer);\n"
    "with --roster, roster.csv (agents over that many departments, every 4th after-sales);\n"
    "with --ratings, ratings.csv with N customer ratings.\n";

[[noreturn]] void usage(const std::string& why) {
  fmt::print(stderr, "redhare-gen: {}\n{}", why, kUsage);
  std::exit(2);
}

uint64_t parse_uint(const std::string& flag, const char* s) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(s, &end, 10);
  if (errno || end == s || *end || *s == '-') usage(fmt::format("{} wants a non-negative integer, got '{}'", flag, s));
  return v;
}

Options parse(int argc, char** argv) {
  Options o;
  bool have_customers = false;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "-h" || flag == "--help") {
      fmt::print("{}", kUsage);
      std::exit(0);
    }
    if (flag == "--ordered" || flag == "--iso" || flag == "--bom") {
      (flag == "--ordered" ? o.ordered : flag == "--iso" ? o.iso : o.bom) = true;
      continue;
    }
    if (i + 1 >= argc) usage(fmt::format("{} needs a value", flag));
    const char* v = argv[++i];
    if (flag == "--customers") o.customers = parse_uint(flag, v), have_customers = true;
    else if (flag == "--month") o.month = v;
    else if (flag == "--seed") o.seed = parse_uint(flag, v);
    else if (flag == "--out") o.out = v;
    else if (flag == "--agents") o.agents = static_cast<int>(parse_uint(flag, v));
    else if (flag == "--lead-days") o.lead_days = static_cast<int>(std::min<uint64_t>(parse_uint(flag, v), 365));
    else if (flag == "--multiline") {
      char* end = nullptr;
      o.multiline = std::strtod(v, &end);
      if (end == v || *end || !(o.multiline >= 0 && o.multiline <= 1)) usage("--multiline wants a chance 0..1");
    } else if (flag == "--shape") {
      const std::string h = v;
      if (h == "export") {
        o.ordered = o.iso = o.bom = true;
        o.lead_days = 22;
        o.multiline = 0.18;
      } else if (h != "plain") {
        usage("--shape is plain or export");
      }
    }
    else if (flag == "--roster") o.roster_departments = static_cast<int>(std::min<uint64_t>(parse_uint(flag, v), 1000));
    else if (flag == "--ratings") o.ratings = parse_uint(flag, v);
    else if (flag == "--encoding") {
      const std::string e = v;
      if (e != "utf-8" && e != "gbk") usage("--encoding is utf-8 or gbk");
      o.gbk = e == "gbk";
    } else if (flag == "--header") {
      const std::string h = v;
      if (h != "zh" && h != "en") usage("--header is zh or en");
      o.zh = h == "zh";
    } else usage(fmt::format("unknown option {}", flag));
  }
  if (!have_customers || o.month.empty() || o.out.empty()) usage("--customers, --month and --out are required");
  if (o.customers > UINT32_MAX) usage("--customers must be below 2^32");
  if (o.agents < 1 || o.agents > 60000) usage("--agents must be 1..60000");
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = parse(argc, argv);
  int y = 0, m = 0;
  char tail = 0;
  if (std::sscanf(opt.month.c_str(), "%4d-%2d%c", &y, &m, &tail) != 2 || m < 1 || m > 12)
    usage(fmt::format("--month wants YYYY-MM, got '{}'", opt.month));
  const int64_t start = days_from_civil(y, m, 1) * kDay;
  const int64_t end = days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) * kDay;

  Generator gen(opt, start, end);
  Sink chats(opt.out + "/chats.csv", opt.gbk), orders(opt.out + "/orders.csv", opt.gbk);
  gen.run(chats, orders);
  Sink targets(opt.out + "/targets.csv", opt.gbk), reviews(opt.out + "/reviews.csv", opt.gbk);
  gen.write_targets(targets);
  gen.write_reviews(reviews);
  fmt::print("chats: {} multi-line rows, {} rows before the month\n", gen.multiline_rows(), gen.rows_before_month());
  std::vector<Sink*> sinks = {&chats, &orders, &targets, &reviews};
  std::unique_ptr<Sink> roster, ratings;
  if (opt.roster_departments > 0) {
    roster = std::make_unique<Sink>(opt.out + "/roster.csv", opt.gbk);
    gen.write_roster(*roster);
    sinks.push_back(roster.get());
  }
  if (opt.ratings > 0) {
    ratings = std::make_unique<Sink>(opt.out + "/ratings.csv", opt.gbk);
    gen.write_ratings(*ratings);
    sinks.push_back(ratings.get());
  }
  for (Sink* s : sinks) {
    const uint64_t rows = s->rows();
    const uint64_t bytes = s->close();
    fmt::print("{:<28} {:>12} rows {:>10.1f} MB\n", s->path(), rows, static_cast<double>(bytes) / 1e6);
  }
  return 0;
}
