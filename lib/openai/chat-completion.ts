import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { markInterrupted } from "@/lib/chat/answer-record";
import { collectRun, type ModelRun, type RunOutcome, startRun } from "@/lib/chat/model-run";
import { releaseTokens } from "@/lib/chat/reply";
import { reserveTokens, type TokenReservation } from "@/lib/chat/token-budget";
import { saveDurably } from "@/lib/db/durable-save";
import { env } from "@/lib/env";
import type { ChatEvent } from "@/lib/llm/stream-chat";
import { log } from "@/lib/log";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { holdShutdownFor, shutdownSignal } from "@/lib/server/drain";
import { HeldCall } from "@/lib/usage/held-call";
import { recordUsage, usageCost } from "@/lib/usage/record";
import { parseInput } from "@/lib/validation";
import { type CompletionClaim, claimCompletion } from "./completion-claim";
import { toOpenAiBody } from "./errors";
import { forwardedFields } from "./forwarded";
import { buildPrompt, type Prompt } from "./prompt";
import { type ApiMessage, readMessages } from "./read-messages";
import { type ApiModel, resolveApiModel } from "./resolve-model";
import { type ChatCompletionRequest, chatCompletionRequestSchema } from "./schemas";
import {
  type CompletionBody,
  type CompletionHeader,
  chunk,
  chunksOf,
  completionBody,
  openAiFinishReason,
  toolCallChunk,
  usageChunk,
  usageOf,
} from "./shapes";
import { storeExchange } from "./store-exchange";

export interface CompletionOptions {
  /** Save the exchange as a conversation even without `store: true` (the header). */
  store: boolean;
  /** The request's signal: a caller that leaves stops the model, and what it used is billed. */
  signal: AbortSignal;
  /** The request's Idempotency-Key: the same key again gets this call's completion. */
  idempotencyKey?: string;
}

export type CompletionResult =
  | { stream: false; conversationId: string | null; body: CompletionBody }
  | { stream: true; conversationId: string | null; events: ReadableStream<unknown> };

interface Call {
  actor: SessionUser;
  request: ChatCompletionRequest;
  /** The request's messages with their images decoded, for storing. */
  messages: ApiMessage[];
  resolved: ApiModel;
  run: ModelRun;
  reservation: TokenReservation;
  /** The reservation's lease while the call runs. */
  held: HeldCall;
  header: CompletionHeader;
  conversationId: Types.ObjectId | null;
  startedAt: number;
  claim: Extract<CompletionClaim, { kind: "claimed" }> | null;
}

/**
 * An OpenAI-style chat completion with the same admission as the chat: the
 * model must exist and take the images sent (checked from their bytes),
 * then the rate limit, then the token limit and monthly budget, all before
 * anything goes upstream. A call the provider refuses outright is an
 * ordinary error; after the first token a failure ends the stream with an
 * error event. Usage is recorded once, however it ends.
 */
export async function createChatCompletion(
  actor: SessionUser,
  raw: unknown,
  options: CompletionOptions,
): Promise<CompletionResult> {
  const request = parseInput(chatCompletionRequestSchema, raw);
  const resolved = await resolveApiModel(actor, request);
  const providerFields = forwardedFields(request, resolved.model);
  const messages = await readMessages(request.messages, resolved.model);
  const prompt = buildPrompt(resolved.system, messages);
  const claim = options.idempotencyKey
    ? await claimCompletion(actor.id, options.idempotencyKey)
    : null;
  if (claim?.kind === "done") {
    const body = claim.completion as CompletionBody;
    return request.stream
      ? {
          stream: true,
          conversationId: claim.conversationId,
          events: streamOf(chunksOf(body, request.stream_options?.include_usage === true)),
        }
      : { stream: false, conversationId: claim.conversationId, body };
  }
  try {
    return await complete(
      actor,
      request,
      { messages, resolved, prompt, providerFields },
      options,
      claim,
    );
  } catch (error) {
    await claim?.release();
    throw error;
  }
}

/** What the request asks of the model, read and checked. */
interface Asked {
  messages: ApiMessage[];
  resolved: ApiModel;
  prompt: Prompt;
  providerFields: ModelRun["providerFields"];
}

