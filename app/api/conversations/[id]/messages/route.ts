import { sendMessage } from "@/lib/chat/send-message";
import { readJson } from "@/lib/http/body";
import { withIdempotencyKey } from "@/lib/http/idempotency-key";
import { userRoute } from "@/lib/http/route";
import { uiStreamResponse } from "@/lib/http/sse";

// Attachments are sent as file ids, so the body stays small.
const MAX_BODY_BYTES = 512 * 1024;

/**
 * Sends a message and streams the answer as an AI SDK UI message stream
 * (SSE). The same `clientId` (or `Idempotency-Key`) again is answered once.
 */
export const POST = userRoute<{ id: string }>(async (req, { user, params }) => {
  const body = withIdempotencyKey(req, await readJson(req, MAX_BODY_BYTES));
  return uiStreamResponse(await sendMessage(user, params.id, body));
});
