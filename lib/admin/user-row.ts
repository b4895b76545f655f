import type { AdminUserRowDto } from "@/lib/admin/dto";
import type { UserDoc } from "@/models/user";

/** The fields a user row reads: never the password hash. */
export const USER_ROW_FIELDS = "email role profile usage status created_at";

export function toAdminUserRow(
  user: Pick<UserDoc, "_id" | "email" | "role" | "profile" | "usage" | "status" | "created_at">,
): AdminUserRowDto {
  return {
    id: user._id.toString(),
    email: user.email,
    displayName: user.profile.display_name,
    role: user.role,
    isBanned: user.status.is_banned,
    banReason: user.status.ban_reason,
    tokensUsed: user.usage.tokens_used,
    tokensLimit: user.usage.tokens_limit,
    costUsd: user.usage.cost_usd,
    monthlyBudgetUsd: user.usage.monthly_budget_usd,
    messagesSent: user.usage.messages_sent,
    lastActive: user.usage.last_active?.toISOString() ?? null,
    createdAt: user.created_at.toISOString(),
  };
}
