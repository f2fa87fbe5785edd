// 中文：领域事实的用词（words.h）。
#include <fmt/format.h>

#include "../words.h"
#include "redhare/render.h"

namespace redhare::words {

namespace {

std::string why_zh(const Consequence& k) {
  const std::string score = two_decimals(k.score);
  switch (k.rule) {
    case Rule::kRankFirst: return fmt::format("本月排名第 1 / {}（得分 {}）", k.group_size, score);
    case Rule::kRankLast: return fmt::format("本月排名末位 {} / {}（得分 {}）", k.rank, k.group_size, score);
    case Rule::kStreakFirst: return fmt::format("连续 {} 个月排名第 1", k.months);
    case Rule::kDismissalReview:
      return fmt::format("连续 {} 个月得分低于 {}（本月 {}）", k.months, two_decimals(k.threshold), score);
    case Rule::kImprovementPlan: return fmt::format("得分 {} 低于 {}", score, two_decimals(k.threshold));
    case Rule::kTopRaise:
    case Rule::kTopHonour:
    case Rule::kBottomDemotion:
    case Rule::kBottomTraining: {
      const bool top = k.rule == Rule::kTopRaise || k.rule == Rule::kTopHonour;
      return fmt::format("排名 {} / {}，位于{} {}（{} × {} = {:g}，四舍五入为 {} 人）", k.rank, k.group_size,
                         top ? "前" : "后", share_percent(k.share), share_percent(k.share), k.group_size,
                         k.share * k.group_size, k.count);
    }
    case Rule::kInterviewGrade: return fmt::format("等级 {}（得分 {}）", grade(k.grade, Lang::kZh), score);
    case Rule::kInterviewReviews:
      return fmt::format("自评 {}（{}）与主管评价 {}（{}）不在同一等级", two_decimals(k.self_overall),
                         grade(k.self_grade, Lang::kZh), two_decimals(k.manager_overall),
                         grade(k.manager_grade, Lang::kZh));
  }
  return {};
}

std::string moved_note_zh(const Scorecard& c) {
  return fmt::format("* {}：强制分布调为{}；仅按得分 {} 为{}（强制分布限定参与排名的 {} 人中特优、优秀的人数，"
                     "超出者按排名顺序降一等）",
                     c.figures.name, grade(c.grade, Lang::kZh), two_decimals(c.score), grade(c.score_grade, Lang::kZh),
                     c.group_ranked);
}

std::string moved_row_zh(const Scorecard& c) {
  return fmt::format("{}；强制分布调为{}", grade(c.score_grade, Lang::kZh), grade(c.grade, Lang::kZh));
}

std::string review_why_zh(const ReviewLine& l) {
  const char* last = l.last_grade ? grade(*l.last_grade, Lang::kZh) : "";
  if (l.rule == ReviewRule::kNotReviewable)
    return fmt::format("{} 个已保存月份中参与排名 {} 个月，需要 {} 个月；去年 {}", l.months_saved, l.months,
                       l.months_needed, last);
  std::string out;
  if (l.rule == ReviewRule::kAllowanceDown) {
    if (!l.allowance)
      out = "岗位津贴未知（--roster 中没有），不列金额；";
    else if (!l.allowance_after)
      out = fmt::format("{} 已是最低一级，不作调整；", format_money(*l.allowance, true));
    else
      out = fmt::format("{} → {}；", format_money(*l.allowance, true), format_money(*l.allowance_after, true));
  }
  out += fmt::format("等级 {}", grade(l.grade, Lang::kZh));
  if (l.score_grade != l.grade) out += fmt::format("（强制分布前为 {}）", grade(l.score_grade, Lang::kZh));
  out += fmt::format("，{} 个月中 {} 个月的平均得分 {}", l.months_saved, l.months, two_decimals(l.mean_score));
  if (l.last_grade) out += fmt::format("；去年 {}", last);
  return out;
}

}  // namespace

const Words kZh = {
    .grades = {"特优", "优秀", "中等", "有待提高", "急需提高"},
    .items =
        {
            {"咨询人数", "咨询人数得分", "咨询人数", "咨询人数分"},
            {"回复人数", "回复人数得分", "回复人数", "回复人数分"},
            {"未回复人数", "未回复人数得分", "未回复", "未回复分"},
            {"回复率", "回复率得分", "回复率", "回复分"},
            {"买家消息数", "买家消息数得分", "买家消息", "买家消息分"},
            {"客服消息数", "客服消息数得分", "客服消息", "客服消息分"},
            {"自动回复数", "自动回复数得分", "自动回复", "自动回复分"},
            {"答问比", "答问比得分", "答问比", "答问比分"},
            {"轮次", "轮次得分", "轮次", "轮次分"},
            {"已回复轮次", "已回复轮次得分", "已回复轮次", "已回复轮次分"},
            {"平均响应", "响应时间得分", "响应", "响应分"},
            {"响应中位数", "响应中位数得分", "响应中位数", "响应中位数分"},
            {"响应P90", "响应P90得分", "响应P90", "响应P90分"},
            {"首次响应", "首次响应得分", "首次响应", "首次响应分"},
            {"慢响应", "慢响应得分", "慢响应", "慢响应分"},
            {"接待数", "接待数得分", "接待数", "接待数分"},
            {"平均接待时长", "平均接待时长得分", "接待时长", "接待时长分"},
            {"询单人数", "询单人数得分", "询单人数", "询单人数分"},
            {"下单人数", "下单人数得分", "下单人数", "下单人数分"},
            {"付款人数", "付款人数得分", "付款人数", "付款人数分"},
            {"订单数", "订单数得分", "订单数", "订单数分"},
            {"付款订单数", "付款订单数得分", "付款订单", "付款订单分"},
            {"销售额", "销售额得分", "销售额", "销售额分"},
            {"退款额", "退款额得分", "退款额", "退款额分"},
            {"询单转化率", "询单转化率得分", "转化率", "转化分"},
            {"询单→付款", "询单→付款得分", "询单→付款", "询单→付款分"},
            {"下单成功率", "下单成功率得分", "成功率", "成功分"},
            {"客单价", "客单价得分", "客单价", "客单分"},
            {"目标", "目标得分", "目标", "目标分"},
            {"指标完成率", "指标完成率得分", "完成率", "完成分"},
            {"评价数", "评价数得分", "评价数", "评价数分"},
            {"满意数", "满意数得分", "满意数", "满意数分"},
            {"不满意数", "不满意数得分", "不满意数", "不满意数分"},
            {"满意度", "满意度得分", "满意度", "满意分"},
            {"协助跟进服务", "协助跟进服务得分", "协助", "协助分"},
            {"执行力", "执行力得分", "执行力", "执行分"},
        },
    .left_out = {"", "无目标", "目标为 0", "无询单人", "无订单", "无咨询", "无已回复轮次", "无评价",
                 "无付款订单", "无全店客单价", "无买家消息", "无接待", "无首轮回复", "无买家评价"},
    .actions = {"奖励", "从提成中扣除", "一次性奖励", "自动请辞审查", "绩效改进计划及警告（无改善则终止聘用）",
                "加薪 / 晋升候选", "一次性荣誉奖励", "降级 / 合同评审", "培训计划", "提供事实依据并进行绩效面谈",
                "绩效面谈"},
    .awards = {"", "最佳客服专员", "优秀客服专员"},
    .why = why_zh,
    .moved_note = moved_note_zh,
    .moved_label = "得分等级",
    .moved_row = moved_row_zh,
    .roles = {"售前", "售后"},
    .review_actions = {"晋升候选：机会适当时可作职务晋升处理（岗位津贴不作调整）", "列为年中考核对象（岗位津贴不作调整）",
                       "附具体事实说明并进行绩效面谈", "岗位津贴下调一级", "解除劳动用工关系评审",
                       "继续聘用，岗位津贴在下次年度考核前不作调整", "无法考核"},
    .review_why = review_why_zh,
    .group =
        {
            .shop = "全店",
            .off_roster = "（未在名册）",
            .no_activity = "无接待",
            .probation = "试用",
            .not_ranked = "不参与排名",
            .heading = "{}，{} 人参与排名",
            .too_small = "仅 {} 人参与排名，少于 min_group {}：不做按名次的奖惩（第一名、末位、比例）",
            .off_roster_note = "不在名册中，不参与排名；加入名册后参与排名",
            .no_activity_note = "{}  无接待 — 本期无聊天消息、无落实订单：不计分、不评级、不排名",
            .probation_note = "{}  试用 — 评定等级，不参与排名（rank_probation = false）",
        },
};

}  // namespace redhare::words
