// `--format html` in a real browser (issue 15): Debian's chromium, headless,
// with every networking feature off and a fresh profile. The page must show
// every agent, score and consequence line once a browser has parsed it, draw
// something (the screenshot is not one colour), and print one ranking group
// per A4 page. scripts/dev installs chromium and fonts-noto-cjk for `test`;
// without them this test fails rather than skipping unseen.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <cstring>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "output/csv_read_back.h"
#include "redhare/render.h"
#include "redhare/report.h"
#include "redhare/scoring.h"
#include "run.h"

using namespace redhare::test;

namespace {

constexpr const char* kChromium = "/usr/bin/chromium";
constexpr int kBrowserTimeoutS = 90;

// Runs chromium headless on `url` with `what` (--dump-dom, --screenshot=…,
// --print-to-pdf=…), stdin from /dev/null, stdout into the returned string.
// A browser that hangs is killed with its whole process group.
std::string chromium(const std::vector<std::string>& what, const std::string& url) {
  std::string dir = temp_dir();
  std::string out_file = dir + "/stdout";
  std::vector<std::string> args = {kChromium,
                                   "--headless",
                                   "--no-sandbox",  // CI runs as root
                                   "--disable-gpu",
                                   "--disable-dev-shm-usage",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--disable-quic",
                                   "--no-first-run",
                                   "--hide-scrollbars",
                                   "--user-data-dir=" + dir + "/profile"};
  args.insert(args.end(), what.begin(), what.end());
  args.push_back(url);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::setpgid(0, 0);
    int in = ::open("/dev/null", O_RDONLY);
    int out = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = ::open("/dev/null", O_WRONLY);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(kChromium, argv.data());
    ::_exit(127);
  }
  ::setpgid(pid, pid);
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kBrowserTimeoutS);
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      FAIL("chromium did not finish within " << kBrowserTimeoutS << " s");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ::kill(-pid, SIGKILL);  // helpers left behind, if any
  CHECK_MESSAGE(WIFEXITED(status), "chromium was killed by a signal");
  CHECK(WEXITSTATUS(status) == 0);
  return read_file(out_file);
}

std::string file_url(const std::string& path) { return "file://" + path; }

void require_chromium() {
  REQUIRE_MESSAGE(::access(kChromium, X_OK) == 0,
                  "chromium is missing: `scripts/dev test` installs it (apt-get install chromium fonts-noto-cjk)");
}

// --- PNG: enough of a decoder to look at the pixels ------------------------------

struct Image {
  uint32_t width = 0, height = 0;
  std::vector<uint8_t> rgba;  // 4 bytes a pixel
};

uint32_t be32(const std::string& s, size_t i) {
  return uint32_t(uint8_t(s[i])) << 24 | uint32_t(uint8_t(s[i + 1])) << 16 | uint32_t(uint8_t(s[i + 2])) << 8 |
         uint32_t(uint8_t(s[i + 3]));
}

