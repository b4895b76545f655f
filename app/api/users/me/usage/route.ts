import { route } from "@/lib/http/route";
import { getMyUsage } from "@/lib/usage/my-usage";
import { accountContracts } from "@/lib/users/contracts";

export const GET = route(accountContracts.usage, async ({ user }) => getMyUsage(user));
