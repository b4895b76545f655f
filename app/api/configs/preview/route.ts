import { previewConfig } from "@/lib/configs/preview";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { uiStreamResponse } from "@/lib/http/sse";

// Twenty messages of up to 20,000 characters and as long a system prompt, with
// room for JSON escapes and text that takes several bytes a character.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Tries an unsaved config: `{ modelId, systemPrompt?, parameters?, messages }`
 * in, the answer to the last message out as an AI SDK UI message stream
 * (SSE, as the chat sends), so the editor's preview can use `useChat`. Bad
 * input, limits and a provider that refuses the call are JSON errors; a
 * failure after the first token is an `error` chunk. Closing the request
 * stops the model, and what it used so far is still recorded.
 */
export const POST = userRoute(async (req, { user }) =>
  uiStreamResponse(await previewConfig(user, await readJson(req, MAX_BODY_BYTES), req.signal)),
);
