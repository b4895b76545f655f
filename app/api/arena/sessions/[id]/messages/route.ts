import { arenaContracts } from "@/lib/arena/contracts";
import { sendArenaPrompt } from "@/lib/arena/send";
import { withIdempotencyKey } from "@/lib/http/idempotency-key";
import { route } from "@/lib/http/route";

/**
 * Sends a prompt to every panel; all answers stream at once on this one
 * response (see ArenaStreamEvent), so panels never queue behind the
 * browser's per-host connection limit. The same `clientId` (or
 * `Idempotency-Key`) again is answered once.
 */
export const POST = route(arenaContracts.send, async ({ req, user, params, body }) =>
  sendArenaPrompt(user, params.id, withIdempotencyKey(req, body)),
);
