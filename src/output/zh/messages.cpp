// 所有消息的中文（fmt 占位符：先是参数，再是嵌套的消息；见 message.h）。
// Every message in Chinese. Option names, file names and values stay as the
// user typed them; the words around them are Chinese.
#include "redhare/message.h"

namespace redhare::zh {

const char* message_text(MsgId id) {
  switch (id) {
    case MsgId::kUntranslated: return "{0}";
    case MsgId::kWarning: return "警告：{0}";
    case MsgId::kInternalError: return "内部错误：{0}";
    case MsgId::kCannotWrite: return "无法写入 {0}";
    case MsgId::kFileError: return "{0}: {1}";
    case MsgId::kStdoutError: return "标准输出: {0}";
    case MsgId::kRejectsOption: return "--rejects {0}";
    case MsgId::kUsageLine: return "{1}（见 `{0} --help`）";
    case MsgId::kUnknownOptionFirst: return "未知选项 {0}；命令要写在最前面：{1}";
    case MsgId::kUnknownCommand: return "未知命令 \"{0}\"；可用的命令有 {1}";
    case MsgId::kCommandNeeded: return "缺少命令：{0}";
    case MsgId::kUnknownOption: return "未知选项 {0}";
    case MsgId::kUnexpectedArgument: return "多余的参数 \"{0}\"";
    case MsgId::kOptionRequired: return "缺少必需的选项 {0}";
    case MsgId::kCli11: return "{0}";
    case MsgId::kBadMonth: return "--month 应为 YYYY-MM（如 2026-10）或 \"last\"，而不是 {0}";
    case MsgId::kBadFormat: return "--format 应为 table、csv、tsv、json、md 或 html，而不是 {0}";
    case MsgId::kBadLang: return "--lang 应为 en 或 zh，而不是 {0}";
    case MsgId::kBadColor: return "--color 应为 auto、always 或 never，而不是 {0}";
    case MsgId::kBadEncodingOption: return "--encoding 应为 utf-8、gbk、gb18030 或 auto，而不是 {0}";
    case MsgId::kBadCount: return "{0}：应为行数（0、1、2……），而不是 {1}";
    case MsgId::kUnknownSection: return "未知的 --section \"{0}\"：此报表只有 {1}";
    case MsgId::kSectionNeedsCsv:
      return "--section {0} 只用于 --format csv 或 tsv 时选一张表；table、md 和 json 会输出全部表格";
    case MsgId::kNoCsvTable: return "此报表没有可写成 CSV 的表格";
    case MsgId::kSaveNeedsHistory: return "--save 需要 --history 目录";
    case MsgId::kSaveNeedsMonth: return "--save 需要 --month：历史按月保存";
    case MsgId::kHeaderOnly: return "{0}：没有数据行（只有表头）";
    case MsgId::kNoRowsInMonth: return "{0}：{1} 行中没有一行在 {2} 内（数据从 {3} 到 {4}）";
    case MsgId::kNoRowsInMonthRefuse:
      return "{0}：{1} 行中没有一行在 {2} 内（数据从 {3} 到 {4}）；--month 是否写对了？";
    case MsgId::kNothingPaid:
      return "{0}：{1} 笔订单都没有付款时间，所以销售额全为 0：付款时间列（{2}）是否用了别的名字？"
             "可在 --policy 中用 alias.orders.paid 添加";
    case MsgId::kBadRowsSkipped: return "跳过了 {0} 行错误数据（--max-errors {1}）；用 --rejects FILE 可保留这些行";
    case MsgId::kBadRowsSkippedKept: return "跳过了 {0} 行错误数据（--max-errors {1}）";
    case MsgId::kRowAccount:
      return "  {0}：读取 {1} 行 = 使用 {2} + 不在期间内 {3} + 重复 {4} + 拒收 {5}";
    case MsgId::kNoSavedMonth:
      return "{0}：{1} 内没有已保存的月份（其中有 {2} 到 {3}）；用 `redhare score --month YYYY-MM --history {0} "
             "--save` 保存一个月";
    case MsgId::kNoSavedMonthEmpty:
      return "{0}：{1} 内没有已保存的月份（其中一个也没有）；用 `redhare score --month YYYY-MM --history {0} "
             "--save` 保存一个月";
  }
  return nullptr;
}

}  // namespace redhare::zh
