import type { AuditAction } from "@/lib/admin/audit-actions";
import type { AuditEntryDto } from "@/lib/admin/dto";
import type { Messages } from "@/lib/i18n/messages";

type AuditWords = Messages["admin"]["audit"];

/** Reads the `admin.audit` messages: `useTranslations("admin.audit")`. */
type AuditTranslator = (key: `actions.${keyof AuditWords["actions"]}` | "deletedAdmin") => string;

const ACTION_KEYS: Record<AuditAction, keyof AuditWords["actions"]> = {
  "user.ban": "userBan",
  "user.unban": "userUnban",
  "user.role": "userRole",
  "user.limits": "userLimits",
  "user.reset_usage": "userResetUsage",
  "user.revoke_access": "userRevokeAccess",
  "user.delete": "userDelete",
  "config.unpublish": "configUnpublish",
  "template.create": "templateCreate",
  "template.update": "templateUpdate",
  "template.activate": "templateActivate",
  "template.deactivate": "templateDeactivate",
  "template.delete": "templateDelete",
};

/** An action in words; one recorded by a newer version shows as it was stored. */
export function actionLabel(t: AuditTranslator, action: string): string {
  return Object.hasOwn(ACTION_KEYS, action)
    ? t(`actions.${ACTION_KEYS[action as AuditAction]}`)
    : action;
}

/** Who acted; an admin whose account is gone since is still an admin who acted. */
export function adminName(t: AuditTranslator, entry: AuditEntryDto): string {
  return entry.admin ? entry.admin.displayName || entry.admin.email : t("deletedAdmin");
}
