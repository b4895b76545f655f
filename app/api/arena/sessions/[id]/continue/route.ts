import { continueArenaPanel } from "@/lib/arena/continue";
import { arenaContracts } from "@/lib/arena/contracts";
import { route } from "@/lib/http/route";

export const POST = route(arenaContracts.continue, async ({ user, params, body }) =>
  continueArenaPanel(user, params.id, body),
);
