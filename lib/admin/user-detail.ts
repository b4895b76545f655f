import type { AdminUserDetailDto } from "@/lib/admin/dto";
import type { SessionUser } from "@/lib/auth/types";
import { costThisMonth } from "@/lib/usage/month-cost";
import { avatarUrl } from "@/lib/users/avatar-url";
import { ApiKey } from "@/models/api-key";
import { Conversation } from "@/models/conversation";
import { UsageRollup } from "@/models/usage-rollup";
import { findTarget } from "./user-actions";
import { toAdminUserRow } from "./user-row";

/** One account as the admin sees it: profile, usage (all time, this month, by model), counts. */
export async function getUserDetail(actor: SessionUser, id: string): Promise<AdminUserDetailDto> {
  const user = await findTarget(actor, id);
  const [conversations, sums, apiKeys] = await Promise.all([
    Conversation.countDocuments({ user_id: user._id }),
    UsageRollup.find({
      day: "",
      dim: "user_model",
      key: { $regex: `^${user._id.toString()}/` },
    }).lean(),
    ApiKey.countDocuments({ user_id: user._id, revoked_at: null }),
  ]);
  return {
    ...toAdminUserRow(user),
    bio: user.profile.bio,
    avatarUrl: avatarUrl(user._id.toString(), user.profile.avatar_key),
    conversations,
    costThisMonthUsd: costThisMonth(user),
    byModel: sums
      .map((sum) => ({
        modelId: sum.key.slice(25),
        replies: sum.replies,
        tokens: sum.tokens,
        costUsd: sum.cost_usd,
      }))
      .sort((a, b) => b.costUsd - a.costUsd || b.tokens - a.tokens),
    apiKeys,
  };
}
