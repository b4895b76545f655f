import { arenaContracts } from "@/lib/arena/contracts";
import { deleteArenaSession } from "@/lib/arena/delete";
import { getArenaSession } from "@/lib/arena/get";
import { renameArenaSession } from "@/lib/arena/rename";
import { route } from "@/lib/http/route";

export const GET = route(arenaContracts.get, async ({ user, params }) =>
  getArenaSession(user, params.id),
);

export const PATCH = route(arenaContracts.rename, async ({ user, params, body }) =>
  renameArenaSession(user, params.id, body),
);

export const DELETE = route(arenaContracts.remove, async ({ user, params }) => {
  await deleteArenaSession(user, params.id);
});
