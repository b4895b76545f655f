import { listUsers } from "@/lib/admin/users";
import { adminRoute } from "@/lib/http/route";

export const GET = adminRoute(async (req, { user }) =>
  Response.json(await listUsers(user, Object.fromEntries(new URL(req.url).searchParams))),
);
