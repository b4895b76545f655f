import type { Types } from "mongoose";
import { type AdminContext, recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/types";

export type TemplateAuditAction =
  | "template.create"
  | "template.update"
  | "template.activate"
  | "template.deactivate"
  | "template.delete";

export function auditTemplate(
  actor: SessionUser,
  context: AdminContext,
  action: TemplateAuditAction,
  targetId: Types.ObjectId,
  before: unknown,
  after: unknown,
): Promise<void> {
  return recordAudit(actor, context, {
    action,
    targetType: "prompt_template",
    targetId,
    before,
    after,
  });
}
