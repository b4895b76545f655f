import type { ModelMessage } from "ai";
import type { Types } from "mongoose";
import type { ArenaReplyDto, ArenaStreamEvent } from "@/lib/arena/dto";
import { Checkpointer, markInterrupted, newLease } from "@/lib/chat/answer-record";
import { forgetGeneration, keepShown, registerGeneration } from "@/lib/chat/generation-registry";
import { type RunOutcome, runModel } from "@/lib/chat/model-run";
import { finalStatus } from "@/lib/chat/persist-reply";
import { releaseTokens } from "@/lib/chat/reply";
import type { TokenReservation } from "@/lib/chat/token-budget";
import { saveDurably } from "@/lib/db/durable-save";
import { toAppError } from "@/lib/errors";
import type { ModelInfo } from "@/lib/llm/catalogue";
import type { ChatParameters } from "@/lib/llm/stream-chat";
import { log } from "@/lib/log";
import { shutdownSignal } from "@/lib/server/drain";
import { recordUsage, usageCost } from "@/lib/usage/record";
import { ArenaMessage, type ArenaMessageDoc } from "@/models/arena-message";
import type { ArenaSessionDoc } from "@/models/arena-session";
import { trackPanel, untrackPanel } from "./running";
import { toReplyDto } from "./to-dto";

/** One panel's part of a turn: what its model reads and how it answers. */
export interface PanelJob {
  panel: number;
  assistantId: Types.ObjectId;
  modelId: string;
  model: ModelInfo | null;
  configId: Types.ObjectId | null;
  system: string | undefined;
  parameters: ChatParameters;
  messages: ModelMessage[];
  /** Older messages left out of `messages` to fit the model's context window. */
  contextDropped: number;
  promptTokensEstimate: number;
  reservation: TokenReservation;
}

interface TurnContext {
  session: ArenaSessionDoc;
  userId: string;
  turnId: Types.ObjectId;
  idleTimeoutMs: number;
}

/**
 * Streams one panel's answer through `emit` and saves it, finished, stopped
 * or failed, with its usage. As a chat answer, the reply is a record from
 * the start (`streaming`, under a lease, checkpointed), so a process that
 * dies leaves it for recovery rather than losing it. It never throws: a
 * failure stays in its panel.
 */
export async function answerPanel(
  context: TurnContext,
  job: PanelJob,
  emit: (event: ArenaStreamEvent) => void,
): Promise<void> {
  const sessionId = context.session._id.toString();
  const messageId = job.assistantId.toString();
  const ids = { sessionId, messageId, userId: context.userId };
  const record = {
    _id: job.assistantId,
    session_id: context.session._id,
    user_id: context.session.user_id,
    role: "assistant" as const,
    parent_id: context.turnId,
    panel: job.panel,
    config_id: job.configId,
    client_id: messageId,
    // Replaced by the stored record's own time, so a reply reads the same live and stored.
    created_at: new Date(),
  };
  try {
    const created = await ArenaMessage.create({
      ...record,
      content: "",
      status: "streaming",
      metadata: { model_id: job.modelId, context_dropped: job.contextDropped },
      lease: newLease(job.reservation, job.promptTokensEstimate),
    });
    record.created_at = created.created_at;
  } catch (thrown) {
    // Nothing was called: the reservation goes back and the panel says why.
    log.error("could not store an arena reply", { error: thrown, ...ids });
    await releaseTokens(job.reservation).catch(() => {});
    const failed = replyDoc(record, job, failedRun(thrown));
    emit({ type: "panel-finish", panel: job.panel, reply: toReplyDto(context.session, failed) });
    return;
  }

  const generation = registerGeneration(messageId, context.userId);
  const { controller } = generation;
  trackPanel(sessionId, job.panel, messageId);
  emit({ type: "panel-start", panel: job.panel, messageId });
  let streamed = "";
  const checkpoints = new Checkpointer(
    { assistantId: job.assistantId, userId: context.userId },
    () => streamed,
    ArenaMessage,
  );
  const ran = await runModel(
    {
      kind: "arena",
      modelId: job.modelId,
      system: job.system,
      messages: job.messages,
      parameters: job.parameters,
      signal: AbortSignal.any([controller.signal, shutdownSignal()]),
      idleTimeoutMs: context.idleTimeoutMs,
      promptTokensEstimate: job.promptTokensEstimate,
    },
    (delta) => {
      streamed += delta;
      emit({ type: "text-delta", panel: job.panel, delta });
    },
  ).finally(() => {
    forgetGeneration(messageId);
    untrackPanel(sessionId, job.panel, messageId);
  });
  const outcome = markInterrupted(
    { ...ran, text: keepShown(ran.text, generation) },
    controller.signal.aborted,
  );
  await checkpoints.stop();

  const reply = replyDoc(record, job, outcome);
  // The answer first: it is what the user waited for. Both are kept until
  // the database is back if it is away (see saveDurably).
  let billed = true;
  try {
    await saveDurably("arena reply", ids, async (write) => {
      billed = await write(() => endReply(reply));
    });
  } catch (thrown) {
    log.error("could not save an arena reply", { error: thrown, ...ids });
    reply.is_error = true;
    reply.error_message = toAppError(thrown).message;
  }
  if (billed) {
    const usage = {
      kind: "arena" as const,
      modelId: job.modelId,
      model: job.model,
      reservation: job.reservation,
      promptTokens: outcome.promptTokens,
      completionTokens: outcome.completionTokens,
      costUsd: reply.metadata.cost_usd,
      arenaSessionId: context.session._id,
      messageId: job.assistantId,
    };
    await saveDurably("arena usage", ids, async (write) => {
      await recordUsage(usage, write);
    }).catch((thrown: unknown) => {
      log.error("could not record arena usage", { error: thrown, ...ids });
    });
  }
  emit({
    type: "panel-finish",
    panel: job.panel,
    reply: toReplyDto(context.session, reply) satisfies ArenaReplyDto,
  });
}

