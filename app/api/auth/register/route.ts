import { route } from "@/lib/http/route";
import { accountContracts } from "@/lib/users/contracts";
import { registerUser } from "@/lib/users/register";

export const POST = route(accountContracts.register, async ({ body }) => registerUser(body));