// 8-bit RGB or RGBA, not interlaced: what chromium writes.
Image decode_png(const std::string& png) {
  REQUIRE(png.size() > 33);
  REQUIRE(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  Image img;
  img.width = be32(png, 16);
  img.height = be32(png, 20);
  const int depth = uint8_t(png[24]), color = uint8_t(png[25]), interlace = uint8_t(png[28]);
  REQUIRE(depth == 8);
  REQUIRE((color == 2 || color == 6));
  REQUIRE(interlace == 0);
  const size_t channels = color == 6 ? 4 : 3;
  std::string idat;
  for (size_t i = 8; i + 8 <= png.size();) {
    uint32_t len = be32(png, i);
    std::string type = png.substr(i + 4, 4);
    if (type == "IDAT") idat += png.substr(i + 8, len);
    i += 12 + len;
  }
  const size_t stride = img.width * channels;
  std::vector<uint8_t> raw((stride + 1) * img.height);
  uLongf raw_len = raw.size();
  REQUIRE(::uncompress(raw.data(), &raw_len, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) == Z_OK);
  REQUIRE(raw_len == raw.size());
  std::vector<uint8_t> prev(stride, 0), cur(stride);
  img.rgba.reserve(size_t{img.width} * img.height * 4);
  for (uint32_t y = 0; y < img.height; ++y) {
    const uint8_t* line = raw.data() + y * (stride + 1);
    const int filter = line[0];
    for (size_t x = 0; x < stride; ++x) {
      int a = x >= channels ? cur[x - channels] : 0, b = prev[x], c = x >= channels ? prev[x - channels] : 0;
      int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
      int pred = filter == 0 ? 0
                 : filter == 1 ? a
                 : filter == 2 ? b
                 : filter == 3 ? (a + b) / 2
                               : (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      cur[x] = uint8_t(line[1 + x] + pred);
    }
    for (uint32_t x = 0; x < img.width; ++x) {
      for (size_t k = 0; k < 3; ++k) img.rgba.push_back(cur[x * channels + k]);
      img.rgba.push_back(channels == 4 ? cur[x * channels + 3] : 255);
    }
    prev.swap(cur);
  }
  return img;
}

// Pages of a PDF: its page objects ("/Type /Page", not "/Pages").
int pdf_pages(const std::string& pdf) {
  int n = 0;
  for (size_t i = pdf.find("/Type"); i != std::string::npos; i = pdf.find("/Type", i + 1)) {
    size_t j = i + 5;
    while (j < pdf.size() && pdf[j] == ' ') ++j;
    if (pdf.compare(j, 5, "/Page") == 0 && (j + 5 >= pdf.size() || pdf[j + 5] != 's')) ++n;
  }
  return n;
}

std::vector<std::vector<std::string>> csv_of(const std::vector<std::string>& args) {
  RunResult r = run_redhare(args);
  REQUIRE(r.status == 0);
  return read_back_csv(r.out);
}

size_t column(const std::vector<std::string>& header, const std::string& key) {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == key) return i;
  FAIL("no column " << key);
  return 0;
}

std::vector<std::string> example_score_args() {
  std::vector<std::string> a = example_inputs();
  a.insert(a.end(), {"--reviews", source_path("examples/reviews.csv")});
  return cat({"score"}, a);
}

}  // namespace

TEST_CASE("in a browser, the score page shows every agent, score and consequence line of the csv, in en and zh") {
  require_chromium();
  for (const char* lang : {"en", "zh"}) {
    CAPTURE(lang);
    std::string page = temp_dir() + "/score.html";
    REQUIRE(run_redhare(cat(example_score_args(), {"--format", "html", "--lang", lang, "-o", page})).status == 0);
    std::string dom = chromium({"--dump-dom"}, file_url(page));
    REQUIRE(dom.find("</html>") != std::string::npos);
    CHECK(dom.find("<svg") != std::string::npos);

    auto scores = csv_of(cat(example_score_args(), {"--format", "csv", "--lang", lang}));
    size_t agent = column(scores[0], "agent"), score = column(scores[0], "score"), sales = column(scores[0], "sales");
    REQUIRE(scores.size() == 8);  // 7 agents
    for (size_t r = 1; r < scores.size(); ++r) {
      CAPTURE(scores[r][agent]);
      CHECK(dom.find(">" + scores[r][agent] + "<") != std::string::npos);
      // The number the browser shows carries the csv's own text.
      CHECK(dom.find("data-v=\"" + scores[r][score] + "\"") != std::string::npos);
      CHECK(dom.find("data-v=\"" + scores[r][sales] + "\"") != std::string::npos);
    }
    auto actions = csv_of(cat(example_score_args(), {"--format", "csv", "--lang", lang, "--section", "actions"}));
    size_t who = column(actions[0], "agent"), action = column(actions[0], "action"), why = column(actions[0], "why");
    REQUIRE(actions.size() > 5);
    for (size_t r = 1; r < actions.size(); ++r) {
      std::string line = "<span class=\"who\">" + actions[r][who] + "</span>";
      size_t at = dom.find(line);
      CAPTURE(actions[r][action]);
      REQUIRE(at != std::string::npos);
      CHECK(dom.find(actions[r][action] + " \u2014 " + actions[r][why]) != std::string::npos);
    }
  }
}

