import type { SessionUser } from "@/lib/auth/types";
import { releaseTokens } from "@/lib/chat/reply";
import { estimateTokens } from "@/lib/chat/shared/estimate";
import { reserveTokens, type TokenReservation } from "@/lib/chat/token-budget";
import { saveDurably } from "@/lib/db/durable-save";
import { createEmbeddings, type EmbeddingAnswer } from "@/lib/llm/embed";
import { log } from "@/lib/log";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { holdShutdownFor } from "@/lib/server/drain";
import { HeldCall } from "@/lib/usage/held-call";
import { recordUsage } from "@/lib/usage/record";
import { parseInput } from "@/lib/validation";
import { embeddingRequestSchema } from "./schemas";

interface Held {
  actor: SessionUser;
  modelId: string;
  reservation: TokenReservation;
  call: HeldCall;
}

/**
 * OpenAI's embeddings, through the provider, with the admission and billing
 * of a completion: the model-call rate limit, then the token limit and
 * monthly budget, and one usage entry of kind api with what the provider
 * billed. Embedding models are not in the chat's catalogue, so the provider
 * alone says whether `model` is one; its refusal is a 400 like any other.
 */
export async function createEmbedding(actor: SessionUser, raw: unknown, signal: AbortSignal) {
  const request = parseInput(embeddingRequestSchema, raw);
  const texts = typeof request.input === "string" ? [request.input] : request.input;
  const promptTokensEstimate = estimateTokens(texts.join("\n"));
  await enforceRateLimit("model", [`user:${actor.id}`]);
  const reservation = await reserveTokens(actor.id, {
    promptTokens: promptTokensEstimate,
    maxOutputTokens: 0,
  });
  const call = await HeldCall.open("api", request.model, reservation, promptTokensEstimate).catch(
    async (error: unknown) => {
      await releaseTokens(reservation);
      throw error;
    },
  );
  const held: Held = { actor, modelId: request.model, reservation, call };
  const answer = await holdShutdownFor(
    createEmbeddings({
      modelId: request.model,
      input: request.input,
      encodingFormat: request.encoding_format ?? undefined,
      dimensions: request.dimensions ?? undefined,
      signal,
    }).catch(async (error: unknown) => {
      await settle(held, null);
      throw error;
    }),
  );
  const costUsd = await settle(held, answer);
  return {
    object: "list" as const,
    data: answer.data.map(({ index, embedding }) => ({
      object: "embedding" as const,
      index,
      embedding,
    })),
    model: request.model,
    usage: {
      prompt_tokens: answer.promptTokens,
      total_tokens: answer.promptTokens,
      cost_usd: costUsd,
    },
  };
}

/** Bills the call (nothing when the provider answered nothing) and lets its reservation go. */
async function settle(held: Held, answer: EmbeddingAnswer | null): Promise<number> {
  // Not in the catalogue, so no price list: the cost is what the provider billed.
  const costUsd = answer?.costUsd ?? 0;
  try {
    await saveDurably(
      "API embedding",
      { userId: held.actor.id, callId: held.call.id },
      async (write) => {
        if (!(await held.call.close(write))) return;
        await recordUsage(
          {
            kind: "api",
            modelId: held.modelId,
            model: null,
            reservation: held.reservation,
            promptTokens: answer?.promptTokens ?? 0,
            completionTokens: 0,
            costUsd,
          },
          write,
        );
      },
    );
  } catch (thrown) {
    log.error("could not record API usage", { error: thrown, userId: held.actor.id });
  }
  return costUsd;
}
