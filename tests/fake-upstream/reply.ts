import { z } from "zod";
import type { FakeModel } from "./models";
import {
  argumentPieces,
  type PlannedToolCall,
  plannedToolCalls,
  toolFieldsSchema,
  toolMessageFields,
  toolResultsText,
} from "./tools";

/**
 * The deterministic answer to a chat completion request. Directives in the
 * last user message steer it:
 *   [[tokens:N]]   reply with exactly N tokens (a token is one word)
 *   [[delay:MS]]   stream one token every MS milliseconds (fractions allowed: 0.25 = 4,000/s)
 *   [[first:MS]]   wait MS milliseconds before the first token, as a real model thinks
 *   [[image:corrupt|none|refuse]]   image models: bad bytes, text only, or a refusal
 *   [[retry:S]]    fake/fault-429: the Retry-After it sends, in seconds (default 1)
 *   [[markdown]]   answer with a sample of Markdown: a heading, a table, code and math
 *   [[tool:NAME]]  call an offered tool instead of answering (see tools.ts)
 * The echo keeps the message's line breaks, so code and tables can be tried,
 * and says which of response_format, stop, seed and reasoning_effort it
 * received, so tests see them arrive.
 */

const partSchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
});
const messageSchema = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(partSchema)]).nullish(),
  ...toolMessageFields,
});
export const requestSchema = z.looseObject({
  model: z.string(),
  messages: z.array(messageSchema).min(1),
  stream: z.boolean().optional(),
  max_tokens: z.number().int().positive().optional(),
  modalities: z.array(z.string()).optional(),
  image_config: z.looseObject({ aspect_ratio: z.string().optional() }).optional(),
  ...toolFieldsSchema,
});
export type ChatRequest = z.infer<typeof requestSchema>;
type Message = z.infer<typeof messageSchema>;

export interface ReplyPlan {
  /** Text pieces in streaming order; joined they are the whole reply. */
  tokens: string[];
  /** Tool calls made instead of text. */
  toolCalls: PlannedToolCall[];
  finishReason: "stop" | "length" | "content_filter" | "tool_calls";
  delayMs: number;
  /** Time to first token. */
  firstTokenDelayMs: number;
  promptTokens: number;
  image: "none" | "png" | "corrupt";
  imageSize: { width: number; height: number };
}

/** Fields a real model would act on, which the fake only reports having received. */
const ECHOED_FIELDS = ["response_format", "stop", "seed", "reasoning_effort"] as const;

function echoedFields(request: ChatRequest): string {
  const received = Object.fromEntries(
    ECHOED_FIELDS.filter((field) => request[field] !== undefined).map((field) => [
      field,
      request[field],
    ]),
  );
  return Object.keys(received).length > 0 ? `[received:${JSON.stringify(received)}]` : "";
}

/** A tool call's tokens as the fake counts them: its name, then its argument pieces. */
export function toolCallTokens(calls: PlannedToolCall[]): number {
  return calls.reduce((sum, call) => sum + 1 + argumentPieces(call.arguments).length, 0);
}

const FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit".split(" ");
const DEFAULT_FILLER_WORDS = 8;
const REFUSAL = "I can't create that image.";
const MARKDOWN_SAMPLE = [
  "## A sample answer",
  "",
  "| model | speed |",
  "| --- | --- |",
  "| fake/echo | instant |",
  "| fake/slow | 20 ms a word |",
  "",
  "```ts",
  "const answer = 6 * 7;",
  "console.log(answer);",
  "```",
  "",
  "Inline math, $E = mc^2$, and a formula on its own:",
  "",
  "$$",
  "\\int_0^1 x^2 \\, dx = \\frac{1}{3}",
  "$$",
].join("\n");

function textOf(message: Message): string {
  if (typeof message.content === "string") return message.content;
  return (message.content ?? [])
    .map((part) => (part.type === "text" ? (part.text ?? "") : ""))
    .join(" ");
}

function countParts(message: Message | undefined, type: string): number {
  if (!message || !Array.isArray(message.content)) return 0;
  return message.content.filter((part) => part.type === type).length;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The words of `text`, each with the white space before it, so line breaks survive. */
function spacedWords(text: string): string[] {
  return text.trim().match(/\s*\S+/g) ?? [];
}

function directives(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/\[\[(\w+)(?::([^\]]*))?\]\]/g)) {
    found.set(match[1] ?? "", match[2] ?? "");
  }
  return found;
}

