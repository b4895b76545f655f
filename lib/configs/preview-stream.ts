import type { ModelMessage, UIMessageChunk } from "ai";
import { markInterrupted } from "@/lib/chat/answer-record";
import { ChunkQueue } from "@/lib/chat/chunk-queue";
import { joinTextDeltas } from "@/lib/chat/generation";
import { collectRun, type ModelRun, type RunOutcome, startRun } from "@/lib/chat/model-run";
import { releaseTokens } from "@/lib/chat/reply";
import type { TokenReservation } from "@/lib/chat/token-budget";
import { saveDurably } from "@/lib/db/durable-save";
import { env } from "@/lib/env";
import type { ModelInfo } from "@/lib/llm/catalogue";
import type { ChatParameters } from "@/lib/llm/stream-chat";
import { log } from "@/lib/log";
import { holdShutdownFor, shutdownSignal } from "@/lib/server/drain";
import { HeldCall } from "@/lib/usage/held-call";
import { recordUsage, usageCost } from "@/lib/usage/record";

export interface PreviewCall {
  model: ModelInfo;
  system: string | undefined;
  messages: ModelMessage[];
  parameters: ChatParameters;
  reservation: TokenReservation;
  /** Used when the provider reports no usage (a stopped or failed call). */
  promptTokensEstimate: number;
  /** How many older messages were left out to fit the model's context window. */
  contextDropped: number;
  /** The request's signal: a preview ends when the person stops it or leaves. */
  signal: AbortSignal | undefined;
}

/** What the browser learns about a preview reply with the stream's `finish`. */
export interface PreviewMetadata {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  finishReason: string;
  modelId: string;
  contextDropped: number;
}

const TEXT_ID = "text";

/**
 * Starts the model call and waits for its first event, so that a call the
 * provider refuses outright (a 429, a 500, no key) is still an ordinary
 * JSON error. After that the reply streams as UI message chunks, and usage
 * is recorded once at the end, however it ends.
 */
export async function startPreview(call: PreviewCall): Promise<ReadableStream<UIMessageChunk>> {
  const held = await HeldCall.open(
    "preview",
    call.model.id,
    call.reservation,
    call.promptTokensEstimate,
  ).catch(async (error: unknown) => {
    await releaseTokens(call.reservation);
    throw error;
  });
  const startedAt = Date.now();
  const run: ModelRun = {
    // A preview is a chat answer that is not kept.
    kind: "chat",
    modelId: call.model.id,
    system: call.system,
    messages: call.messages,
    parameters: call.parameters,
    // A shutdown's end interrupts a preview as it does any answer.
    signal: AbortSignal.any([call.signal ?? new AbortController().signal, shutdownSignal()]),
    idleTimeoutMs: env().LLM_IDLE_TIMEOUT_MS,
    promptTokensEstimate: call.promptTokensEstimate,
  };
  const events = await startRun(run, startedAt, (refused) => settle(call, held, refused));

  const queue = new ChunkQueue<UIMessageChunk>(joinTextDeltas);
  queue.push({ type: "start" });
  queue.push({ type: "text-start", id: TEXT_ID });
  void holdShutdownFor(
    collectRun(
      events,
      run,
      (delta) => queue.push({ type: "text-delta", id: TEXT_ID, delta }),
      startedAt,
    ).then(async (ran) => {
      const outcome = markInterrupted(ran, call.signal?.aborted ?? false);
      queue.push({ type: "text-end", id: TEXT_ID });
      const costUsd = await settle(call, held, outcome);
      if (outcome.error) {
        queue.push({ type: "error", errorText: outcome.error.message });
      } else {
        const metadata: PreviewMetadata = {
          promptTokens: outcome.promptTokens,
          completionTokens: outcome.completionTokens,
          costUsd,
          finishReason: outcome.finishReason,
          modelId: call.model.id,
          contextDropped: call.contextDropped,
        };
        queue.push({ type: "finish", messageMetadata: metadata });
      }
      queue.close();
    }),
  );
  return queue.toReadableStream();
}

/**
 * Bills the call like a chat reply, without a conversation; kept until the
 * database is back if it is away, and a failure to record is logged.
 */
async function settle(call: PreviewCall, held: HeldCall, outcome: RunOutcome): Promise<number> {
  const usage = {
    kind: "preview" as const,
    modelId: call.model.id,
    model: call.model,
    reservation: call.reservation,
    promptTokens: outcome.promptTokens,
    completionTokens: outcome.completionTokens,
    costUsd: outcome.costUsd,
  };
  const { userId } = call.reservation;
  try {
    await saveDurably("preview usage", { userId, callId: held.id }, async (write) => {
      if (await held.close(write)) await recordUsage(usage, write);
    });
  } catch (thrown) {
    log.error("could not record preview usage", { error: thrown, userId });
  }
  return usageCost(usage);
}
