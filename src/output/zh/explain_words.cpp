// `redhare explain` 叙述部分的中文（explain_words.h）。
// Chinese words of explain's narrative: the figures keep the seed's names
// (询单人数, 落实, 接待); policy keys stay as the policy file spells them.
#include "../explain_words.h"

namespace redhare::explain_words::zh {

const char* text(Phrase p) {
  switch (p) {
    case Phrase::kMinutes: return "{0} 分钟";
    case Phrase::kSeconds: return "{0} 秒";
    case Phrase::kAnswered: return "已回复";
    case Phrase::kAnsweredSlow: return "已回复，慢响应（超过 {0} 秒）";
    case Phrase::kNoReplyGap: return "未回复：下一条消息超过会话间隔 {0}";
    case Phrase::kNoReplyNoMore: return "未回复：本期内之后再无消息";
    case Phrase::kAutoRepliesIgnored: return "；{0} 条自动回复不算回复";
    case Phrase::kListSeparator: return "、";
    case Phrase::kRatingCounted: return "是";
    case Phrase::kRatingSuperseded: return "被当天更晚的评价取代";
    case Phrase::kRuleDirect: return "分数即得分";
    case Phrase::kRuleLinear: return "线性，{0} 为 0 分，{1} 为 100 分";
    case Phrase::kRuleBelowTiers: return "未达任何档位";
    case Phrase::kRuleTier: return "档位 {0}{1}";
    case Phrase::kItemLeftOut: return " → 未计入：{0}（权重 {1}）";
    case Phrase::kItemPoints: return " → {0} → {1} 分 × 权重 {2}";
    case Phrase::kHeading: return "{0}：指标与得分，依据上表各行";
    case Phrase::kStatusRegular: return "正式";
    case Phrase::kStatusProbation: return "试用";
    case Phrase::kGroupLine: return "部门 · 岗位 {0}（{1} 人参与排名），岗位 {2}，状态 {3}；按{2}考核项目表（{4}）计分";
    case Phrase::kTurnsLine:
      return "轮次 {0} = 已回复 {1} + 未回复 {2}（超过会话间隔 {3}，之后无消息 {4}）；轮次内 {5} 条自动回复不算回复";
    case Phrase::kResponseLine: return "平均响应 {0} = {1} 秒 / {2} 个已回复轮次；中位数 {3}，P90 {4}{5}";
    case Phrase::kSlowLine: return "慢响应 {0} = 响应超过 {1} 秒的已回复轮次";
    case Phrase::kFirstResponseLine: return "首次响应 {0} = {1} 秒 / {2} 个首轮已回复的接待";
    case Phrase::kSessionsLine: return "接待数 {0} = 有轮次的接待（另有 {1} 个无轮次）；平均接待时长 {2} = {3} 秒 / {4}";
    case Phrase::kConsultedLine:
      return "咨询人数 {0} = 轮次表中的不同买家；回复人数 {1}（有已回复轮次），未回复人数 {2}";
    case Phrase::kReplyRateLine: return "回复率 {0} = 回复人数 {1} / 咨询人数 {2}{3}";
    case Phrase::kOrdersLine: return "订单数 {0} = 落实订单表行数，其中付款 {1}；下单人数 {2}，付款人数 {3}（不同买家）";
    case Phrase::kSalesNetLine: return "销售额 {0} = {1} 个付款订单的计入金额（实付 − 退款）；退款额 {2}";
    case Phrase::kSalesGrossLine: return "销售额 {0} = {1} 个付款订单的实付金额（net_refunds = false）；退款额 {2}";
    case Phrase::kInquirersLine: return "询单人数 {0} = 咨询人数 {1} − 售后 {2} + 本期未咨询的下单人 {3}";
    case Phrase::kConversionLine: return "询单转化率 {0} = 下单人数 {1} / 询单人数 {2}{3}";
    case Phrase::kPayConversionLine: return "询单→付款 {0} = 付款人数 {1} / 询单人数 {2}";
    case Phrase::kOrderSuccessLine: return "下单成功率 {0} = 付款人数 {1} / 下单人数 {2}{3}";
    case Phrase::kAovLine: return "客单价 {0} = {1} / 付款人数 {2}；÷ 全店客单价 {3} = {4}{5}";
    case Phrase::kCompletionLine: return "指标完成率 {0} = 销售额 {1} / 目标 {2}{3}";
    case Phrase::kCompletionNoTarget: return "指标完成率 —（无目标）{0}";
    case Phrase::kSatisfactionLine: return "满意度 {0} = 满意人次 {1}（很满意或满意）/ 计入评价 {2}；不满意 {3}{4}";
    case Phrase::kReviewsFormula: return " = 评价：主管 {0}、互评 {1}、自评 {2}，按已有评价人归一";
    case Phrase::kNoActivity: return "{0}：本期无聊天消息、无落实订单：不计分、不评级、不排名";
    case Phrase::kScoreLine: return "得分 {0} = Σ 权重 × 分数 / 计入权重 = {1} / {2}";
    case Phrase::kRanked: return "组内排名 第 {0} / {1} 名";
    case Phrase::kNotRankedOffRoster: return "不参与排名：不在名册中";
    case Phrase::kNotRankedProbation: return "不参与排名：试用期（rank_probation = false）";
    case Phrase::kNotRankedFewConsulted: return "不参与排名：咨询人数 {0} < aftersales.min_consulted {1}";
    case Phrase::kNotRankedFewInquirers: return "不参与排名：询单人数 {0} < min_inquirers {1}";
    case Phrase::kGradeLine: return "等级 {0}；{1}";
    case Phrase::kGradeMovedDown: return "（按得分为{0}，强制分布后下调）";
  }
  return nullptr;
}

}  // namespace redhare::explain_words::zh
