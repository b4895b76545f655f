import { adminContracts } from "@/lib/admin/contracts";
import { unbanUser } from "@/lib/admin/user-actions";
import { route } from "@/lib/http/route";

export const POST = route(adminContracts.unban, async ({ user, params, audit }) =>
  unbanUser(user, params.id, audit),
);
