// ChatDuplicates: identical chat rows are one message; a row differing in any
// one field is not, whatever the hash says (issue 12, issue 16).
#include <doctest/doctest.h>

#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "redhare/chat_duplicates.h"

using namespace redhare;

namespace {

// Every row lands on one slot with one tag: only the comparison of the rows
// themselves can tell them apart.
uint64_t all_collide(const Message&, uint64_t) { return 42; }

// Rows fed the way read_chats feeds them: kept unless a duplicate.
struct Feed {
  ChatDuplicates seen;
  std::vector<Message> kept;
  int duplicates = 0;
  uint32_t line = 2;
  explicit Feed(ChatRowHash hash) : seen(hash) {}
  bool add(Time t, Id agent, Id customer, MessageKind kind, std::string_view text) {
    const Message m{t, agent, customer, line++, kind};
    if (seen.duplicate(kept, m, chat_text_hash(text))) {
      ++duplicates;
      return false;
    }
    kept.push_back(m);
    return true;
  }
};

constexpr Time kT = 1790000000;  // some time in September 2026

}  // namespace

TEST_CASE("a copy of a chat row is a duplicate; a row differing only in time, agent, customer, kind or text is not") {
  for (ChatRowHash hash : {&chat_row_hash, &all_collide}) {
    for (bool out_of_order : {false, true}) {
      CAPTURE(hash == &all_collide);
      CAPTURE(out_of_order);
      Feed f(hash);
      // A row many hours later first: every row after it goes back in time,
      // so all are compared in the table of the whole file.
      if (out_of_order) REQUIRE(f.add(kT + 100 * 3600, 9, 9, MessageKind::kCustomer, "later"));
      REQUIRE(f.add(kT, 1, 1, MessageKind::kCustomer, "在吗"));
      CHECK(f.add(kT + 1, 1, 1, MessageKind::kCustomer, "在吗"));   // time
      CHECK(f.add(kT, 2, 1, MessageKind::kCustomer, "在吗"));       // agent
      CHECK(f.add(kT, 1, 2, MessageKind::kCustomer, "在吗"));       // customer
      CHECK(f.add(kT, 1, 1, MessageKind::kAgent, "在吗"));          // kind
      CHECK(f.add(kT, 1, 1, MessageKind::kAuto, "在吗"));           // kind
      CHECK(f.add(kT, 1, 1, MessageKind::kCustomer, "在吗?"));      // text
      CHECK(f.add(kT, 1, 1, MessageKind::kCustomer, ""));           // text
      CHECK(f.duplicates == 0);
      // Every one of them again, and the first row a third time: all copies.
      CHECK_FALSE(f.add(kT, 1, 1, MessageKind::kCustomer, "在吗"));
      CHECK_FALSE(f.add(kT + 1, 1, 1, MessageKind::kCustomer, "在吗"));
      CHECK_FALSE(f.add(kT, 2, 1, MessageKind::kCustomer, "在吗"));
      CHECK_FALSE(f.add(kT, 1, 2, MessageKind::kCustomer, "在吗"));
      CHECK_FALSE(f.add(kT, 1, 1, MessageKind::kAgent, "在吗"));
      CHECK_FALSE(f.add(kT, 1, 1, MessageKind::kAuto, "在吗"));
      CHECK_FALSE(f.add(kT, 1, 1, MessageKind::kCustomer, "在吗?"));
      CHECK_FALSE(f.add(kT, 1, 1, MessageKind::kCustomer, ""));
      CHECK_FALSE(f.add(kT, 1, 1, MessageKind::kCustomer, "在吗"));
      CHECK(f.duplicates == 9);
      CHECK(f.kept.size() == (out_of_order ? 9u : 8u));
      CHECK(f.seen.windowed() == !out_of_order);
    }
  }
}

TEST_CASE("rows whose hashes all collide are told apart by their fields, past the table's growth") {
  // 3000 rows over 30 hours, 30 seconds apart, in time order, then all again
  // from the start (two exports pasted): the window tables grow, then the
  // copies switch to the whole file's table, which grows too.
  for (ChatRowHash hash : {&chat_row_hash, &all_collide}) {
    CAPTURE(hash == &all_collide);
    Feed f(hash);
    for (int pass = 0; pass < 2; ++pass)
      for (int i = 0; i < 3000; ++i)
        f.add(kT + i * 36, static_cast<Id>(i % 7), static_cast<Id>(i % 101),
              i % 3 == 0 ? MessageKind::kCustomer : MessageKind::kAgent, "text " + std::to_string(i % 13));
    CHECK(f.kept.size() == 3000);
    CHECK(f.duplicates == 3000);
    CHECK_FALSE(f.seen.windowed());
    for (size_t i = 0; i < f.kept.size(); ++i) CHECK(f.kept[i].line == i + 2);  // the first of each pair kept
  }
}

