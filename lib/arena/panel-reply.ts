import type { ModelMessage } from "ai";
import type { Types } from "mongoose";
import type { ArenaReplyDto, ArenaStreamEvent } from "@/lib/arena/dto";
import { markInterrupted } from "@/lib/chat/answer-record";
import { forgetGeneration, registerGeneration } from "@/lib/chat/generation-registry";
import { runModel } from "@/lib/chat/model-run";
import type { TokenReservation } from "@/lib/chat/token-budget";
import { insertOnce, saveDurably } from "@/lib/db/durable-save";
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
 * or failed, with its usage. It never throws: a failure stays in its panel.
 */
export async function answerPanel(
  context: TurnContext,
  job: PanelJob,
  emit: (event: ArenaStreamEvent) => void,
): Promise<void> {
  const sessionId = context.session._id.toString();
  const messageId = job.assistantId.toString();
  const controller = registerGeneration(messageId, context.userId);
  trackPanel(sessionId, job.panel, messageId);
  emit({ type: "panel-start", panel: job.panel, messageId });

  const ran = await runModel(
    {
      modelId: job.modelId,
      system: job.system,
      messages: job.messages,
      parameters: job.parameters,
      signal: AbortSignal.any([controller.signal, shutdownSignal()]),
      idleTimeoutMs: context.idleTimeoutMs,
      promptTokensEstimate: job.promptTokensEstimate,
    },
    (delta) => emit({ type: "text-delta", panel: job.panel, delta }),
  ).finally(() => {
    forgetGeneration(messageId);
    untrackPanel(sessionId, job.panel, messageId);
  });
  const outcome = markInterrupted(ran, controller.signal.aborted);

  const reply: ArenaMessageDoc = {
    _id: job.assistantId,
    session_id: context.session._id,
    user_id: context.session.user_id,
    role: "assistant",
    parent_id: context.turnId,
    panel: job.panel,
    config_id: job.configId,
    client_id: messageId,
    content: outcome.text,
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
    created_at: new Date(),
  };
  // The answer first: it is what the user waited for. Both are kept until
  // the database is back if it is away (see saveDurably).
  const ids = { sessionId, messageId, userId: context.userId };
  try {
    await saveDurably("arena reply", ids, async (write) => {
      await write(() => insertOnce(() => ArenaMessage.create(reply)));
    });
  } catch (thrown) {
    log.error("could not save an arena reply", { error: thrown, sessionId, panel: job.panel });
    reply.is_error = true;
    reply.error_message = toAppError(thrown).message;
  }
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
    log.error("could not record arena usage", { error: thrown, sessionId, panel: job.panel });
  });
  emit({
    type: "panel-finish",
    panel: job.panel,
    reply: toReplyDto(context.session, reply) satisfies ArenaReplyDto,
  });
}
