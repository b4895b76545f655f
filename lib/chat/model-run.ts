import type { JSONValue, ModelMessage } from "ai";
import { estimateTokens } from "@/lib/chat/shared/estimate";
import { type AppError, toAppError } from "@/lib/errors";
import { type ChatEvent, type ChatParameters, streamChat } from "@/lib/llm/stream-chat";
import type { StreamKind } from "@/lib/observability/activity";

export interface ModelRun {
  /** What the answer is for: a chat answer, an arena panel or an API completion. */
  kind: StreamKind;
  modelId: string;
  system: string | undefined;
  messages: ModelMessage[];
  parameters: ChatParameters;
  idleTimeoutMs: number;
  /** Used when the provider reports no usage (a stopped or failed call). */
  promptTokensEstimate: number;
  /** Aborted by Stop: the run then ends with finish reason "stopped". */
  signal: AbortSignal;
  /** Request fields passed to the provider as they are (an API call's tools, stop, seed, …). */
  providerFields?: Record<string, JSONValue>;
}

/** A call the model made to a tool it was offered; `arguments` is the JSON text it wrote. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** A tool-call event, with the call's place among the answer's calls. */
export type ToolCallEvent = Extract<ChatEvent, { type: "tool-call" | "tool-arguments" }> & {
  index: number;
};

export interface RunOutcome {
  text: string;
  finishReason: string;
  promptTokens: number;
  completionTokens: number;
  /** What the upstream billed; null when it did not say. */
  costUsd: number | null;
  generationTimeMs: number;
  /** null when no text came. */
  firstTokenMs: number | null;
  /** The calls the model made, in order; only a call that offered tools gets any. */
  toolCalls?: ToolCall[];
  error: AppError | null;
}

/**
 * Reads one model call to its end, handing each piece of text to `onText`,
 * and sums it up. It never throws: a failure is part of the outcome, with
 * whatever text came before it.
 */
export function runModel(run: ModelRun, onText: (delta: string) => void): Promise<RunOutcome> {
  return collectRun(callModel(run), run, onText);
}

/**
 * Starts the call and waits for its first event: a call the provider
 * refuses outright is an ordinary error, thrown once `refused` has settled
 * what it cost, not a stream that fails. Otherwise the call's events, the
 * first one included, for collectRun.
 */
export async function startRun(
  run: ModelRun,
  startedAt: number,
  refused: (outcome: RunOutcome) => Promise<unknown>,
): Promise<AsyncIterable<ChatEvent>> {
  const events = callModel(run);
  const first = await events.next();
  if (first.done) return events;
  if (first.value.type === "error") {
    await refused(await collectRun([first.value], run, () => {}, startedAt));
    throw first.value.error;
  }
  return prepend(first.value, events);
}

async function* prepend(
  head: ChatEvent,
  rest: AsyncIterable<ChatEvent>,
): AsyncGenerator<ChatEvent, void, undefined> {
  yield head;
  yield* rest;
}

function callModel(run: ModelRun): AsyncGenerator<ChatEvent, void, undefined> {
  return streamChat({
    kind: run.kind,
    modelId: run.modelId,
    system: run.system,
    messages: run.messages,
    parameters: run.parameters,
    signal: run.signal,
    idleTimeoutMs: run.idleTimeoutMs,
    providerFields: run.providerFields,
  });
}

/** Reads a started call's events to the end (see runModel); tool calls, if any, go to `onToolCall`. */
export async function collectRun(
  events: AsyncIterable<ChatEvent> | Iterable<ChatEvent>,
  run: Pick<ModelRun, "promptTokensEstimate">,
  onText: (delta: string) => void,
  startedAt = Date.now(),
  onToolCall: (event: ToolCallEvent) => void = () => {},
): Promise<RunOutcome> {
  let text = "";
  let firstTokenMs: number | null = null;
  let finish: Extract<ChatEvent, { type: "finish" }> | null = null;
  let error: AppError | null = null;
  const toolCalls: ToolCall[] = [];
  try {
    for await (const event of events) {
      if (event.type === "text") {
        firstTokenMs ??= Date.now() - startedAt;
        text += event.delta;
        onText(event.delta);
      } else if (event.type === "tool-call") {
        firstTokenMs ??= Date.now() - startedAt;
        toolCalls.push({ id: event.id, name: event.name, arguments: "" });
        onToolCall({ ...event, index: toolCalls.length - 1 });
      } else if (event.type === "tool-arguments") {
        const index = toolCalls.findIndex((call) => call.id === event.id);
        const call = toolCalls[index];
        if (!call) continue;
        call.arguments += event.delta;
        onToolCall({ ...event, index });
      } else if (event.type === "finish") {
        finish = event;
      } else {
        error = event.error;
      }
    }
  } catch (thrown) {
    error = toAppError(thrown);
  }

  // The provider's own usage is what it billed. Without it, a call it refused
  // or that failed before any text (a 429, a 500, a timeout) cost nothing;
  // a stopped call or one cut off after some text is estimated, as the
  // provider bills what it read and wrote.
  const reported = (finish?.promptTokens ?? 0) + (finish?.completionTokens ?? 0) > 0;
  const unbilled = !reported && error !== null && text === "" && toolCalls.length === 0;
  return {
    text,
    finishReason: error ? "error" : (finish?.finishReason ?? "error"),
    promptTokens: reported ? (finish?.promptTokens ?? 0) : unbilled ? 0 : run.promptTokensEstimate,
    completionTokens: reported
      ? (finish?.completionTokens ?? 0)
      : estimateTokens(text + toolCalls.map((call) => call.arguments).join("")),
    costUsd: unbilled ? 0 : (finish?.costUsd ?? null),
    generationTimeMs: Date.now() - startedAt,
    firstTokenMs,
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
    error,
  };
}