TEST_CASE("in a nearly time-ordered file a copy within the hour before is found without the whole-file table") {
  Feed f(&chat_row_hash);
  const Time h = (kT / 3600) * 3600;  // an hour's start
  REQUIRE(f.add(h + 10, 1, 1, MessageKind::kCustomer, "a"));
  REQUIRE(f.add(h + 3600 + 5, 1, 2, MessageKind::kCustomer, "b"));  // the next hour
  REQUIRE(f.add(h + 3600 + 2, 1, 3, MessageKind::kCustomer, "c"));  // a little back in time
  CHECK_FALSE(f.add(h + 10, 1, 1, MessageKind::kCustomer, "a"));     // from the hour before
  REQUIRE(f.add(h + 2 * 3600, 1, 4, MessageKind::kCustomer, "d"));  // the window moves on
  CHECK_FALSE(f.add(h + 3600 + 2, 1, 3, MessageKind::kCustomer, "c"));
  CHECK(f.seen.windowed());
  // Two hours back: "a" left the window; the whole file's table finds it.
  CHECK_FALSE(f.add(h + 10, 1, 1, MessageKind::kCustomer, "a"));
  CHECK_FALSE(f.seen.windowed());
  CHECK(f.duplicates == 3);
  CHECK(f.kept.size() == 4);
}

TEST_CASE("a file that skips hours starts an empty window, and a copy from before the gap is still found") {
  Feed f(&chat_row_hash);
  REQUIRE(f.add(kT, 1, 1, MessageKind::kCustomer, "a"));
  REQUIRE(f.add(kT + 5 * 3600, 1, 2, MessageKind::kCustomer, "b"));
  CHECK(f.seen.windowed());
  CHECK_FALSE(f.add(kT, 1, 1, MessageKind::kCustomer, "a"));
  CHECK_FALSE(f.add(kT + 5 * 3600, 1, 2, MessageKind::kCustomer, "b"));
  CHECK(f.duplicates == 2);
}

TEST_CASE("row hashes taken by look_ahead before the table moved on, grew or became the whole file's still find copies") {
  // As the keeping thread does: every row's hash is looked ahead before any
  // row is checked, here all of them while the table is still empty.
  ChatDuplicates seen;
  std::vector<Message> rows;
  const Time h = (kT / 3600) * 3600;
  for (uint32_t i = 0; i < 3000; ++i)  // 2.5 hours of rows: the window moves twice and grows
    rows.push_back(Message{h + static_cast<Time>(i) * 3, 1, i, i + 2, MessageKind::kCustomer});
  for (uint32_t i = 2990; i < 3000; ++i) rows.push_back(rows[i]);  // copies of the last ten
  rows.push_back(rows[0]);  // a copy from two hours back: the whole file's table
  std::vector<uint64_t> ahead;
  for (const Message& m : rows) ahead.push_back(seen.look_ahead(m, chat_text_hash("t")));
  std::vector<Message> kept;
  int duplicates = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (seen.duplicate(kept, rows[i], chat_text_hash("t"), ahead[i]))
      ++duplicates;
    else
      kept.push_back(rows[i]);
  }
  CHECK(kept.size() == 3000);
  CHECK(duplicates == 11);
  CHECK_FALSE(seen.windowed());
}

