/** Every action an admin can take, as recorded in the audit log. */
export const AUDIT_ACTIONS = [
  "user.ban",
  "user.unban",
  "user.role",
  "user.limits",
  "user.reset_usage",
  "user.revoke_access",
  "user.delete",
  "config.unpublish",
  "template.create",
  "template.update",
  "template.activate",
  "template.deactivate",
  "template.delete",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
