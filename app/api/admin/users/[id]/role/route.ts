import { adminContracts } from "@/lib/admin/contracts";
import { setRole } from "@/lib/admin/user-actions";
import { route } from "@/lib/http/route";

export const POST = route(adminContracts.role, async ({ user, params, body, audit }) =>
  setRole(user, params.id, body, audit),
);
