import { tagged } from "@/lib/http/contract";
import { MAX_IMAGE_BYTES } from "@/lib/openai/image-url";
import { chatCompletionRequestSchema } from "@/lib/openai/schemas";

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
    "OpenAI's chat completion, whole or streamed (chat.completion.chunk events, then [DONE]); model may be config:<id>. An Idempotency-Key header is answered once: the same key again gets the same completion, not billed again",
    {
      body: chatCompletionRequestSchema,
      // Two hundred messages of long text, with room for JSON escapes, and an
      // image as large as an upload in base64 (four characters for three bytes).
      maxBodyBytes: 4 * 1024 * 1024 + Math.ceil(MAX_IMAGE_BYTES / 3) * 4,
    },
  ),
};