TEST_CASE("in a file going back up to an hour, skipping hours, with copies from both hours, every copy is found and nothing else") {
  // Judged against a set of every row kept so far: a copy is a row equal to
  // one kept before, wherever it is. The rows reach each new hour and go
  // back into the one before, so each of the hour tables is emptied and
  // reused many times.
  for (ChatRowHash hash : {&chat_row_hash, &all_collide}) {
    for (bool go_far_back : {false, true}) {
      CAPTURE(hash == &all_collide);
      CAPTURE(go_far_back);
      Feed f(hash);
      std::mt19937 rng(7);
      std::set<std::tuple<Time, Id, Id, int, std::string>> kept;
      std::vector<std::tuple<Time, Id, Id, int, std::string>> all;
      const Time start = (kT / 3600) * 3600;
      Time latest = start;
      int copies = 0;
      const int n = hash == &all_collide ? 1500 : 20000;
      for (int i = 0; i < n; ++i) {
        std::tuple<Time, Id, Id, int, std::string> row;
        const unsigned pick = rng() % 1000;
        if (pick < 200 && !all.empty()) {
          // A copy of a recent row, if still in the hour before the latest's
          // (or, going far back, now and then of any row at all).
          const size_t back = go_far_back && pick < 20 ? all.size() : std::min<size_t>(all.size(), 300);
          const auto& earlier = all[all.size() - 1 - rng() % back];
          if (!go_far_back && std::get<0>(earlier) / 3600 < latest / 3600 - 1) continue;
          row = earlier;
        } else {
          Time t;
          if (pick < 300)
            t = latest - static_cast<Time>(rng() % 3600);  // back into the hour before at most
          else if (pick < 302)
            t = latest + 3 * 3600;  // skips two hours
          else
            t = latest + static_cast<Time>(rng() % 8);
          if (t / 3600 < latest / 3600 - 1) t = (latest / 3600 - 1) * 3600;
          row = {t, static_cast<Id>(rng() % 3), static_cast<Id>(rng() % 5), static_cast<int>(rng() % 3),
                 std::to_string(rng() % 4)};
        }
        latest = std::max(latest, std::get<0>(row));
        const bool is_copy = !kept.insert(row).second;
        copies += is_copy;
        all.push_back(row);
        const auto& [t, agent, customer, kind, text] = row;
        REQUIRE(f.add(t, agent, customer, static_cast<MessageKind>(kind), text) == !is_copy);
      }
      CHECK(copies > n / 10);
      CHECK(f.duplicates == copies);
      CHECK(f.kept.size() == kept.size());
      CHECK(f.seen.windowed() == !go_far_back);
    }
  }
}

TEST_CASE("a text's line breaks hash alike saved with CRLF or LF; a lone CR and the lines themselves still count") {
  CHECK(chat_text_hash("地址:\r\n杭州\r\n西湖区") == chat_text_hash("地址:\n杭州\n西湖区"));
  CHECK(chat_text_hash("a\r\n") == chat_text_hash("a\n"));
  CHECK(chat_text_hash("\r\n\r\n") == chat_text_hash("\n\n"));
  CHECK(chat_text_hash("在吗") == chat_text_hash(std::string("在吗")));
  // Only the CR of a CRLF goes: a lone CR is part of the text.
  CHECK(chat_text_hash("a\rb") != chat_text_hash("ab"));
  CHECK(chat_text_hash("a\r\rb") != chat_text_hash("a\rb"));
  CHECK(chat_text_hash("a\r\r\nb") != chat_text_hash("a\nb"));
  // Where the breaks fall and how many there are is part of the text.
  CHECK(chat_text_hash("a\nb") != chat_text_hash("ab"));
  CHECK(chat_text_hash("ab\nc") != chat_text_hash("a\nbc"));
  CHECK(chat_text_hash("a\n\nb") != chat_text_hash("a\nb"));
  CHECK(chat_text_hash("a\n") != chat_text_hash("a"));
}

// The text hash reads 4, 8, 16 or 48 bytes a step and notices a CR in what
// it reads: a CRLF anywhere in a text of any length (across each step's
// edges, and past the stack copy's 1 KiB) must hash as its LF, and every
// byte must count.
TEST_CASE("a CRLF at any place of a text of any length hashes as its LF; every byte of the text counts") {
  for (size_t n : {size_t{2}, size_t{3}, size_t{4}, size_t{7}, size_t{8}, size_t{15}, size_t{16}, size_t{17},
                   size_t{31}, size_t{47}, size_t{48}, size_t{49}, size_t{95}, size_t{97}, size_t{1023},
                   size_t{1030}, size_t{3000}}) {
    std::string base(n, 'x');
    for (size_t i = 0; i < n; ++i) base[i] = static_cast<char>('a' + (i * 7) % 26);
    const uint64_t h = chat_text_hash(base);
    for (size_t at = 0; at + 1 < n; at += (n > 100 ? 97 : 1)) {
      CAPTURE(n);
      CAPTURE(at);
      std::string lf = base, crlf = base;
      lf[at] = '\n';
      crlf.replace(at, 1, "\r\n");
      CHECK(chat_text_hash(crlf) == chat_text_hash(lf));
      CHECK(chat_text_hash(lf) != h);
      std::string lone = base;
      lone[at] = '\r';  // a lone CR: a byte like another
      CHECK(chat_text_hash(lone) != h);
      CHECK(chat_text_hash(lone) != chat_text_hash(lf));
    }
    // Each byte changed, or one byte more or less, is another hash.
    for (size_t at = 0; at < n; at += (n > 100 ? 61 : 1)) {
      std::string other = base;
      other[at] = static_cast<char>(other[at] ^ 1);
      CHECK(chat_text_hash(other) != h);
    }
    CHECK(chat_text_hash(base + "x") != h);
    CHECK(chat_text_hash(std::string_view(base).substr(1)) != h);
  }
  CHECK(chat_text_hash("") != chat_text_hash(std::string_view("\0", 1)));
}
