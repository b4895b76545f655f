import { getDashboard } from "@/lib/admin/dashboard";
import { adminRoute } from "@/lib/http/route";

export const GET = adminRoute(async (req, { user }) =>
  Response.json(await getDashboard(user, Object.fromEntries(new URL(req.url).searchParams))),
);
