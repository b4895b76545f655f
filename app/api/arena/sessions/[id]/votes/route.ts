import { arenaContracts } from "@/lib/arena/contracts";
import { voteArena } from "@/lib/arena/vote";
import { route } from "@/lib/http/route";

export const POST = route(arenaContracts.vote, async ({ user, params, body }) =>
  voteArena(user, params.id, body),
);
