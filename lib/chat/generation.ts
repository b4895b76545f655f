import type { ModelMessage, UIMessageChunk } from "ai";
import { toAppError } from "@/lib/errors";
import type { ChatParameters } from "@/lib/llm/stream-chat";
import { log } from "@/lib/log";
import { type LiveWriter, openLive } from "@/lib/realtime/live-stream";
import { holdShutdownFor, shutdownSignal } from "@/lib/server/drain";
import { announceAnswerFinished, announceAnswerStarted } from "./answer-events";
import { Checkpointer, markInterrupted, openAnswer } from "./answer-record";
import { answerStreamKey } from "./answer-stream";
import { forgetGeneration, keepShown, registerGeneration } from "./generation-registry";
import { runModel } from "./model-run";
import { persistReply, type ReplyTarget } from "./persist-reply";
import { refineTitle } from "./title";

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
  /** Set for the first answer to a sent message, so a repeated send finds it (see openAnswer). */
  answerClientId?: string;
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
export function joinTextDeltas(
  waiting: UIMessageChunk,
  next: UIMessageChunk,
): UIMessageChunk | null {
  if (waiting.type !== "text-delta" || next.type !== "text-delta" || waiting.id !== next.id) {
    return null;
  }
  return { ...waiting, delta: waiting.delta + next.delta };
}

/**
 * Starts a reply and returns its UI message stream. The answer is a record
 * before the model is called (status `streaming`), its text is checkpointed
 * while it streams, and its last write, before the browser hears `finish`,
 * sets its final status and usage. The upstream is read to the end by this
 * process whatever the browser does: closing the tab loses nothing, and
 * only Stop (or a failure) ends a reply early. The stream is live: any
 * other reader (a reload, a second tab) can replay and follow it.
 */
export async function startGeneration(
  request: GenerationRequest,
): Promise<ReadableStream<UIMessageChunk>> {
  await openAnswer(request.target, request.promptTokensEstimate, request.answerClientId);
  await announceAnswerStarted(request.target);
  const live = openLive<UIMessageChunk>(
    answerStreamKey(request.target.assistantId.toString()),
    joinTextDeltas,
  );
  void holdShutdownFor(run(request, live).finally(() => live.end()));
  return live.read();
}

async function run(request: GenerationRequest, live: LiveWriter<UIMessageChunk>) {
  const { target } = request;
  const assistantMessageId = target.assistantId.toString();
  const generation = registerGeneration(assistantMessageId, target.userId);
  const { controller } = generation;

  live.write({
    type: "start",
    messageId: assistantMessageId,
    // Said at the start, so the notice shows above the answer while it streams.
    messageMetadata: {
      userMessageId: request.userMessageId,
      modelId: target.modelId,
      contextDropped: target.contextDropped,
    },
  });
  live.write({ type: "text-start", id: TEXT_ID });
  let streamed = "";
  const checkpoints = new Checkpointer(target, () => streamed);
  const ran = await runModel(
    {
      kind: "chat",
      modelId: target.modelId,
      system: request.system,
      messages: request.messages,
      parameters: request.parameters,
      signal: AbortSignal.any([controller.signal, shutdownSignal()]),
      idleTimeoutMs: request.idleTimeoutMs,
      promptTokensEstimate: request.promptTokensEstimate,
    },
    (delta) => {
      streamed += delta;
      live.write({ type: "text-delta", id: TEXT_ID, delta });
    },
  ).finally(() => forgetGeneration(assistantMessageId));
  // The tokens were made and are billed; the text kept is what its person saw.
  const outcome = markInterrupted(
    { ...ran, text: keepShown(ran.text, generation) },
    controller.signal.aborted,
  );
  await checkpoints.stop();
  live.write({ type: "text-end", id: TEXT_ID });
  const { error, text } = outcome;

  let costUsd = 0;
  try {
    costUsd = await persistReply(target, outcome);
  } catch (thrown) {
    log.error("could not save a reply", {
      error: thrown,
      conversationId: String(target.conversationId),
    });
    live.write({ type: "error", errorText: toAppError(thrown).message });
    return;
  }

  await announceAnswerFinished(target, outcome);
  if (error) {
    live.write({ type: "error", errorText: error.message });
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
    live.write({ type: "finish", messageMetadata: metadata });
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
}
