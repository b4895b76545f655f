import { adminContracts } from "@/lib/admin/contracts";
import { resetUsage } from "@/lib/admin/user-actions";
import { route } from "@/lib/http/route";

export const POST = route(adminContracts.resetUsage, async ({ user, params, audit }) =>
  resetUsage(user, params.id, audit),
);
