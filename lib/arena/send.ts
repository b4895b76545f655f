import { randomUUID } from "node:crypto";
import type { ModelMessage } from "ai";
import { Types } from "mongoose";
import type { ArenaStreamEvent } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import { fitToContextWindow } from "@/lib/chat/context-window";
import { releaseTokens } from "@/lib/chat/reply";
import { provisionalTitle } from "@/lib/chat/title";
import {
  estimatePromptTokens,
  reserveTokens,
  type TokenReservation,
} from "@/lib/chat/token-budget";
import { findUsableConfig } from "@/lib/configs/access";
import { chatParameters } from "@/lib/configs/chat-parameters";
import { env } from "@/lib/env";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { findModel } from "@/lib/llm/catalogue";
import { log } from "@/lib/log";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { publishEvent } from "@/lib/realtime/events";
import { openLive } from "@/lib/realtime/live-stream";
import { holdShutdownFor } from "@/lib/server/drain";
import { parseInput } from "@/lib/validation";
import { ArenaMessage, type ArenaMessageDoc } from "@/models/arena-message";
import { type ArenaPanel, ArenaSession, type ArenaSessionDoc } from "@/models/arena-session";
import { findOwnedSession } from "./access";
import { answerPanel, type PanelJob } from "./panel-reply";
import { sendArenaSchema } from "./schemas";
import { joinPanelDeltas, turnOfRepeat, turnStreamKey } from "./turn-stream";

const DEFAULT_TITLE = "New arena";

/**
 * Sends one prompt to every panel and streams all the answers at once on
 * one connection. As in chat: validate, authorise, check the rate and token
 * limits for every panel, save the prompt, then call the models. Each panel
 * runs to its end on the server whatever the browser does, and is saved.
 */
export async function sendArenaPrompt(
  actor: SessionUser,
  sessionId: string,
  raw: unknown,
): Promise<ReadableStream<ArenaStreamEvent>> {
  const input = parseInput(sendArenaSchema, raw);
  const session = await findOwnedSession(actor, sessionId);
  // Sent before: answered once, as in chat, so no limit counts it and nothing is billed again.
  const repeated = input.clientId ? await findSentTurn(session, input.clientId) : null;
  if (repeated) return turnOfRepeat(session, repeated);
  // Each panel is a model call, and counts as one.
  for (const _panel of session.panels) await enforceRateLimit("model", [`user:${actor.id}`]);

  const history = await ArenaMessage.find({ session_id: session._id, user_id: actor.id })
    .sort({ created_at: 1, _id: 1 })
    .lean();
  const plans = await Promise.all(
    session.panels.map((panel, index) => planPanel(actor, panel, index, history, input.content)),
  );

  const reservations: TokenReservation[] = [];
  try {
    for (const plan of plans) {
      reservations.push(
        await reserveTokens(actor.id, {
          promptTokens: plan.promptTokensEstimate,
          maxOutputTokens: plan.parameters.maxTokens ?? plan.model?.maxOutputTokens,
          model: plan.model,
        }),
      );
    }
    const turn = await saveTurn(actor, session, input);
    if (!turn.inserted) {
      // The same prompt arrived twice at once and the other request stored it.
      await Promise.all(reservations.map(releaseTokens));
      return turnOfRepeat(session, turn.message);
    }
    const jobs: PanelJob[] = plans.map((plan, index) => ({
      ...plan,
      assistantId: new Types.ObjectId(),
      reservation: reservations[index] as TokenReservation,
    }));
    return startTurn(actor, session, turn.message, jobs);
  } catch (error) {
    await Promise.all(reservations.map(releaseTokens));
    throw error;
  }
}

type PanelPlan = Omit<PanelJob, "assistantId" | "reservation">;

