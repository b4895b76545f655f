import { arenaContracts } from "@/lib/arena/contracts";
import { followArenaTurn } from "@/lib/arena/follow";
import { route } from "@/lib/http/route";

/** A running turn's events from its start, then live; 204 once it ended (read the session). */
export const GET = route(arenaContracts.follow, async ({ user, params }) =>
  followArenaTurn(user, params.id, params.turnId),
);