function imageSize(aspectRatio: string | undefined): { width: number; height: number } {
  const [w, h] = (aspectRatio ?? "1:1").split(":").map(Number);
  if (!w || !h || w <= 0 || h <= 0) return { width: 64, height: 64 };
  const longSide = 64;
  return w >= h
    ? { width: longSide, height: Math.max(1, Math.round((longSide * h) / w)) }
    : { width: Math.max(1, Math.round((longSide * w) / h)), height: longSide };
}

function toPieces(list: string[]): string[] {
  return list.map((word, index) => (index === 0 ? word : ` ${word}`));
}

/** The Retry-After fake/fault-429 answers with. */
export function retryAfterOf(request: ChatRequest): string {
  const lastUser = request.messages.findLast((message) => message.role === "user");
  return directives(lastUser ? textOf(lastUser) : "").get("retry") ?? "1";
}

/** The prompt's length in tokens as the fake counts them: one per word. */
export function promptTokensOf(request: ChatRequest): number {
  return Math.max(
    1,
    request.messages.reduce((sum, message) => sum + words(textOf(message)).length, 0),
  );
}

/** OpenRouter's refusal of a prompt that, with the reply's maximum, overflows the window; null when it fits. */
export function contextOverflow(model: FakeModel, request: ChatRequest): string | null {
  const input = promptTokensOf(request);
  const output = request.max_tokens ?? 0;
  if (input + output <= model.contextLength) return null;
  return `This endpoint's maximum context length is ${model.contextLength} tokens. However, you requested about ${input + output} tokens (${input} of text input, ${output} in the output). Please reduce the length of either one.`;
}

export function planReply(model: FakeModel, request: ChatRequest): ReplyPlan {
  const lastUser = request.messages.findLast((message) => message.role === "user");
  const userText = lastUser ? textOf(lastUser) : "";
  const options = directives(userText);
  const images = countParts(lastUser, "image_url");
  const files = countParts(lastUser, "file");
  const promptTokens = promptTokensOf(request);
  const delayMs = Math.max(0, Number(options.get("delay") ?? model.tokenDelayMs) || 0);
  const firstTokenDelayMs = Math.max(0, Number(options.get("first") ?? 0) || 0);
  const size = imageSize(request.image_config?.aspect_ratio);
  const imageDirective = options.get("image");

  const toolCalls = plannedToolCalls(request, userText);
  if (toolCalls.length > 0) {
    return {
      tokens: [],
      toolCalls,
      finishReason: "tool_calls",
      delayMs,
      firstTokenDelayMs,
      promptTokens,
      image: "none",
      imageSize: size,
    };
  }
  if (imageDirective === "refuse") {
    return {
      tokens: toPieces(words(REFUSAL)),
      toolCalls: [],
      finishReason: "content_filter",
      delayMs,
      firstTokenDelayMs,
      promptTokens,
      image: "none",
      imageSize: size,
    };
  }

  const said = options.has("markdown")
    ? MARKDOWN_SAMPLE
    : [
        `Echo: ${userText.replace(/\[\[\w+(?::[^\]]*)?\]\]/g, " ").trim()}`,
        toolResultsText(request),
        echoedFields(request),
      ]
        .filter(Boolean)
        .join(" ");
  const head = spacedWords(said);
  if (images > 0) head.push(` [images:${images}]`);
  if (files > 0) head.push(` [files:${files}]`);
  const requested = Number(options.get("tokens"));
  const filler = options.has("markdown") ? 0 : DEFAULT_FILLER_WORDS;
  const length = Number.isInteger(requested) && requested > 0 ? requested : head.length + filler;
  const all = Array.from(
    { length },
    (_, index) => head[index] ?? ` ${FILLER[(index - head.length) % FILLER.length] ?? ""}`,
  );
  const limit = request.max_tokens ?? Number.POSITIVE_INFINITY;
  const wantsImage = model.output.includes("image") && request.modalities?.includes("image");
  return {
    tokens: all.slice(0, limit),
    toolCalls: [],
    finishReason: all.length > limit ? "length" : "stop",
    delayMs,
    firstTokenDelayMs,
    promptTokens,
    image:
      !wantsImage || imageDirective === "none"
        ? "none"
        : imageDirective === "corrupt"
          ? "corrupt"
          : "png",
    imageSize: size,
  };
}

/** USD for a reply at the model's prices, as OpenRouter reports it in `usage.cost`. */
export function costOf(model: FakeModel, plan: ReplyPlan, completionTokens: number): number {
  const images = plan.image === "none" ? 0 : 1;
  const cost =
    plan.promptTokens * Number(model.pricing.prompt) +
    completionTokens * Number(model.pricing.completion) +
    images * Number(model.pricing.image ?? 0);
  // Rounded like OpenRouter's figures, so tests compare against a stable number.
  return Number(cost.toFixed(10));
}
