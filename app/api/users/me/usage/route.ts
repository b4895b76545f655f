import { userRoute } from "@/lib/http/route";
import { getMyUsage } from "@/lib/usage/my-usage";

export const GET = userRoute(async (_req, { user }) => Response.json(await getMyUsage(user)));
