// 所有消息的中文（fmt 占位符：先是参数，再是嵌套的消息；见 message.h）。
// Every message in Chinese. Option names, file names and values stay as the
// user typed them; the words around them are Chinese.
#include "redhare/message.h"

namespace redhare::zh {

const char* message_text(MsgId id) {
  switch (id) {
    case MsgId::kNoMessage: return "（无消息）";
    case MsgId::kPolicyAt: return "{0}: {1}";
    case MsgId::kPolicyKey: return "{0}: {1}";
    case MsgId::kPolicyNoEquals: return "应为 键 = 值，而不是 {0}";
    case MsgId::kPolicyTwice: return "在第 {0} 行和第 {1} 行各写了一次；只保留一处";
    case MsgId::kPolicyCannotOpen: return "无法打开政策文件";
    case MsgId::kPolicyWorkHours: return "工作时间：{0}";
    case MsgId::kPolicyUnknownKey: return "未知的键（`redhare policy` 会列出每个键及其默认值）";
    case MsgId::kPolicyUnclosedQuote: return "{0} 中的引号没有闭合";
    case MsgId::kPolicyAfterQuote: return "闭合引号之后还有文字：{0}";
    case MsgId::kPolicyDivByZero: return "{0} 中除以零";
    case MsgId::kPolicyTooLarge: return "{0} 太大";
    case MsgId::kPolicyNotNumber: return "应为数字，而不是 {0}";
    case MsgId::kPolicyNotWhole: return "应为整数，而不是 {0}";
    case MsgId::kPolicyNotDuration: return "应为时长，如 30m、120s 或 48h，而不是 {0}";
    case MsgId::kPolicyNotYuan: return "应为以元计的金额，如 100 或 100.50，而不是 {0}";
    case MsgId::kPolicyPayRate: return "应为比例，如 1% 或 0.01，不能为负数，而不是 {0}";
    case MsgId::kPolicyPayRateOver: return "比例超过 100% 会发出比其所依据的销售额更多的钱，而不是 {0}";
    case MsgId::kPolicyPayFactorOrder: return "{0} = {1} 低于 {2} = {3}：等级越高，提成系数不能越小";
    case MsgId::kPolicyAftersalesWeightsZero: return "售后考核项权重全为 0：任何售后得分都没有意义；请至少给一个售后考核项权重";
    case MsgId::kPolicyPayFactor: return "应为系数，如 1.1，不能为负数，而不是 {0}";
    case MsgId::kPolicyPayYuan: return "应为以元计的金额，如 50 或 50.00，不能为负数，而不是 {0}";
    case MsgId::kPolicyPaySplit: return "应为 equal 或 score，而不是 {0}";
    case MsgId::kPolicyLevelNegative: return "级别不能为负数：{0}";
    case MsgId::kPolicyLevelsOrder: return "级别必须从低到高排列：{0} 排在 {1} 之后";
    case MsgId::kPolicyPayNoGrade: return "没有这个等级（pay.factor.outstanding、.excellent、.average、.improve、.urgent）";
    case MsgId::kPolicyNotBool: return "应为 true 或 false，而不是 {0}";
    case MsgId::kPolicyNotClock: return "应为 HH:MM，而不是 {0}";
    case MsgId::kPolicyNotOffset: return "应为 +HH:MM，而不是 {0}";
    case MsgId::kPolicyOffsetRange: return "时区偏移超出范围：{0}";
    case MsgId::kPolicyNotHours: return "应为 HH:MM-HH:MM，而不是 {0}";
    case MsgId::kPolicyHoursOrder: return "工作时间的开始必须早于结束：{0}";
    case MsgId::kPolicyAttribution: return "应为 last 或 first，而不是 {0}";
    case MsgId::kPolicyShare: return "比例应在 0% 到 100% 之间，而不是 {0}";
    case MsgId::kPolicyZeroGap: return "0 会让每条消息都结束一个会话（回复率全为 0）；种子方案为 30m";
    case MsgId::kPolicyZeroSlow: return "0 会让每次回复都算慢回复；种子方案为 120s";
    case MsgId::kPolicyZeroStreak: return "连续 0 个月没有意义；种子方案为 3";
    case MsgId::kPolicyNegativeRater: return "评分人权重不能为负";
    case MsgId::kPolicyScoreRange: return "分数应在 0-100 之间，而不是 {0}";
    case MsgId::kPolicyAliasKey: return "别名键的形式为 alias.chats.time";
    case MsgId::kPolicyNoSuchItem: return "没有这个考核项（考核项：{0}）";
    case MsgId::kPolicyNegativeWeight: return "权重不能为负";
    case MsgId::kPolicyItemKey: return "考核项的键以 .weight、.tiers、.linear 或 .direct 结尾";
    case MsgId::kPolicyScoredTwice: return "{0}（第 {1} 行）已规定 {2} 的计分方式；两者只保留一个";
    case MsgId::kPolicyNotDirect: return "{0} 不是 0-100 的分数；请给出 item.{0}.tiers 或 item.{0}.linear";
    case MsgId::kPolicyPoints: return "得分应在 0-100 之间，而不是 {0}";
    case MsgId::kPolicyBetterLower: return "{0} 越低越好：请用 <= 档位，或递减的线性区间";
    case MsgId::kPolicyBetterHigher: return "{0} 越高越好：请用 >= 档位，或递增的线性区间";
    case MsgId::kPolicyRateRange: return "{0} 是 0% 到 100% 的比率；{1} 超出此范围（写作 45% 或 0.45）";
    case MsgId::kPolicyNegative: return "{0} 不会为负；{1} 没有意义";
    case MsgId::kPolicyTierForm: return "档位 {0} 应写作 门槛:得分";
    case MsgId::kPolicyTierStart: return "档位 {0} 必须以 >= 或 <= 开头，或为 else";
    case MsgId::kPolicyTiersMix: return "档位混用了 >= 和 <=";
    case MsgId::kPolicyTierNotStricterGe: return "档位 {0} 并不比前一档更严：>= 档位应从最难达到排到最容易（门槛递减）";
    case MsgId::kPolicyTierNotStricterLe: return "档位 {0} 并不比前一档更严：<= 档位应从最难达到排到最容易（门槛递增）";
    case MsgId::kPolicyNoTiers: return "没有给出档位";
    case MsgId::kPolicyLinearTwo: return "应为两个点：零分处:0, 满分处:100";
    case MsgId::kPolicyLinearForm: return "{0} 应写作 指标:得分";
    case MsgId::kPolicyLinearEnds: return "应为 指标:0, 指标:100，且两个指标不同";
    case MsgId::kPolicyNeedsTiers: return "item.{0}：请给出 item.{0}.tiers 或 item.{0}.linear";
    case MsgId::kPolicyAftersalesNeedsTiers:
      return "aftersales.item.{0}：请给出 aftersales.item.{0}.tiers 或 aftersales.item.{0}.linear";
    case MsgId::kPolicyWeightsZero: return "考核项权重全为 0：任何得分都没有意义；请至少给一个考核项权重";
    case MsgId::kPolicyReviewWeightsZero: return "评价权重全为 0：无法合并评价；请至少给一个评分人权重";
    case MsgId::kPolicyGradeOrder: return "{0} = {1} 不高于 {2} = {3}：等级门槛应从 outstanding 到 improve 递减";
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
    case MsgId::kBadShow: return "--show 应为 points 或 figures，而不是 {0}";
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
    case MsgId::kHistoryHeader: return "表头应为 agent,score,grade,rank";
    case MsgId::kHistoryBadScore: return "得分 {0} 无效";
    case MsgId::kHistoryBadGrade: return "等级 {0} 无效";
    case MsgId::kHistoryBadRank: return "排名 {0} 无效";
    case MsgId::kHistoryBadRole: return "岗位 {0} 无效";
    case MsgId::kHistoryUnreadable: return "无法读取历史目录：{0}";
    case MsgId::kHistoryCannotCreate: return "{0}：无法创建历史目录：{1}";
    case MsgId::kBadPeriodYear: return "--period {0}：应为 YYYY";
    case MsgId::kBadPeriodQuarter: return "--period {0}：应为 YYYY 或 YYYY-Q1..Q4";
    case MsgId::kBadPeriodHalf: return "--period {0}：应为 YYYY 或 YYYY-H1";
    case MsgId::kBadPeriodAny: return "--period {0}：应为 YYYY、YYYY-Q1..Q4 或 YYYY-H1";
    case MsgId::kNoAgent: return "没有客服 {0}；`redhare metrics` 会列出所有客服";
    case MsgId::kNoAgentDidYouMean: return "没有客服 {0}；是否要找 {1}";
    case MsgId::kNoAgentDidYouMeanMore: return "没有客服 {0}；是否要找 {1}（另有 {2} 个）";
    case MsgId::kAgentNotInPeriod: return "客服 {0} 在 {1} 内没有消息、订单或目标";
    case MsgId::kNoSavedMonthEmpty:
      return "{0}：{1} 内没有已保存的月份（其中一个也没有）；用 `redhare score --month YYYY-MM --history {0} "
             "--save` 保存一个月";
    // Reading the inputs.
    case MsgId::kPastMaxErrors: return "{1}（错误行超过 --max-errors {0}，停止）";
    case MsgId::kOneStdin: return "只能有一个输入来自标准输入（\"-\"）";
    case MsgId::kBadEncodingWord: return "--encoding：应为 utf-8、gbk 或 auto，而不是 {0}";
    case MsgId::kCannotOpen: return "无法打开：{0}";
    case MsgId::kReadError: return "读取出错：{0}";
    case MsgId::kUtf16: return "UTF-16 文本（以 UTF-16 字节顺序标记开头）：请另存为 CSV UTF-8 或 GBK";
    case MsgId::kNoIconv: return "iconv 无法把 GB18030 转成 UTF-8";
    case MsgId::kIconvError: return "iconv：{0}";
    case MsgId::kLineTooLong: return "行长超过 1 MiB";
    case MsgId::kNulByte: return "含 NUL 字节";
    case MsgId::kControlChar: return "含控制字符 {0}";
    case MsgId::kInvalidUtf8: return "无效的 UTF-8 字节序列（试试 --encoding gbk）";
    case MsgId::kInvalidGbk: return "无效的 GBK 字节序列";
    case MsgId::kQuoteNeverClosed: return "引号字段没有闭合（引号从这里开始）";
    case MsgId::kEmptyFile: return "空文件：应有一行表头";
    case MsgId::kBareCr: return "有回车符却没有换行符（行尾应为 LF 或 CRLF）";
    case MsgId::kFieldCount: return "应有 {0} 个字段，实际 {1} 个";
    case MsgId::kRepeatedHeader: return "这一行重复了第 {0} 行的表头（两份导出粘贴到了一起？）";
    case MsgId::kMissingColumn: return "缺少列 {0}（尝试过 {1}）；找到的列：{2}";
    case MsgId::kMissingColumnNoHeader: return "缺少列 {0}（尝试过 {1}）；没有找到任何列";
    case MsgId::kBadTime: return "列 {1} 的时间 {0} 无效";
    case MsgId::kBadTimeFormat: return "列 {1} 的时间 {0} 无效：与 --time-format {2} 不符";
    case MsgId::kBadAmount: return "列 {1} 的金额 {0} 无效";
    case MsgId::kEmptyField: return "{0} 为空";
    case MsgId::kBadDirection: return "方向 {0} 无效（应为 customer/in/buyer/买家/顾客/接收 或 agent/out/seller/客服/卖家/发送）";
    case MsgId::kBadAuto: return "自动回复标记 {0} 无效（应为 1/true/yes/y/是 或 0/false/no/n/否/空）";
    case MsgId::kPaidBeforeCreated: return "付款时间早于创建时间";
    case MsgId::kRefundOverAmount: return "退款 {0} 大于金额 {1}";
    case MsgId::kConflictingOrderId: return "order_id {0} 也出现在第 {1} 行，内容不同";
    case MsgId::kBadScore: return "列 {1} 的评分 {0} 无效（应为 0-100）";
    case MsgId::kBadRater: return "评价人 {0} 无效（应为 self/自评、peer/互评 或 manager/主管）";
    case MsgId::kBadRole: return "岗位 {0} 无效（应为 presales/售前/pre-sales/sales 或 aftersales/售后/after-sales/service）";
    case MsgId::kBadStaffStatus: return "状态 {0} 无效（应为 regular/正式/转正 或 probation/试用/试用期/实习/intern）";
    case MsgId::kBadDate: return "列 {1} 的日期 {0} 无效";
    case MsgId::kAgentListedTwice: return "客服 {0} 也出现在第 {1} 行：每个客服只能列一次";
    case MsgId::kBadRating: return "满意度 {0} 无效（应为 很满意/非常满意/very satisfied/5、满意/satisfied/4、一般/neutral/3、不满意/dissatisfied/2 或 很不满意/非常不满意/very dissatisfied/1）";
    case MsgId::kPayNeedsRoster: return "pay 需要 --roster 文件：按员工名册的岗位工资发放";
    case MsgId::kPayNeedsMonth: return "pay 需要 --month YYYY-MM（或 last）：工资表按月计算";
    case MsgId::kPayNoBasePay: return "{0}：岗位工资 base_pay 为空：发工资需要每位名册客服的岗位工资";
    case MsgId::kPayHiredAfterMonth: return "{0}：入职日期 {1} 在本月之后";
    case MsgId::kPayLeftOff: return "{0}:{1}: {2}；此人不在工资表上";
    case MsgId::kPayWillReject: return "{0}:{1}: {2}；pay 将拒收此行";
    case MsgId::kPayNoHired: return "名册没有入职日期，工龄工资按 0 计：{0}";
    case MsgId::kPayNobodyHeaderOnly: return "{0}：没有可发工资的人：名册只有表头";
    case MsgId::kPayNobody: return "{0}：没有可发工资的人：名册 {1} 行全部被拒收（见上）；改正后再运行";
    case MsgId::kHistoryAllZero:
      return "{0}：这个已保存月份里所有客服得分都是 0，不可能是真实的一个月（也许是以前保存的空导出或错误导出？）；"
             "它仍计入连续 3 个月的规则、评奖和考核：如有误请删除该文件";
    case MsgId::kAwardsBelowPassMark:
      return "无人获奖：没有客服的平均得分达到及格线 pass_mark {0}（最高为 {1}）";
    case MsgId::kPayHeldShare: return "{0} 不在工资表上：为其保留公共绩效提成 {1}，名册此行修正后发放";
    case MsgId::kNoSuchFile: return "没有这个文件：{0}";
    case MsgId::kIsADirectory: return "{0} 是目录，不是文件";
    case MsgId::kNoSuchDirectory: return "没有这个目录：{0}";
    case MsgId::kNotADirectory: return "{0} 是文件，不是目录";
    // The reading rules and the output guards.
    case MsgId::kEmptyFileName: return "文件名为空（写到标准输出请用 - 或不加此选项）";
    case MsgId::kCountTooLarge: return "{0}：{1} 太大（最多 18446744073709551615）";
    case MsgId::kTimeFormatUnknownKind:
      return "--time-format：没有 {0} 这种文件（可用 chats、orders、targets、reviews、roster、ratings；不写则用于所有文件）";
    case MsgId::kTimeFormatKindTwice: return "--time-format {0}=... 给了两次";
    case MsgId::kTimeFormatTwice:
      return "--time-format 对所有文件给了两次（{0} 和 {1}）；请写明文件类型："
             "--time-format 'chats=PATTERN'";
    case MsgId::kNoChatsHeaderOnly: return "{0}：没有可评分的聊天消息：文件只有表头";
    case MsgId::kNoChatsLeft:
      return "{0}：{1} 没有剩下可评分的聊天消息：{2} 行中，{3} 行被拒收，{4} 行不在期间内，"
             "{5} 行重复";
    case MsgId::kAgentNoChats: return "{0}:{1}: 客服 {2} 在 {3} 中没有聊天消息";
    case MsgId::kAgentNoChatsNearest: return "{0}:{1}: 客服 {2} 在 {3} 中没有聊天消息；最接近的客服：{4}";
    case MsgId::kNotOnRoster: return "{0}: 客服 {1} 不在名册中：列入（未在名册），不参与排名";
    case MsgId::kNotOnRosterNearest:
      return "{0}: 客服 {1} 不在名册中：列入（未在名册），不参与排名；最接近的名册姓名：{2}";
    case MsgId::kMoreNotOnRoster: return "{0}: 另有 {1} 名客服不在名册中";
    case MsgId::kMoreUnmatchedNames: return "目标、评价或满意度中另有 {0} 个名字没有聊天消息";
    case MsgId::kSameOutputFile: return "{0} {1} 与 {2} {3} 是同一个文件：一个会覆盖另一个";
    case MsgId::kOutputIsInput: return "{0} {1} 就是 {2} 输入文件（{3}）：写入会毁掉输入；请写到别的文件";
    case MsgId::kStrayQuoteNeverClosed:
      return "引号字段没有闭合：第 {0} 行的多余引号（\"）与其后的引号配对，"
             "使第 {1} 行的引号没有闭合";
    case MsgId::kStrayQuote:
      return "一个引号字段从第 {0} 行延续到第 {1} 行，而其中每一行看起来都是完整的一行（{2} 个字段）："
             "很可能第 {0} 行有一个多余的引号（\"）";
    case MsgId::kColumnNamedTwice: return "{2} 都表示列 {0}：请在 --policy 中用 alias.{1}.{0} = 列名 指明用哪一个";
    case MsgId::kColumnNamedMany: return "{2} 都表示列 {0}：请在 --policy 中用 alias.{1}.{0} = 列名 指明用哪一个";
    case MsgId::kColumnSameName:
      return "表头中 {1} 出现了不止一次（{2}），同名的列无法用别名区分：请在文件表头中改掉要作为列 {0} 的那一列的名字，"
             "或删掉其余的列";
    case MsgId::kHeaderAt: return "{0}（第 {1} 列）";
    case MsgId::kListNext: return "{0}、{1}";
    case MsgId::kListLast: return "{0} 和 {1}";
    case MsgId::kReadAsGbk: return "{2}（因 --encoding {1} 按 {0} 读取；UTF-8 文件不加此选项即可读取）";
  }
  return nullptr;
}

}  // namespace redhare::zh
