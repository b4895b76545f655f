import { adminContracts } from "@/lib/admin/contracts";
import { setLimits } from "@/lib/admin/user-actions";
import { route } from "@/lib/http/route";

export const POST = route(adminContracts.limits, async ({ user, params, body, audit }) =>
  setLimits(user, params.id, body, audit),
);
