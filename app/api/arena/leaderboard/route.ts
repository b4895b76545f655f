import { arenaContracts } from "@/lib/arena/contracts";
import { getLeaderboard } from "@/lib/arena/leaderboard";
import { route } from "@/lib/http/route";

export const GET = route(arenaContracts.leaderboard, async ({ user, query }) =>
  getLeaderboard(user, query),
);
