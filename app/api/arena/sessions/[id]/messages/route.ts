import { sendArenaPrompt } from "@/lib/arena/send";
import { readJson } from "@/lib/http/body";
import { withIdempotencyKey } from "@/lib/http/idempotency-key";
import { userRoute } from "@/lib/http/route";
import { sseResponse } from "@/lib/http/sse";

/**
 * Sends a prompt to every panel; all answers stream at once on this one
 * response (see ArenaStreamEvent), so panels never queue behind the
 * browser's per-host connection limit. The same `clientId` (or
 * `Idempotency-Key`) again is answered once.
 */
export const POST = userRoute<{ id: string }>(async (req, { user, params }) => {
  const body = withIdempotencyKey(req, await readJson(req));
  return sseResponse(await sendArenaPrompt(user, params.id, body));
});
