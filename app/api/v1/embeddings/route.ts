import { openAiContracts } from "@/lib/openai/contracts";
import { createEmbedding } from "@/lib/openai/embeddings";
import { openAiRoute } from "@/lib/openai/route";

/** OpenAI's `POST /embeddings`, answered by the model provider and billed as API use. */
export const POST = openAiRoute(openAiContracts.embeddings, async ({ req, user, body }) =>
  createEmbedding(user, body, req.signal),
);
