import { adminContracts } from "@/lib/admin/contracts";
import { getDashboard } from "@/lib/admin/dashboard";
import { route } from "@/lib/http/route";

export const GET = route(adminContracts.dashboard, async ({ user, query }) =>
  getDashboard(user, query),
);
