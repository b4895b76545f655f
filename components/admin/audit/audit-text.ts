import type { AuditAction } from "@/lib/admin/audit-actions";
import type { AuditEntryDto } from "@/lib/admin/dto";

const LABELS: Record<AuditAction, string> = {
  "user.ban": "Banned a user",
  "user.unban": "Unbanned a user",
  "user.role": "Changed a role",
  "user.limits": "Set limits",
  "user.reset_usage": "Reset usage",
  "user.revoke_access": "Revoked sessions and keys",
  "user.delete": "Deleted a user",
  "config.unpublish": "Unpublished a config",
  "template.create": "Created a template",
  "template.update": "Edited a template",
  "template.activate": "Showed a template",
  "template.deactivate": "Hid a template",
  "template.delete": "Deleted a template",
};

/** An action in words; one recorded by a newer version shows as it was stored. */
export function actionLabel(action: string): string {
  return (LABELS as Record<string, string>)[action] ?? action;
}

/** Who acted; an admin whose account is gone since is still an admin who acted. */
export function adminName(entry: AuditEntryDto): string {
  return entry.admin ? entry.admin.displayName || entry.admin.email : "Deleted admin";
}
