// split_record (the block index and split_indexed, on one record) against its
// reference, fccp's parse_line (issue 16): the same record must give the same
// fields, or an error in both. Records are random mixes of the bytes that
// matter (separators, quotes, spaces, tabs, the quoted newline placeholder,
// UTF-8) across several 64-byte steps, for both the SSE2 and the AVX2 path.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <libfccp/csv.h>

#include "redhare/byte_source.h"
#include "redhare/csv_split.h"
#include "split_mix.h"

using namespace redhare;

namespace {

using Fields = std::optional<std::vector<std::string>>;  // nullopt: an error

// fccp's answer, with quoted newlines put back as CsvRows did.
Fields reference(const std::string& rec, const std::vector<int>& order, size_t targets) {
  std::string buf = rec;  // parse_line writes into the record
  std::vector<char*> cols(targets, nullptr);
  try {
    io::detail::parse_line<io::trim_chars<' ', '\t'>, io::double_quote_escape<',', '"'>>(buf.data(), cols.data(),
                                                                                          order);
  } catch (const io::error::base&) {
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (char* c : cols) {
    std::string f = c ? std::string(c) : std::string();
    for (char& ch : f)
      if (ch == kPlaceholder) ch = '\n';
    out.push_back(f);
  }
  return out;
}

Fields fast(Simd simd, const std::string& rec, const std::vector<int>& order, size_t targets) {
  std::string buf = rec;
  buf.append(kSplitPadding, 'P');  // bytes past the end that must not count
  std::vector<std::string_view> fields(targets);
  std::string scratch;
  size_t placeholders = 0;
  if (!split_record(simd, buf.data(), rec.size(), order, fields.data(), &scratch, &placeholders)) return std::nullopt;
  CHECK(placeholders == static_cast<size_t>(std::count(rec.begin(), rec.end(), kPlaceholder)));
  std::vector<std::string> out(fields.begin(), fields.end());
  CHECK(buf.substr(0, rec.size()) == rec);  // the record is not written to
  return out;
}

std::string show(const Fields& f) {
  if (!f) return "error";
  std::string s;
  for (const std::string& x : *f) s += "[" + x + "]";
  return s;
}

std::vector<Simd> simds() {
  std::vector<Simd> s{Simd::kSse2};
  if (best_simd() == Simd::kAvx2) s.push_back(Simd::kAvx2);
  return s;
}

using Rng = redhare::test::SplitMix;

}  // namespace

TEST_CASE("split_record gives fccp's fields on hand-picked records") {
  const std::vector<std::string> records = {
      "a,b,c", "a,,c", ",,", " a , b\t,\tc ", "\"a,b\",c,d", "\"a\"\"b\",c,d", "a\"b,c\"d,e,f", "\"\",\"\",\"\"",
      "\"a\x1F" "b\",c,d", "x\"a\x1F" "b\"y,c,d", "\"a\",b", "\"unclosed,b,c", "a,b,c,d", "a,b", "\" \"\" \",b,c",
      " \"a\" ,b,c", "\"a\" x,b,c", "\"\"\"\",b,c", "\"a\"\"\",b,c", "中文,\"引号,逗号\",c"};
  for (Simd simd : simds()) {
    for (const std::string& r : records) {
      CAPTURE(r);
      CAPTURE(static_cast<int>(simd));
      for (const std::vector<int>& order : {std::vector<int>{0, 1, 2}, std::vector<int>{2, -1, 0},
                                            std::vector<int>{-1, -1, 0}, std::vector<int>{1, 0}}) {
        CHECK(fast(simd, r, order, 3) == reference(r, order, 3));
      }
    }
  }
}

TEST_CASE("split_record gives fccp's fields and errors on 200000 random records") {
  // Bytes that steer the splitter, weighted towards the rare ones.
  const std::vector<std::string> pieces = {",", ",", "\"", "\"", "\"\"", " ", "\t", "\x1F", "a", "bc", "中",
                                           "1234567890", "红兔旗舰店:小美", "=\"39\"", "\r"};
  Rng rng{16};
  size_t errors = 0, quoted = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string rec;
    const size_t parts = rng.below(i % 10 == 0 ? 120 : 30);
    for (size_t k = 0; k < parts; ++k) rec += pieces[rng.below(pieces.size())];
    const size_t columns = 1 + rng.below(8);
    std::vector<int> order(columns);
    for (size_t c = 0; c < columns; ++c) order[c] = rng.below(4) == 0 ? -1 : static_cast<int>(c);
    const Fields want = reference(rec, order, columns);
    errors += !want;
    quoted += rec.find('"') != std::string::npos;
    for (Simd simd : simds()) {
      const Fields got = fast(simd, rec, order, columns);
      if (got != want) {
        CAPTURE(rec);
        CAPTURE(columns);
        std::string o; for (int x : order) o += std::to_string(x) + " ";
        CAPTURE(o);
        CAPTURE(static_cast<int>(simd));
        CAPTURE(show(want));
        CAPTURE(show(got));
        FAIL("split_record and parse_line differ");
      }
    }
  }
  // Both outcomes are well exercised.
  CHECK(errors > 20000);
  CHECK(errors < 190000);
  CHECK(quoted > 50000);
}

TEST_CASE("split_record finds separators in every lane of several 64-byte steps") {
  for (Simd simd : simds()) {
    for (size_t k = 0; k < 200; ++k) {
      CAPTURE(k);
      // A quoted comma then a real separator, k bytes in: crosses every lane.
      const std::string rec = std::string(k, 'x') + "\"q,q\"," + std::string(200 - k, 'y');
      CHECK(fast(simd, rec, {0, 1}, 2) == reference(rec, {0, 1}, 2));
      CHECK(fast(simd, rec, {0}, 1) == std::nullopt);
    }
  }
}
