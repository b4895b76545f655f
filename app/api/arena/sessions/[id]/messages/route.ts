import { sendArenaPrompt } from "@/lib/arena/send";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { sseResponse } from "@/lib/http/sse";

/**
 * Sends a prompt to every panel; all answers stream at once on this one
 * response (see ArenaStreamEvent), so panels never queue behind the
 * browser's per-host connection limit.
 */
export const POST = userRoute<{ id: string }>(async (req, { user, params }) =>
  sseResponse(await sendArenaPrompt(user, params.id, await readJson(req))),
);
