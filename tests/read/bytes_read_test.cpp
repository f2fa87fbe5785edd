// ReadOptions::bytes_read: the progress bar's counter sees every raw byte of
// every input, from both reader threads.
#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "redhare/inputs.h"

using namespace redhare;

TEST_CASE("bytes_read counts the raw bytes of every input, BOM included") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("redhare-bytes-read-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // 3 (BOM) + 40 (header) + 34 (one message row) = 77 bytes.
  std::string chats =
      "\xEF\xBB\xBF"
      "time,agent,customer,direction,auto,text\n"
      "2026-10-05 09:00:00,a,b,in,,hello\n";
  // 52 (header) + 32 (one order row) = 84 bytes.
  std::string orders =
      "order_id,customer,created,paid,amount,status,refund\n"
      "1,b,2026-10-05 10:00:00,,9.90,,\n";
  REQUIRE(chats.size() == 77);
  REQUIRE(orders.size() == 84);
  InputFiles files{(dir / "c.csv").string(), (dir / "o.csv").string(), "", "", "", ""};
  std::ofstream(files.chats, std::ios::binary) << chats;
  std::ofstream(files.orders, std::ios::binary) << orders;

  std::atomic<uint64_t> counter{0};
  ReadOptions o;
  o.chunk = 16;  // many reads per file, so the sum is built from parts
  o.bytes_read = &counter;
  RowErrors errors(0);
  Dataset d = read_inputs(files, o, errors);
  CHECK(d.messages.size() == 1);
  CHECK(counter.load() == 77 + 84);
  fs::remove_all(dir);
}
