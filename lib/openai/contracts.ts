import { tagged } from "@/lib/http/contract";
import { MAX_IMAGE_BYTES } from "@/lib/openai/image-url";
import { chatCompletionRequestSchema, embeddingRequestSchema } from "@/lib/openai/schemas";

const openAi = tagged("OpenAI-compatible");

export const openAiContracts = {
  models: openAi(
    "get",
    "/api/v1/models",
    "OpenAI's model list: the upstream models, then your usable configs as config:<id>; errors in OpenAI's shape",
  ),
  chatCompletion: openAi(
    "post",
    "/api/v1/chat/completions",
    "OpenAI's chat completion, whole or streamed (chat.completion.chunk events, then [DONE]); model may be config:<id>. Tools pass through both ways in OpenAI's shapes (tool_calls, streamed as delta.tool_calls with their index, finish_reason tool_calls; tool messages with tool_call_id); tools, tool_choice, parallel_tool_calls, response_format, stop, seed and reasoning_effort reach the provider as sent, or are refused with a 400 naming the field when the model's catalogue entry says it cannot take them. An Idempotency-Key header is answered once: the same key again gets the same completion, not billed again",
    {
      body: chatCompletionRequestSchema,
      // Two hundred messages of long text, with room for JSON escapes, and an
      // image as large as an upload in base64 (four characters for three bytes).
      maxBodyBytes: 4 * 1024 * 1024 + Math.ceil(MAX_IMAGE_BYTES / 3) * 4,
    },
  ),
  embeddings: openAi(
    "post",
    "/api/v1/embeddings",
    "OpenAI's embeddings through the model provider: input is text or a list of texts; encoding_format (float or base64) and dimensions are passed on. Counted, limited and billed as a completion is (usage kind api)",
    { body: embeddingRequestSchema, maxBodyBytes: 4 * 1024 * 1024 },
  ),
};
