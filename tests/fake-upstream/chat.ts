import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { FakeModel } from "./models";
import { corruptImageDataUrl, gradientPng } from "./png";
import {
  type ChatRequest,
  contextOverflow,
  costOf,
  planReply,
  type ReplyPlan,
  retryAfterOf,
  toolCallTokens,
} from "./reply";
import { argumentPieces } from "./tools";

/** Callbacks the server gives each chat completion so the recorded call gets its timestamps. */
export interface Exchange {
  res: ServerResponse;
  /** Called when the first real content (not a keep-alive comment) is written. */
  onFirstByte(): void;
}

const KEEP_ALIVE = ": OPENROUTER PROCESSING\n\n";
const KEEP_ALIVE_INTERVAL_MS = 500;
const PROVIDER_ERROR = { code: 502, message: "Provider returned error" };

export function errorBody(status: number, message: string, type: string) {
  return { error: { message, type, param: null, code: status } };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** Answers one `POST /chat/completions` as the model's behaviour dictates. */
export async function answerChat(model: FakeModel, request: ChatRequest, exchange: Exchange) {
  const { res } = exchange;
  switch (model.behaviour) {
    case "fault-429":
      exchange.onFirstByte();
      return sendJson(
        res,
        429,
        errorBody(
          429,
          `Rate limit exceeded for ${model.id}. Retry shortly.`,
          "rate_limit_exceeded",
        ),
        { "retry-after": retryAfterOf(request) },
      );
    case "fault-500":
      exchange.onFirstByte();
      return sendJson(res, 500, errorBody(500, "Internal Server Error", "server_error"));
    case "hang":
      return hang(request.stream === true, res);
  }
  const overflow = contextOverflow(model, request);
  if (overflow) {
    exchange.onFirstByte();
    return sendJson(res, 400, errorBody(400, overflow, "invalid_request_error"));
  }
  const plan = planReply(model, request);
  if (request.stream) return stream(model, plan, exchange);
  // A whole answer comes after the model's thinking time, as an image model's does.
  if (plan.firstTokenDelayMs > 0) await sleep(plan.firstTokenDelayMs);
  return complete(model, plan, exchange);
}

function meta(model: FakeModel) {
  return {
    id: `gen-${randomBytes(8).toString("hex")}`,
    provider: "Fake",
    model: model.id,
    created: Math.floor(Date.now() / 1000),
  };
}

function usageOf(model: FakeModel, plan: ReplyPlan) {
  const completionTokens = plan.tokens.length + toolCallTokens(plan.toolCalls);
  return {
    prompt_tokens: plan.promptTokens,
    completion_tokens: completionTokens,
    total_tokens: plan.promptTokens + completionTokens,
    cost: costOf(model, plan, completionTokens),
    is_byok: false,
    prompt_tokens_details: { cached_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
}

function imagesOf(plan: ReplyPlan) {
  if (plan.image === "none") return undefined;
  const url =
    plan.image === "corrupt"
      ? corruptImageDataUrl()
      : `data:image/png;base64,${gradientPng(plan.imageSize.width, plan.imageSize.height).toString("base64")}`;
  return [{ type: "image_url", index: 0, image_url: { url } }];
}

function hang(streaming: boolean, res: ServerResponse) {
  res.writeHead(200, {
    "content-type": streaming ? "text/event-stream" : "application/json",
    "cache-control": "no-cache",
  });
  // OpenRouter keeps a stalled stream open with comments; nothing else ever comes.
  if (!streaming) return;
  res.write(KEEP_ALIVE);
  const timer = setInterval(() => res.write(KEEP_ALIVE), KEEP_ALIVE_INTERVAL_MS);
  res.on("close", () => clearInterval(timer));
}

function complete(model: FakeModel, plan: ReplyPlan, exchange: Exchange) {
  const { res } = exchange;
  exchange.onFirstByte();
  if (model.behaviour === "error-after-200") {
    return sendJson(res, 200, { error: PROVIDER_ERROR, user_id: "fake-user" });
  }
  const body = JSON.stringify({
    ...meta(model),
    object: "chat.completion",
    choices: [
      {
        index: 0,
        logprobs: null,
        finish_reason: model.behaviour === "no-finish" ? null : plan.finishReason,
        native_finish_reason: model.behaviour === "no-finish" ? null : plan.finishReason,
        message: {
          role: "assistant",
          content: plan.toolCalls.length > 0 ? null : plan.tokens.join(""),
          refusal: null,
          ...(plan.toolCalls.length > 0
            ? {
                tool_calls: plan.toolCalls.map((call) => ({
                  id: call.id,
                  type: "function",
                  function: { name: call.name, arguments: call.arguments },
                })),
              }
            : {}),
          reasoning: null,
          images: imagesOf(plan),
        },
      },
    ],
    usage: usageOf(model, plan),
  });
  res.writeHead(200, { "content-type": "application/json" });
  if (model.behaviour === "cut") {
    res.write(body.slice(0, Math.floor(body.length / 2)), () => res.destroy());
    return;
  }
  res.end(body);
}

async function stream(model: FakeModel, plan: ReplyPlan, exchange: Exchange) {
  const { res } = exchange;
  let gone = false;
  res.on("close", () => {
    gone = true;
  });
  const base = { ...meta(model), object: "chat.completion.chunk" };
  const send = async (text: string) => {
    if (gone) return false;
    if (!res.write(text)) await new Promise((resolve) => res.once("drain", resolve));
    return !gone;
  };
  const data = (value: unknown) => send(`data: ${JSON.stringify(value)}\n\n`);
  const choice = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
    ...base,
    choices: [
      {
        index: 0,
        delta: { role: "assistant", ...delta },
        finish_reason: finishReason,
        native_finish_reason: finishReason,
        logprobs: null,
      },
    ],
  });

  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    "x-generation-id": base.id,
  });
  if (!(await send(KEEP_ALIVE + KEEP_ALIVE))) return;

  if (plan.firstTokenDelayMs > 0) await sleep(plan.firstTokenDelayMs);
  const startedAt = performance.now();
  // Faults strike halfway: after at least one token, even for a one-token reply.
  const faultAt = Math.max(1, Math.floor(plan.tokens.length / 2));
  for (let index = 0; index <= plan.tokens.length; index++) {
    if (index === faultAt && model.behaviour === "cut") {
      // Flushed first, so the client holds the first half when the socket dies.
      res.write("", () => res.destroy());
      return;
    }
    if (index === faultAt && model.behaviour === "error-after-200") {
      await data({ ...choice({ content: "" }, "error"), error: PROVIDER_ERROR });
      res.end();
      return;
    }
    const token = plan.tokens[index];
    if (token === undefined) break;
    // Paced by due time, not by sleeping per token: fractional delays (0.2 ms is
    // 5,000 tokens/s) work and timer overshoot does not accumulate.
    const wait = startedAt + (index + 1) * plan.delayMs - performance.now();
    if (plan.delayMs > 0 && wait >= 1) await sleep(wait);
    if (index === 0) exchange.onFirstByte();
    if (!(await data(choice({ content: token })))) return;
  }
  for (const [index, call] of plan.toolCalls.entries()) {
    const opening = {
      index,
      id: call.id,
      type: "function",
      function: { name: call.name, arguments: "" },
    };
    if (!(await data(choice({ content: "", tool_calls: [opening] })))) return;
    for (const piece of argumentPieces(call.arguments)) {
      if (!(await data(choice({ tool_calls: [{ index, function: { arguments: piece } }] }))))
        return;
    }
  }
  const images = imagesOf(plan);
  if (images && !(await data(choice({ content: "", images })))) return;
  if (model.behaviour !== "no-finish") {
    if (!(await data(choice({ content: "" }, plan.finishReason)))) return;
    await data({ ...base, choices: [], usage: usageOf(model, plan) });
  }
  if (await send("data: [DONE]\n\n")) res.end();
}
