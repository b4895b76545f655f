import type { AdminUserDetailDto } from "@/lib/admin/dto";
import type { SessionUser } from "@/lib/auth/types";
import { groupSums } from "@/lib/db/group-sums";
import { costThisMonth } from "@/lib/usage/month-cost";
import { ApiKey } from "@/models/api-key";
import { Conversation } from "@/models/conversation";
import { UsageLog } from "@/models/usage-log";
import { findTarget } from "./user-actions";
import { toAdminUserRow } from "./user-row";

/** One account as the admin sees it: profile, usage (all time, this month, by model), counts. */
export async function getUserDetail(actor: SessionUser, id: string): Promise<AdminUserDetailDto> {
  const user = await findTarget(actor, id);
  const [conversations, monthCost, byModel, apiKeys] = await Promise.all([
    Conversation.countDocuments({ user_id: user._id }),
    costThisMonth(user._id),
    groupSums(UsageLog, { user_id: user._id }, "$model_id", {
      replies: 1,
      tokens: "$tokens.total",
      cost: "$cost_usd",
    }),
    ApiKey.countDocuments({ user_id: user._id, revoked_at: null }),
  ]);
  return {
    ...toAdminUserRow(user),
    bio: user.profile.bio,
    avatarUrl: user.profile.avatar_url,
    conversations,
    costThisMonthUsd: monthCost,
    byModel: [...byModel]
      .map(([modelId, sums]) => ({
        modelId,
        replies: sums.replies,
        tokens: sums.tokens,
        costUsd: sums.cost,
      }))
      .sort((a, b) => b.costUsd - a.costUsd || b.tokens - a.tokens),
    apiKeys,
  };
}
