import { listAudit } from "@/lib/admin/audit";
import { adminRoute } from "@/lib/http/route";

/** Read-only: the audit log has no route that edits or deletes an entry. */
export const GET = adminRoute(async (req, { user }) =>
  Response.json(await listAudit(user, Object.fromEntries(new URL(req.url).searchParams))),
);
