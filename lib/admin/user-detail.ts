import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { costThisMonth } from "@/lib/usage/month-cost";
import { avatarUrl } from "@/lib/users/avatar-url";
import { ApiKey } from "@/models/api-key";
import { Conversation } from "@/models/conversation";
import { UsageRollup } from "@/models/usage-rollup";
import { User, type UserDoc } from "@/models/user";
import { toAdminUserRow } from "./user-row";

/** The account an action is about; any id that names no user is a 404. */
export async function findTarget(actor: SessionUser, id: string): Promise<UserDoc> {
  assertAdmin(actor);
  return findOwned("user", id, (_id) => User.findById(_id).select("-password_hash").lean());
}

/** One account as the admin sees it: profile, usage (all time, this month, by model), counts. */
export async function getUserDetail(actor: SessionUser, id: string): Promise<AdminUserDetailDto> {
  return toUserDetail(await findTarget(actor, id));
}

/** The detail of an account already read, as an action that changed it returns it. */
export async function toUserDetail(user: UserDoc): Promise<AdminUserDetailDto> {
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
