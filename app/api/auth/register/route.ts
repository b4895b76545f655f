import { readJson } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { route } from "@/lib/http/route";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { registerUser } from "@/lib/users/register";

export const POST = route(async (req) => {
  await enforceRateLimit("register", [`ip:${clientAddress(req.headers)}`]);
  const account = await registerUser(await readJson(req));
  return Response.json(account, { status: 201 });
});
