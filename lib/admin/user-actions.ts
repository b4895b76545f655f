import type { Types } from "mongoose";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { type AdminContext, recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/realtime/events";
import { parseInput } from "@/lib/validation";
import { ApiKey } from "@/models/api-key";
import { User, type UserDoc } from "@/models/user";
import type { AuditAction } from "./audit-actions";
import { banSchema, limitsSchema, roleSchema } from "./schemas";
import { findTarget, toUserDetail } from "./user-detail";

/**
 * What an admin does to an account. Each action checks the role, refuses
 * what would lock the instance out (acting on yourself, demoting the last
 * admin), changes the account in one update, and writes an audit entry with
 * the values before and after. A ban or role change bumps session_version,
 * so it takes effect on the user's very next request, and the user's open
 * tabs are signed out at once, told why.
 */

export async function banUser(
  actor: SessionUser,
  id: string,
  input: unknown,
  context: AdminContext,
): Promise<AdminUserDetailDto> {
  const { reason } = parseInput(banSchema, input);
  const target = await findTarget(actor, id);
  refuseSelf(actor, target, "ban");
  const after = await apply(actor, context, target, "user.ban", reason, {
    $set: {
      "status.is_banned": true,
      "status.ban_reason": reason,
      "status.banned_at": new Date(),
      "status.banned_by": actor.id,
    },
    $inc: { session_version: 1 },
  });
  await publishEvent(target._id.toString(), "account.signed_out", { reason: "banned" });
  return toUserDetail(after);
}

export async function unbanUser(
  actor: SessionUser,
  id: string,
  context: AdminContext,
): Promise<AdminUserDetailDto> {
  const target = await findTarget(actor, id);
  const after = await apply(actor, context, target, "user.unban", "", {
    $set: {
      "status.is_banned": false,
      "status.ban_reason": null,
      "status.banned_at": null,
      "status.banned_by": null,
    },
  });
  return toUserDetail(after);
}

export async function setRole(
  actor: SessionUser,
  id: string,
  input: unknown,
  context: AdminContext,
): Promise<AdminUserDetailDto> {
  const { role } = parseInput(roleSchema, input);
  const target = await findTarget(actor, id);
  if (target.role === role) return toUserDetail(target);
  if (role === "user") {
    refuseSelf(actor, target, "demote");
    if ((await User.countDocuments({ role: "admin" })) <= 1) throw lastAdmin();
  }
  const after = await update(target, { $set: { role }, $inc: { session_version: 1 } });
  // Two admins demoting each other at once both pass the count above; the
  // one that finds no admin left puts its change back.
  if (role === "user" && (await User.countDocuments({ role: "admin" })) === 0) {
    await User.updateOne({ _id: target._id }, { $set: { role: "admin" } });
    throw lastAdmin();
  }
  await audit(actor, context, target, after, "user.role", "");
  await publishEvent(target._id.toString(), "account.signed_out", { reason: "role_changed" });
  return toUserDetail(after);
}

export async function setLimits(
  actor: SessionUser,
  id: string,
  input: unknown,
  context: AdminContext,
): Promise<AdminUserDetailDto> {
  const { tokensLimit, monthlyBudgetUsd } = parseInput(limitsSchema, input);
  const target = await findTarget(actor, id);
  const after = await apply(actor, context, target, "user.limits", "", {
    $set: { "usage.tokens_limit": tokensLimit, "usage.monthly_budget_usd": monthlyBudgetUsd },
  });
  return toUserDetail(after);
}

/** Zeroes the counters a token limit is measured against; the usage history stays. */
export async function resetUsage(
  actor: SessionUser,
  id: string,
  context: AdminContext,
): Promise<AdminUserDetailDto> {
  const target = await findTarget(actor, id);
  const after = await apply(actor, context, target, "user.reset_usage", "", {
    $set: {
      "usage.tokens_used": 0,
      "usage.messages_sent": 0,
      "usage.cost_usd": 0,
      "usage.month_cost_usd": 0,
      "usage.month_committed_usd": 0,
    },
  });
  return toUserDetail(after);
}

/** Ends every session of the user and revokes every API key they hold. */
export async function revokeAccess(
  actor: SessionUser,
  id: string,
  context: AdminContext,
): Promise<AdminUserDetailDto> {
  const target = await findTarget(actor, id);
  const keys = await ApiKey.updateMany(
    { user_id: target._id, revoked_at: null },
    { $set: { revoked_at: new Date() } },
  );
  const after = await apply(
    actor,
    context,
    target,
    "user.revoke_access",
    "",
    { $inc: { session_version: 1 } },
    { apiKeysRevoked: keys.modifiedCount },
  );
  await publishEvent(target._id.toString(), "account.signed_out", { reason: "revoked" });
  return toUserDetail(after);
}

export function refuseSelf(actor: SessionUser, target: UserDoc, verb: string): void {
  if (target._id.toString() === actor.id) {
    throw AppError.conflict(`You cannot ${verb} yourself. Ask another administrator.`);
  }
}

/** The part of an account the audit log records. */
export function snapshot(user: Pick<UserDoc, "role" | "status" | "usage" | "session_version">) {
  return {
    role: user.role,
    is_banned: user.status.is_banned,
    ban_reason: user.status.ban_reason,
    tokens_limit: user.usage.tokens_limit,
    monthly_budget_usd: user.usage.monthly_budget_usd,
    tokens_used: user.usage.tokens_used,
    cost_usd: user.usage.cost_usd,
    messages_sent: user.usage.messages_sent,
    session_version: user.session_version,
  };
}

function lastAdmin(): AppError {
  return AppError.conflict("The last administrator cannot be demoted.");
}

async function update(target: UserDoc, change: Record<string, unknown>): Promise<UserDoc> {
  // Two steps: the embedded database cannot project a findAndModify result,
  // and the password hash must not be read.
  await User.updateOne({ _id: target._id }, change);
  const after = await User.findById(target._id).select("-password_hash").lean();
  if (!after) throw AppError.notFound("user");
  return after;
}

function audit(
  actor: SessionUser,
  context: AdminContext,
  before: UserDoc,
  after: UserDoc,
  action: AuditAction,
  reason: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  return recordAudit(actor, context, {
    action,
    targetType: "user",
    targetId: before._id as Types.ObjectId,
    before: snapshot(before),
    after: { ...snapshot(after), ...extra },
    reason,
  });
}

async function apply(
  actor: SessionUser,
  context: AdminContext,
  target: UserDoc,
  action: AuditAction,
  reason: string,
  change: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<UserDoc> {
  const after = await update(target, change);
  await audit(actor, context, target, after, action, reason, extra);
  return after;
}
