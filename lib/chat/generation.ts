import type { ModelMessage, UIMessageChunk } from "ai";
import { type AppError, toAppError } from "@/lib/errors";
import { type ChatEvent, type ChatParameters, streamChat } from "@/lib/llm/stream-chat";
import { log } from "@/lib/log";
import { ChunkQueue } from "./chunk-queue";
import { forgetGeneration, registerGeneration } from "./generation-registry";
import { persistReply, type ReplyOutcome, type ReplyTarget } from "./persist-reply";
import { refineTitle } from "./title";
import { estimateTokens } from "./token-budget";

export interface GenerationRequest {
  target: ReplyTarget;
  userMessageId: string;
  userText: string;
  system: string | undefined;
  messages: ModelMessage[];
  parameters: ChatParameters;
  idleTimeoutMs: number;
  /** Used when the provider reports no usage (a stopped or failed call). */
  promptTokensEstimate: number;
}

/** What the browser learns about a saved reply with the stream's `finish`. */
export interface ReplyMetadata {
  userMessageId: string;
  assistantMessageId: string;
  modelId: string;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  generationTimeMs: number;
  finishReason: string;
}

const TEXT_ID = "text";

/** Consecutive text of one part, joined: a reader that fell behind gets fewer, larger chunks. */
export function joinTextDeltas(waiting: UIMessageChunk, next: UIMessageChunk): UIMessageChunk | null {
  if (waiting.type !== "text-delta" || next.type !== "text-delta" || waiting.id !== next.id) {
    return null;
  }
  return { ...waiting, delta: waiting.delta + next.delta };
}

/**
 * Starts a reply and returns its UI message stream. The upstream is read to
 * the end by this process whatever the browser does: closing the tab loses
 * nothing, and only Stop (or a failure) ends a reply early. The reply is
 * saved once, after the last chunk, before the browser hears `finish`.
 */
export function startGeneration(request: GenerationRequest): ReadableStream<UIMessageChunk> {
  const queue = new ChunkQueue<UIMessageChunk>(joinTextDeltas);
  void run(request, queue);
  return queue.toReadableStream();
}

async function run(request: GenerationRequest, queue: ChunkQueue<UIMessageChunk>) {
  const { target } = request;
  const assistantMessageId = target.assistantId.toString();
  const controller = registerGeneration(assistantMessageId, target.userId);
  const startedAt = Date.now();
  let text = "";
  let finish: Extract<ChatEvent, { type: "finish" }> | null = null;
  let error: AppError | null = null;

  queue.push({
    type: "start",
    messageId: assistantMessageId,
    messageMetadata: { userMessageId: request.userMessageId },
  });
  queue.push({ type: "text-start", id: TEXT_ID });
  try {
    const events = streamChat({
      modelId: target.modelId,
      system: request.system,
      messages: request.messages,
      parameters: request.parameters,
      signal: controller.signal,
      idleTimeoutMs: request.idleTimeoutMs,
    });
    for await (const event of events) {
      if (event.type === "text") {
        text += event.delta;
        queue.push({ type: "text-delta", id: TEXT_ID, delta: event.delta });
      } else if (event.type === "finish") {
        finish = event;
      } else {
        error = event.error;
      }
    }
  } catch (thrown) {
    error = toAppError(thrown);
  } finally {
    forgetGeneration(assistantMessageId);
  }
  queue.push({ type: "text-end", id: TEXT_ID });

  // A stopped or failed call is still billed for what was sent and received;
  // when the provider never said, estimate it rather than record nothing.
  const reported = (finish?.promptTokens ?? 0) + (finish?.completionTokens ?? 0) > 0;
  const outcome: ReplyOutcome = {
    text,
    finishReason: error ? "error" : (finish?.finishReason ?? "error"),
    promptTokens: reported ? (finish?.promptTokens ?? 0) : request.promptTokensEstimate,
    completionTokens: reported ? (finish?.completionTokens ?? 0) : estimateTokens(text),
    costUsd: finish?.costUsd ?? null,
    generationTimeMs: Date.now() - startedAt,
    error,
  };

  let costUsd = 0;
  try {
    costUsd = await persistReply(target, outcome);
  } catch (thrown) {
    log.error("could not save a reply", {
      error: thrown,
      conversationId: String(target.conversationId),
    });
    queue.push({ type: "error", errorText: toAppError(thrown).message });
    queue.close();
    return;
  }

  if (error) {
    queue.push({ type: "error", errorText: error.message });
  } else {
    const metadata: ReplyMetadata = {
      userMessageId: request.userMessageId,
      assistantMessageId,
      modelId: target.modelId,
      promptTokens: outcome.promptTokens,
      completionTokens: outcome.completionTokens,
      costUsd,
      generationTimeMs: outcome.generationTimeMs,
      finishReason: outcome.finishReason,
    };
    queue.push({ type: "finish", messageMetadata: metadata });
    if (target.provisionalTitle) {
      refineTitle({
        conversationId: target.conversationId,
        userId: target.userId,
        modelId: target.modelId,
        provisional: target.provisionalTitle,
        userText: request.userText,
        assistantText: text,
      });
    }
  }
  queue.close();
}