/** The call itself, once it is known to be asked for the first time. */
async function complete(
  actor: SessionUser,
  request: ChatCompletionRequest,
  { messages, resolved, prompt, providerFields }: Asked,
  options: CompletionOptions,
  claim: Call["claim"],
): Promise<CompletionResult> {
  await enforceRateLimit("model", [`user:${actor.id}`]);
  const reservation = await reserveTokens(actor.id, {
    promptTokens: prompt.promptTokensEstimate,
    maxOutputTokens: resolved.parameters.maxTokens ?? resolved.model.maxOutputTokens,
    model: resolved.model,
  });
  const held = await HeldCall.open(
    "api",
    resolved.model.id,
    reservation,
    prompt.promptTokensEstimate,
  ).catch(async (error: unknown) => {
    await releaseTokens(reservation);
    throw error;
  });

  const call: Call = {
    actor,
    request,
    messages,
    resolved,
    reservation,
    held,
    run: {
      kind: "api",
      modelId: resolved.model.id,
      system: prompt.system,
      messages: prompt.messages,
      parameters: resolved.parameters,
      // A call that may be asked for again runs to its end, so the repeat gets all of
      // it; a shutdown's end interrupts it as it does any answer.
      signal: AbortSignal.any([
        claim ? new AbortController().signal : options.signal,
        shutdownSignal(),
      ]),
      idleTimeoutMs: env().LLM_IDLE_TIMEOUT_MS,
      promptTokensEstimate: prompt.promptTokensEstimate,
      providerFields,
    },
    header: {
      id: `chatcmpl-${randomUUID().replaceAll("-", "")}`,
      created: Math.floor(Date.now() / 1000),
      model: request.model,
    },
    conversationId: request.store || options.store ? new Types.ObjectId() : null,
    startedAt: Date.now(),
    claim,
  };

  const rest = await startRun(call.run, call.startedAt, (refused) => settle(call, refused));
  const conversationId = call.conversationId?.toString() ?? null;

  if (!request.stream) {
    const { outcome, costUsd } = await holdShutdownFor(
      collectRun(rest, call.run, () => {}, call.startedAt).then(async (ran) => {
        const outcome = markInterrupted(ran, options.signal.aborted);
        return { outcome, costUsd: await settle(call, outcome) };
      }),
    );
    if (outcome.error) throw outcome.error;
    return { stream: false, conversationId, body: completionBody(call.header, outcome, costUsd) };
  }
  return { stream: true, conversationId, events: streamChunks(call, rest, options.signal) };
}

function streamChunks(
  call: Call,
  events: AsyncIterable<ChatEvent>,
  callerSignal: AbortSignal,
): ReadableStream<unknown> {
  const { header } = call;
  return new ReadableStream<unknown>({
    start(controller) {
      // Once the caller has left the stream is closed to us; the model stops
      // through the request's signal and the usage is recorded all the same.
      const send = (event: unknown) => {
        try {
          controller.enqueue(event);
        } catch {}
      };
      send(chunk(header, { role: "assistant", content: "" }));
      void holdShutdownFor(
        collectRun(
          events,
          call.run,
          (delta) => send(chunk(header, { content: delta })),
          call.startedAt,
          (event) => send(toolCallChunk(header, event)),
        ).then(async (ran) => {
          const outcome = markInterrupted(ran, callerSignal.aborted);
          const costUsd = await settle(call, outcome);
          if (outcome.error) {
            send(toOpenAiBody(outcome.error));
          } else {
            send(chunk(header, {}, openAiFinishReason(outcome.finishReason)));
            if (call.request.stream_options?.include_usage) {
              send(usageChunk(header, usageOf(outcome, costUsd)));
            }
          }
          try {
            controller.close();
          } catch {}
        }),
      );
    },
  });
}

/**
 * Bills the call as API use and, when asked, saves the exchange; kept until
 * the database is back if it is away, and a failure to save is logged.
 */
async function settle(call: Call, outcome: RunOutcome): Promise<number> {
  const { actor, resolved, reservation, conversationId } = call;
  const stored = conversationId !== null && !outcome.error;
  const usage = {
    kind: "api" as const,
    modelId: resolved.model.id,
    model: resolved.model,
    reservation,
    promptTokens: outcome.promptTokens,
    completionTokens: outcome.completionTokens,
    costUsd: outcome.costUsd,
    newUserMessage: true,
    conversationId: stored ? (conversationId ?? undefined) : undefined,
  };
  const costUsd = usageCost(usage);
  const ids = {
    userId: actor.id,
    callId: call.held.id,
    ...(conversationId ? { conversationId: String(conversationId) } : {}),
  };
  try {
    await saveDurably("API exchange", ids, async (write) => {
      if (!(await call.held.close(write))) return;
      await recordUsage(usage, write);
      if (!stored || !conversationId) return;
      await storeExchange(
        actor,
        {
          conversationId,
          modelId: resolved.model.id,
          configId: resolved.config?._id ?? null,
          messages: call.messages,
          answer: outcome.text,
          toolCalls: outcome.toolCalls ?? [],
          metadata: {
            model_id: resolved.model.id,
            tokens: { prompt: outcome.promptTokens, completion: outcome.completionTokens },
            generation_time_ms: outcome.generationTimeMs,
            first_token_ms: outcome.firstTokenMs,
            finish_reason: outcome.finishReason,
            cost_usd: costUsd,
          },
        },
        write,
      );
    });
  } catch (thrown) {
    log.error("could not record API usage", { error: thrown, userId: actor.id });
  }
  await answerOnce(call, outcome, costUsd, stored);
  return costUsd;
}

/** Keeps the completion for a repeat of this call's key; a failed call's key is let go. */
async function answerOnce(call: Call, outcome: RunOutcome, costUsd: number, stored: boolean) {
  const { claim } = call;
  if (!claim) return;
  try {
    if (outcome.error) await claim.release();
    else
      await claim.finish(
        completionBody(call.header, outcome, costUsd),
        stored ? (call.conversationId?.toString() ?? null) : null,
      );
  } catch (thrown) {
    log.error("could not keep an API completion for its key", { error: thrown });
  }
}

function streamOf(events: unknown[]): ReadableStream<unknown> {
  return new ReadableStream<unknown>({
    start(controller) {
      for (const event of events) controller.enqueue(event);
      controller.close();
    },
  });
}
