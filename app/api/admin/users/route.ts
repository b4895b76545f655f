import { adminContracts } from "@/lib/admin/contracts";
import { listUsers } from "@/lib/admin/users";
import { route } from "@/lib/http/route";

export const GET = route(adminContracts.users, async ({ user, query }) => listUsers(user, query));