/** What one panel's model reads: the session so far as that panel lived it, then the prompt. */
async function planPanel(
  actor: SessionUser,
  panel: ArenaPanel,
  index: number,
  history: ArenaMessageDoc[],
  content: string,
): Promise<PanelPlan> {
  // A config deleted or unshared since answers as its model, without its prompt.
  const config = panel.config_id
    ? await findUsableConfig(actor, panel.config_id.toString()).catch((error: unknown) => {
        if (error instanceof AppError && error.status === 404) return null;
        throw error;
      })
    : null;
  const model = await findModel(panel.model_id).catch((error: unknown) => {
    log.warn("model list unavailable, sending without checking the model", { error });
    return null;
  });

  const replies = new Map<string, ArenaMessageDoc>();
  for (const message of history) {
    if (message.role === "assistant" && message.panel === index && message.parent_id) {
      replies.set(message.parent_id.toString(), message);
    }
  }
  const messages: ModelMessage[] = [];
  for (const message of history) {
    if (message.role !== "user") continue;
    messages.push({ role: "user", content: message.content });
    const reply = replies.get(message._id.toString());
    if (reply && !reply.is_error && reply.status !== "streaming" && reply.content) {
      messages.push({ role: "assistant", content: reply.content });
    }
  }
  messages.push({ role: "user", content });

  const system = config?.system_prompt || undefined;
  const parameters = chatParameters(config);
  // Each panel's own history is fitted to its own model's window.
  const fitted = fitToContextWindow(system, messages, model ?? null, parameters.maxTokens);
  return {
    panel: index,
    modelId: panel.model_id,
    model: model ?? null,
    configId: panel.config_id,
    system,
    parameters,
    messages: fitted.messages,
    contextDropped: fitted.dropped,
    promptTokensEstimate: estimatePromptTokens(system, fitted.messages),
  };
}

/** The prompt this session already holds under `clientId`, if any. */
function findSentTurn(session: ArenaSessionDoc, clientId: string) {
  return ArenaMessage.findOne({
    session_id: session._id,
    user_id: session.user_id,
    client_id: clientId,
    role: "user",
  }).lean();
}

/** Stores the prompt once: the same clientId again finds the prompt stored before. */
async function saveTurn(
  actor: SessionUser,
  session: ArenaSessionDoc,
  input: { content: string; clientId?: string },
): Promise<{ message: ArenaMessageDoc; inserted: boolean }> {
  const clientId = input.clientId ?? randomUUID();
  try {
    const turn = await ArenaMessage.create({
      session_id: session._id,
      user_id: actor.id,
      role: "user",
      client_id: clientId,
      content: input.content,
    });
    await ArenaSession.updateOne(
      { _id: session._id, user_id: actor.id },
      {
        $inc: { message_count: 1 },
        ...(session.message_count === 0 && session.title === DEFAULT_TITLE
          ? { $set: { title: provisionalTitle(input.content) } }
          : {}),
      },
    );
    return { message: turn.toObject(), inserted: true };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const existing = await findSentTurn(session, clientId);
    if (!existing) throw AppError.conflict("This prompt id is already used by another message.");
    return { message: existing, inserted: false };
  }
}

/**
 * Starts every panel at once; the stream ends when the last one is saved.
 * It is live: a reload or another device can replay and follow it.
 */
function startTurn(
  actor: SessionUser,
  session: ArenaSessionDoc,
  turn: ArenaMessageDoc,
  jobs: PanelJob[],
): ReadableStream<ArenaStreamEvent> {
  const live = openLive<ArenaStreamEvent>(turnStreamKey(turn._id.toString()), joinPanelDeltas);
  live.write({ type: "turn", turnId: turn._id.toString() });
  const context = {
    session,
    userId: actor.id,
    turnId: turn._id,
    idleTimeoutMs: env().LLM_IDLE_TIMEOUT_MS,
  };
  const emit = (event: ArenaStreamEvent) => live.write(event);
  void holdShutdownFor(
    Promise.all(jobs.map((job) => answerPanel(context, job, emit))).finally(() => {
      live.end();
      void publishEvent(actor.id, "arena.finished", { sessionId: session._id.toString() });
    }),
  );
  return live.read();
}
