import { arenaContracts } from "@/lib/arena/contracts";
import { createArenaSession } from "@/lib/arena/create";
import { listArenaSessions } from "@/lib/arena/list";
import { route } from "@/lib/http/route";

export const GET = route(arenaContracts.list, async ({ user, query }) =>
  listArenaSessions(user, query),
);

export const POST = route(arenaContracts.create, async ({ user, body }) =>
  createArenaSession(user, body),
);
