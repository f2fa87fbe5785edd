#include <doctest/doctest.h>

#include "redhare/rejects.h"

using namespace redhare;

namespace {

std::vector<RejectedRow> sample() {
  return {RejectedRow{"chats.csv", 4, Msg(MsgId::kBadTime, {"\"bad\"", "time"}), "bad,a,c,in,,\"x,y\""},
          RejectedRow{"orders.csv", 9, Msg(MsgId::kPaidBeforeCreated), "1,tom,2026-10-02,2026-10-01,5,,"}};
}

}  // namespace

TEST_CASE("the rejects file lists file, line, reason and the row as read, RFC 4180 quoted, CRLF") {
  CHECK(rejects_csv(sample(), Lang::kEn) ==
        "file,line,reason,row\r\n"
        "chats.csv,4,\"bad time \"\"bad\"\" in column time\",\"bad,a,c,in,,\"\"x,y\"\"\"\r\n"
        "orders.csv,9,paid before created,\"1,tom,2026-10-02,2026-10-01,5,,\"\r\n");
}

TEST_CASE("rejects cells from the inputs that a spreadsheet would run as formulas get a ', unless not sanitizing") {
  std::vector<RejectedRow> rows = {
      RejectedRow{"=c.csv", 3, Msg(MsgId::kBadTime, {"\"@SUM(A1)\"", "time"}), "@SUM(A1),a,c"},
      RejectedRow{"c.csv", 4, Msg(MsgId::kPaidBeforeCreated), "-1,tom"}};
  CHECK(rejects_csv(rows, Lang::kEn) ==
        "file,line,reason,row\r\n"
        "'=c.csv,3,\"bad time \"\"@SUM(A1)\"\" in column time\",\"'@SUM(A1),a,c\"\r\n"
        "c.csv,4,paid before created,\"'-1,tom\"\r\n");
  CHECK(rejects_csv(rows, Lang::kEn, false) ==
        "file,line,reason,row\r\n"
        "=c.csv,3,\"bad time \"\"@SUM(A1)\"\" in column time\",\"@SUM(A1),a,c\"\r\n"
        "c.csv,4,paid before created,\"-1,tom\"\r\n");
}

TEST_CASE("the rejects file's reason speaks the run's language; its header stays the machine keys") {
  std::string zh = rejects_csv(sample(), Lang::kZh);
  CHECK(zh.rfind("file,line,reason,row\r\n", 0) == 0);
  CHECK(zh.find("chats.csv,4,\"列 time 的时间 \"\"bad\"\" 无效\",") != std::string::npos);
  CHECK(zh.find("orders.csv,9,付款时间早于创建时间,") != std::string::npos);
}

TEST_CASE("an empty rejects list is the header alone") {
  CHECK(rejects_csv({}, Lang::kZh) == "file,line,reason,row\r\n");
}
