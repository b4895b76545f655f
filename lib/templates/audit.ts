import type { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { AuditLog } from "@/models/audit-log";

export type TemplateAuditAction =
  | "template.create"
  | "template.update"
  | "template.activate"
  | "template.deactivate"
  | "template.delete";

/** Where an admin's request came from: the route or action reads it from the headers. */
export interface AdminContext {
  ip: string | null;
}

/** Templates are managed by admins only; the services check it themselves. */
export function assertAdmin(actor: SessionUser): void {
  if (actor.role !== "admin") throw AppError.forbidden("Only administrators can do this.");
}

export async function auditTemplate(
  actor: SessionUser,
  context: AdminContext,
  action: TemplateAuditAction,
  targetId: Types.ObjectId,
  before: unknown,
  after: unknown,
): Promise<void> {
  await AuditLog.create({
    admin_id: actor.id,
    action,
    target_type: "prompt_template",
    target_id: targetId,
    before,
    after,
    ip: context.ip,
  });
}
