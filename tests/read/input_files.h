// Setup the read tests of one input file share (roster_test, ratings_test):
// the smallest month that reads that file, read_inputs' error in English,
// the example month in its three dressings, and naive times as read.
#pragma once

#include <string>

#include "english.h"
#include "redhare/inputs.h"
#include "redhare/period.h"
#include "temp_dir.h"

namespace redhare::test {

// A naive date-time as the readers keep it (a hiring date is its day at 00:00).
inline Time at(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
  return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + s;
}

// A month of one chat message (小美 and customer c, 2026-10-01 09:00) and no
// orders, plus one more input file holding `text`: `file` names it in
// InputFiles (&InputFiles::roster) and `name` in the temp dir (roster.csv).
struct OneMessageMonth {
  TempDir dir;
  InputFiles in;
  OneMessageMonth(std::string InputFiles::*file, const std::string& name, const std::string& text) {
    in.chats = dir.file("chats.csv", "time,agent,customer,direction\n2026-10-01 09:00,小美,c,in\n");
    in.orders = dir.file("orders.csv", "order_id,customer,created,amount\n");
    in.*file = dir.file(name, text);
  }
};

// The InputError read_inputs throws, in English; "no error" if none.
inline std::string read_error(const InputFiles& in, const ReadOptions& o, RowErrors& errors) {
  return english_error_of([&] { read_inputs(in, o, errors); });
}
inline std::string read_error(const InputFiles& in, const ReadOptions& o = ReadOptions{}) {
  RowErrors strict;
  return read_error(in, o, strict);
}

// The example month's chats, orders and one more of its files (`name`, read
// as `file`), from examples/`dressing` ("", "en/" or "gbk/").
inline Dataset read_example(const std::string& dressing, Encoding encoding, std::string InputFiles::*file,
                            const std::string& name, ReadOptions o = ReadOptions{}) {
  const std::string dir = std::string(REDHARE_SOURCE_DIR) + "/examples/" + dressing;
  InputFiles in;
  in.chats = dir + "chats.csv";
  in.orders = dir + "orders.csv";
  in.*file = dir + name;
  o.encoding = encoding;
  RowErrors e;
  return read_inputs(in, o, e);
}

}  // namespace redhare::test
