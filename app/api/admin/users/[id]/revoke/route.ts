import { adminContracts } from "@/lib/admin/contracts";
import { revokeAccess } from "@/lib/admin/user-actions";
import { route } from "@/lib/http/route";

export const POST = route(adminContracts.revoke, async ({ user, params, audit }) =>
  revokeAccess(user, params.id, audit),
);
