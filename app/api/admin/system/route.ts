import { adminContracts } from "@/lib/admin/contracts";
import { getSystemStatus } from "@/lib/admin/system";
import { route } from "@/lib/http/route";

export const GET = route(adminContracts.system, async ({ user }) =>
  Response.json(await getSystemStatus(user), { headers: { "Cache-Control": "no-store" } }),
);
