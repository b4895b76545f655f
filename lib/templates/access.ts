import type { SessionUser } from "@/lib/auth/types";

/** Inactive templates exist for admins only: to everyone else they are not there (404). */
export function visibleTemplates(actor: SessionUser, includeInactive = true) {
  return actor.role === "admin" && includeInactive ? {} : { is_active: true };
}
