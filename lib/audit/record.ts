import type { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { AuditLog } from "@/models/audit-log";

/** Where an admin's request came from: the route wrapper and runLimitedAction supply it. */
export interface AdminContext {
  /** The client's address as our trusted proxies saw it (see clientAddress). */
  ip: string;
}

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: Types.ObjectId;
  before: unknown;
  after: unknown;
  /** Why, in the admin's words, where the action asks for it. */
  reason?: string;
}

/** Records one admin action: who, what, on which target, before and after, from where. */
export async function recordAudit(
  actor: SessionUser,
  context: AdminContext,
  entry: AuditEntry,
): Promise<void> {
  await AuditLog.create({
    admin_id: actor.id,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    before: entry.before,
    after: entry.after,
    reason: entry.reason ?? "",
    ip: context.ip,
  });
}
