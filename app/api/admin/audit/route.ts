import { listAudit } from "@/lib/admin/audit";
import { adminContracts } from "@/lib/admin/contracts";
import { route } from "@/lib/http/route";

/** Read-only: the audit log has no route that edits or deletes an entry. */
export const GET = route(adminContracts.audit, async ({ user, query }) => listAudit(user, query));