TEST_CASE("in a browser, hostile agent names are text and run nothing") {
  require_chromium();
  std::string dir = temp_dir();
  std::string chats = read_file(source_path("examples/chats.csv"));
  std::string targets = read_file(source_path("examples/targets.csv"));
  const std::string from = "红兔旗舰店:阿杰", to = "<img src=x onerror=alert(1)>=HYPERLINK(1)";
  for (std::string* s : {&chats, &targets})
    for (size_t i = s->find(from); i != std::string::npos; i = s->find(from, i + to.size())) s->replace(i, from.size(), to);
  write_file(dir + "/chats.csv", chats);
  write_file(dir + "/targets.csv", targets);
  std::string page = dir + "/score.html";
  REQUIRE(run_redhare({"score", "--chats", dir + "/chats.csv", "--orders", source_path("examples/orders.csv"),
                       "--targets", dir + "/targets.csv", "--month", "2026-10", "--format", "html", "-o", page})
              .status == 0);
  std::string dom = chromium({"--dump-dom"}, file_url(page));
  CHECK(dom.find("&lt;img src=x onerror=alert(1)&gt;=HYPERLINK(1)") != std::string::npos);
  CHECK(dom.find("<img") == std::string::npos);
}

TEST_CASE("in a browser, the score page is drawn: the screenshot is not one colour") {
  require_chromium();
  std::string dir = temp_dir();
  std::string page = dir + "/score.html";
  REQUIRE(run_redhare(cat(example_score_args(), {"--format", "html", "--lang", "zh", "-o", page})).status == 0);
  std::string png = dir + "/shot.png";
  chromium({"--screenshot=" + png, "--window-size=1280,2000"}, file_url(page));
  Image img = decode_png(read_file(png));
  CHECK(img.width == 1280);
  CHECK(img.height == 2000);
  // Not blank: many colours (bars of five grades, text), and a good share of
  // pixels that are not the background.
  std::set<uint32_t> colours;
  size_t not_background = 0;
  const uint8_t* bg = img.rgba.data();
  for (size_t i = 0; i < img.rgba.size(); i += 4) {
    const uint8_t* p = img.rgba.data() + i;
    colours.insert(uint32_t(p[0]) << 16 | uint32_t(p[1]) << 8 | p[2]);
    if (std::memcmp(p, bg, 3) != 0) ++not_background;
  }
  CHECK(colours.size() > 50);
  CHECK(not_background > img.rgba.size() / 4 / 50);  // over 2% of the page
}

TEST_CASE("in a browser, printing puts each ranking group on its own A4 page") {
  require_chromium();
  // Two small groups, as issue 13's department and role columns make them.
  using namespace redhare;
  Report r;
  r.header = {{"period", "2026-10"}};
  Table t;
  t.key = "scores";
  t.title_en = "Scores";
  t.columns = {{"agent", "agent", "客服"}, {"department", "department", "部门"}, {"role", "role", "岗位"},
               {"score", "score", "得分", CellType::kNumber}, {"grade", "grade", "等级", CellType::kGrade},
               {"rank", "rank", "排名", CellType::kInt}};
  for (int g = 0; g < 2; ++g)
    for (int i = 0; i < 4; ++i)
      t.rows.push_back({Cell{"agent " + std::to_string(g * 4 + i)}, Cell{std::string(g ? "B" : "A")},
                        Cell{std::string("presales")}, Cell{80.0 - i}, Cell{int64_t{static_cast<int>(redhare::Grade::kAverage)}}, Cell{int64_t{i + 1}}});
  r.tables.push_back(t);
  RenderOptions o;
  o.format = Format::kHtml;
  std::string dir = temp_dir();
  write_file(dir + "/groups.html", render(r, o));
  chromium({"--print-to-pdf=" + dir + "/groups.pdf", "--no-pdf-header-footer"}, file_url(dir + "/groups.html"));
  std::string pdf = read_file(dir + "/groups.pdf");
  REQUIRE(pdf.compare(0, 5, "%PDF-") == 0);
  CHECK(pdf_pages(pdf) == 2);

  // The example month: one group, on one page with its header.
  std::string page = dir + "/score.html";
  REQUIRE(run_redhare(cat(example_score_args(), {"--format", "html", "--lang", "zh", "-o", page})).status == 0);
  chromium({"--print-to-pdf=" + dir + "/score.pdf", "--no-pdf-header-footer"}, file_url(page));
  CHECK(pdf_pages(read_file(dir + "/score.pdf")) == 1);
}
