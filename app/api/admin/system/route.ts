import { getSystemStatus } from "@/lib/admin/system";
import { adminRoute } from "@/lib/http/route";

export const GET = adminRoute(async (_req, { user }) =>
  Response.json(await getSystemStatus(user), { headers: { "Cache-Control": "no-store" } }),
);
