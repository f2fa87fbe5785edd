// Chinese labels of the report tables (table_words.h).
#include "../table_words.h"

namespace redhare::table_words::zh {

const char* text(Label l) {
  switch (l) {
    // Table titles (the words above a table; json/csv use the table's key).
    case Label::kAgentsTitle: return "客服指标";
    case Label::kShopTitle: return "全店";
    case Label::kScoresPointsTitle: return "考核得分（各项列为得分，满分 100；--show figures 显示指标本身）";
    case Label::kScoresFiguresTitle: return "考核得分（各项列为考核指标本身；--show points 显示得分）";
    case Label::kScoreActionsTitle: return "奖惩";
    case Label::kFilesTitle: return "输入文件";
    case Label::kAwardsTitle: return "季度/年度评优";
    case Label::kReviewTitle: return "考核";
    case Label::kReviewActionsTitle: return "考核结果应用";
    case Label::kAllAgentsTitle: return "全体客服";
    case Label::kNoDepartment: return "（无部门）";
    case Label::kPaySheetTitle: return "当月工资表";
    case Label::kPayTitle: return "当月工资";
    case Label::kGradeBandsTitle: return "等级";
    case Label::kHistoryTitle: return "历月得分";
    case Label::kTrendTitle: return "较上月";
    case Label::kSessionsTitle: return "接待";
    case Label::kTurnsTitle: return "轮次";
    case Label::kOrdersWonTitle: return "落实订单";
    case Label::kOrdersLostTitle: return "落实给其他客服的订单（不计入）";
    case Label::kAfterSalesTitle: return "售后买家（不计入询单人数）";
    case Label::kRatingsTitle: return "客服评价";
    // Column labels shared by several tables.
    case Label::kColAgent: return "客服";
    case Label::kColDepartment: return "部门";
    case Label::kColRole: return "岗位";
    case Label::kColCustomer: return "买家";
    case Label::kColScore: return "得分";
    case Label::kColGrade: return "等级";
    case Label::kColRank: return "排名";
    case Label::kColMeanScore: return "平均得分";
    case Label::kColMonths: return "月数";
    case Label::kColRule: return "规则";
    case Label::kColAmount: return "金额";
    case Label::kColAllowance: return "岗位津贴";
    case Label::kColAllowanceAfter: return "调整后津贴";
    // metrics: the shop table; score: the scores, scorecard, actions and group notes tables.
    case Label::kColOrders: return "订单数";
    case Label::kColPaidOrders: return "付款订单数";
    case Label::kColAttributedOrders: return "落实订单数";
    case Label::kColSilentOrders: return "静默订单数";
    case Label::kColTotalSales: return "总销售额";
    case Label::kColAttributedSales: return "客服销售额";
    case Label::kColSilentSales: return "静默销售额";
    case Label::kColSilentShare: return "静默占比";
    case Label::kColPayers: return "付款人数";
    case Label::kColAov: return "客单价";
    case Label::kColRankedInGroup: return "组内排名人数";
    case Label::kColScoreGrade: return "得分等级";
    case Label::kColField: return "指标";
    case Label::kColValue: return "数值";
    case Label::kColAction: return "措施";
    case Label::kColWhy: return "原因";
    case Label::kColNote: return "说明";
    // check: the input files table.
    case Label::kColKind: return "类型";
    case Label::kColFile: return "文件";
    case Label::kColRowsRead: return "读取行数";
    case Label::kColUsed: return "使用";
    case Label::kColOutsidePeriod: return "周期外";
    case Label::kColDuplicates: return "重复";
    case Label::kColRejected: return "拒绝";
    case Label::kColFirst: return "最早";
    case Label::kColLast: return "最晚";
    // awards and review.
    case Label::kColAward: return "奖项";
    case Label::kColGroupRanked: return "组内人数";
    case Label::kColListed: return "列入年中考核";
    case Label::kColListedLastYear: return "去年列入";
    case Label::kColListedForMidYear: return "列入年中考核";
    case Label::kColDetail: return "说明";
    // pay: the sheet's money columns (SPEC 10) and explain's pay table.
    case Label::kColBasePay: return "岗位工资";
    case Label::kColSeniority: return "工龄工资";
    case Label::kColCommission: return "个人绩效提成";
    case Label::kColPoolShare: return "公共绩效提成";
    case Label::kColRewards: return "奖励";
    case Label::kColDeduction: return "扣款";
    case Label::kColPayTotal: return "当月工资";
    case Label::kColComponent: return "项目";
    case Label::kColHow: return "计算";
    // html's charts: grade bands, score over the months.
    case Label::kColFromScore: return "最低得分";
    case Label::kColCapShare: return "上限比例";
    case Label::kColMonth: return "月份";
    case Label::kColChange: return "较上月";
    // explain: sessions, turns, orders, after-sales customers, ratings.
    case Label::kColSession: return "接待序号";
    case Label::kColStart: return "开始时间";
    case Label::kColEnd: return "结束时间";
    case Label::kColSessionFirstLine: return "首行";
    case Label::kColSessionLastLine: return "末行";
    case Label::kColTurns: return "轮次";
    case Label::kColAnsweredTurns: return "已回复轮次";
    case Label::kColFirstResponse: return "首次响应";
    case Label::kColSessionLength: return "接待时长";
    case Label::kColTurnFirstLine: return "首条消息行";
    case Label::kColCustomerMsgs: return "买家消息数";
    case Label::kColAnswerLine: return "回复消息行";
    case Label::kColResponse: return "响应时间";
    case Label::kColAutoReplies: return "自动回复数";
    case Label::kColResult: return "结果";
    case Label::kColOrderId: return "订单编号";
    case Label::kColOrderLine: return "订单行";
    case Label::kColCreated: return "下单时间";
    case Label::kColPaid: return "付款时间";
    case Label::kColOrderAmount: return "实付金额";
    case Label::kColRefund: return "退款金额";
    case Label::kColNet: return "计入销售额";
    case Label::kColWonByLine: return "落实咨询行";
    case Label::kColConsultationTime: return "落实咨询时间";
    case Label::kColBeaten: return "同窗口其他客服";
    case Label::kColAttributedTo: return "落实客服";
    case Label::kColFirstTurn: return "首次咨询";
    case Label::kColEarlierOrder: return "此前订单";
    case Label::kColEarlierOrderLine: return "订单行";
    case Label::kColRatingLine: return "行号";
    case Label::kColRatingTime: return "评价时间";
    case Label::kColRating: return "评分（1-5）";
    case Label::kColRatingCounted: return "计入";
    // The header above the tables (key: value), and the input kinds of check's files table.
    case Label::kHeaderPeriod: return "周期";
    case Label::kHeaderPolicy: return "考核方案";
    case Label::kHeaderChats: return "聊天记录";
    case Label::kHeaderOrders: return "订单";
    case Label::kHeaderTargets: return "目标";
    case Label::kHeaderReviews: return "评价";
    case Label::kHeaderRoster: return "员工名册";
    case Label::kHeaderRatings: return "满意度评价";
    case Label::kHeaderHistory: return "历史";
    case Label::kHeaderDataSpans: return "数据范围";
    case Label::kHeaderMonths: return "月数";
    case Label::kHeaderSaved: return "已保存";
    case Label::kHeaderNeeded: return "需要月数";
    case Label::kHeaderListedBy: return "名单来源";
    case Label::kHeaderListed: return "列入人数";
    case Label::kHeaderAgent: return "客服";
    case Label::kPeriodAll: return "全部数据";
    // The html page: its title, headings, chart captions and legends.
    case Label::kPageLanguageTag: return "zh-CN";  // <html lang>
    case Label::kPageMonthReport: return "月度考核报告";
    case Label::kPageExplain: return "考核申诉说明";
    case Label::kPageAppraisalReview: return "考核结果";
    case Label::kPageFigures: return "指标与计算过程";
    case Label::kPageScoresByAgent: return "客服得分";
    case Label::kPageScoreGrade: return "得分 · 等级";
    case Label::kPageResponseAxis: return "响应：中位数–P90（0–{0}秒）";
    case Label::kPageMonthsVsLast: return "历月 · 较上月";
    case Label::kPageNotRanked: return "（不排名）";
    case Label::kPageGradeDistribution: return "等级分布";
    case Label::kPageNotRankedCount: return " + {0} 未排名";
    case Label::kPageCap: return "（上限 {0}：{1} × {2} 名排名）";
    case Label::kPageLegend: return "浅色条：不参与排名 · \u2193 强制分布下调 · 圆点–线段：响应中位数–P90";
    case Label::kPageNoLines: return "无奖惩。";
    case Label::kPageAgentsRanked: return "{0} 名客服，{1} 名参与排名";
    case Label::kPageGradeCaps: return "等级分布与强制分布上限";
    case Label::kPageResponseTimesHeading: return "本月各轮次响应时间";
    case Label::kPageResponseTimes: return "响应时间";
    case Label::kPageResponseKey: return "● 已回复轮次   ✖ 未回复";
    // score --detail: an agent's card, its title and rows.
    case Label::kCardTitle: return "{0}：{1} {2}，{3}";
    case Label::kCardTitleNoActivity: return "{0}：{1}";
    case Label::kCardRank: return "第{0}名";
    case Label::kCardNotRanked: return "不参与排名";
    case Label::kCardStatusSeparator: return "，";
    case Label::kCardGroup: return "部门 · 岗位";
    case Label::kCardStatus: return "状态";
    case Label::kCardRegular: return "正式";
    case Label::kCardItemTable: return "考核项目表";
    case Label::kCardAftersalesItems: return "售后（aftersales.item.*）";
    case Label::kCardPresalesItems: return "售前（item.*）";
    case Label::kCardItemPoints: return "{0} 分（{1}，权重 {2}）";
    case Label::kCardItemLeftOut: return "未计入：{0}（权重 {1}）";
    case Label::kCardWeightsPresent: return "计入权重";
    case Label::kCardSelfReview: return "自评综合";
    case Label::kCardManagerReview: return "主管评综合";
    // The lines under the awards and review tables: why a table is empty.
    case Label::kAwardsNone: return "无人获奖：没有客服在本期 {0} 个月中出现至少 {1} 个月（已保存 {2} 个月）";
    case Label::kReviewListedYes: return "是";
    case Label::kReviewNoSavedYear: return "{0} 年没有已保存的月份：无年度考核名单，本次年中考核无考核对象";
    case Label::kReviewNobodyListed: return "{0} 年度考核未列入任何人：本次年中考核无考核对象";
    case Label::kReviewNobody: return "无人参加考核：没有客服在 {0} 个已保存月份中参与排名至少 {1} 个月";
  }
  return nullptr;
}

}  // namespace redhare::table_words::zh
