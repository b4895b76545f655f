import { messageContracts } from "@/lib/chat/contracts";
import { sendMessage } from "@/lib/chat/send-message";
import { withIdempotencyKey } from "@/lib/http/idempotency-key";
import { route } from "@/lib/http/route";

/**
 * Sends a message and streams the answer as an AI SDK UI message stream
 * (SSE). The same `clientId` (or `Idempotency-Key`) again is answered once.
 */
export const POST = route(messageContracts.send, async ({ req, user, params, body }) =>
  sendMessage(user, params.id, withIdempotencyKey(req, body)),
);
