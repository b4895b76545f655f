import { getLeaderboard } from "@/lib/arena/leaderboard";
import { userRoute } from "@/lib/http/route";

export const GET = userRoute(async (req, { user }) =>
  Response.json(await getLeaderboard(user, Object.fromEntries(new URL(req.url).searchParams))),
);
