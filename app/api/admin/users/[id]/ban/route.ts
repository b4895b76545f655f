import { adminContracts } from "@/lib/admin/contracts";
import { banUser } from "@/lib/admin/user-actions";
import { route } from "@/lib/http/route";

export const POST = route(adminContracts.ban, async ({ user, params, body, audit }) =>
  banUser(user, params.id, body, audit),
);
