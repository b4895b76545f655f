import type { AdminUserDetailDto } from "@/lib/admin/dto";
import type { SessionUser } from "@/lib/auth/types";
import { costThisMonth } from "@/lib/usage/month-cost";
import { sumLogs } from "@/lib/usage/sum-logs";
import { ApiKey } from "@/models/api-key";
import { Conversation } from "@/models/conversation";
import { findTarget } from "./user-actions";
import { toAdminUserRow } from "./user-row";

/** One account as the admin sees it: profile, usage (all time, this month, by model), counts. */
export async function getUserDetail(actor: SessionUser, id: string): Promise<AdminUserDetailDto> {
  const user = await findTarget(actor, id);
  const [conversations, sums, apiKeys] = await Promise.all([
    Conversation.countDocuments({ user_id: user._id }),
    sumLogs({ user_id: user._id }, { model: (log) => log.model_id }),
    ApiKey.countDocuments({ user_id: user._id, revoked_at: null }),
  ]);
  return {
    ...toAdminUserRow(user),
    bio: user.profile.bio,
    avatarUrl: user.profile.avatar_url,
    conversations,
    costThisMonthUsd: costThisMonth(user),
    byModel: [...sums.model]
      .map(([modelId, sum]) => ({ modelId, ...sum }))
      .sort((a, b) => b.costUsd - a.costUsd || b.tokens - a.tokens),
    apiKeys,
  };
}
