import { arenaContracts } from "@/lib/arena/contracts";
import { stopArena } from "@/lib/arena/stop";
import { route } from "@/lib/http/route";

export const POST = route(arenaContracts.stop, async ({ user, params, body }) =>
  stopArena(user, params.id, body),
);
