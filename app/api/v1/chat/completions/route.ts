import { idempotencyKey } from "@/lib/http/idempotency-key";
import { sseResponse } from "@/lib/http/sse";
import { createChatCompletion } from "@/lib/openai/chat-completion";
import { openAiContracts } from "@/lib/openai/contracts";
import { openAiRoute } from "@/lib/openai/route";

const STORE_HEADER = "x-uni-chat-store";
const CONVERSATION_HEADER = "X-Uni-Chat-Conversation-Id";

/**
 * OpenAI's `POST /chat/completions`, streamed as `chat.completion.chunk`
 * events then `data: [DONE]`, or whole. `"store": true` (or the header
 * `X-Uni-Chat-Store: true`) saves the exchange as a conversation, whose id
 * comes back in `X-Uni-Chat-Conversation-Id`. An `Idempotency-Key` is
 * answered once: the same key again gets the same completion, unbilled.
 */
export const POST = openAiRoute(openAiContracts.chatCompletion, async ({ req, user, body }) => {
  const result = await createChatCompletion(user, body, {
    store: req.headers.get(STORE_HEADER)?.trim().toLowerCase() === "true",
    signal: req.signal,
    idempotencyKey: idempotencyKey(req),
  });
  const response = result.stream ? sseResponse(result.events) : Response.json(result.body);
  if (result.conversationId) response.headers.set(CONVERSATION_HEADER, result.conversationId);
  return response;
});
