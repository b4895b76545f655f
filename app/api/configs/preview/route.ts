import { configContracts } from "@/lib/configs/contracts";
import { previewConfig } from "@/lib/configs/preview";
import { route } from "@/lib/http/route";

/**
 * Tries an unsaved config: `{ modelId, systemPrompt?, parameters?, messages }`
 * in, the answer to the last message out as an AI SDK UI message stream
 * (SSE, as the chat sends), so the editor's preview can use `useChat`. Bad
 * input, limits and a provider that refuses the call are JSON errors; a
 * failure after the first token is an `error` chunk. Closing the request
 * stops the model, and what it used so far is still recorded.
 */
export const POST = route(configContracts.preview, async ({ req, user, body }) =>
  previewConfig(user, body, req.signal),
);
