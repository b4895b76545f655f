import { sendMessage } from "@/lib/chat/send-message";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { uiStreamResponse } from "@/lib/http/sse";

// Attachments are sent as file ids, so the body stays small.
const MAX_BODY_BYTES = 512 * 1024;

/** Sends a message and streams the answer as an AI SDK UI message stream (SSE). */
export const POST = userRoute<{ id: string }>(async (req, { user, params }) =>
  uiStreamResponse(await sendMessage(user, params.id, await readJson(req, MAX_BODY_BYTES))),
);