type ReplyRecord = Pick<
  ArenaMessageDoc,
  | "_id"
  | "session_id"
  | "user_id"
  | "role"
  | "parent_id"
  | "panel"
  | "config_id"
  | "client_id"
  | "created_at"
>;

function replyDoc(record: ReplyRecord, job: PanelJob, outcome: RunOutcome): ArenaMessageDoc {
  return {
    ...record,
    content: outcome.text,
    status: finalStatus(outcome),
    lease: null,
    metadata: {
      model_id: job.modelId,
      tokens: { prompt: outcome.promptTokens, completion: outcome.completionTokens },
      generation_time_ms: outcome.generationTimeMs,
      first_token_ms: outcome.firstTokenMs,
      finish_reason: outcome.finishReason,
      cost_usd: usageCost({ model: job.model, ...outcome }),
      context_dropped: job.contextDropped,
    },
    is_error: outcome.error !== null,
    error_message: outcome.error?.message ?? null,
  };
}

/** A call that never started, as an outcome: nothing said, nothing billed. */
function failedRun(thrown: unknown): RunOutcome {
  return {
    text: "",
    finishReason: "error",
    promptTokens: 0,
    completionTokens: 0,
    costUsd: 0,
    generationTimeMs: 0,
    firstTokenMs: null,
    error: toAppError(thrown),
  };
}

/**
 * The reply's last write, only while it is still `streaming`: a reply that
 * recovery finished (its lease lapsed) is not billed again. True when this
 * write ended it, or an earlier attempt of it did and its answer was lost;
 * also when its session was deleted meanwhile, as the call still happened.
 */
async function endReply(reply: ArenaMessageDoc): Promise<boolean> {
  const { matchedCount } = await ArenaMessage.updateOne(
    { _id: reply._id, user_id: reply.user_id, status: "streaming" },
    {
      $set: {
        content: reply.content,
        status: reply.status,
        lease: null,
        metadata: reply.metadata,
        is_error: reply.is_error,
        error_message: reply.error_message,
      },
    },
  );
  if (matchedCount > 0) return true;
  const found = await ArenaMessage.findById(reply._id, { status: 1 }).lean();
  if (!found) return true;
  if (found.status === reply.status && reply.status !== "interrupted") return true;
  log.warn("an arena reply was finished elsewhere before its end was saved", {
    messageId: String(reply._id),
  });
  return false;
}
