import { z } from "zod";
import { MAX_FILES_PER_MESSAGE } from "@/lib/files/limits";
import { modelIdSchema } from "@/lib/validation";
import { MAX_IMAGE_BYTES, readImageUrl } from "./image-url";
import {
  reasoningEffortSchema,
  responseFormatSchema,
  stopSchema,
  toolCallSchema,
  toolChoiceSchema,
  toolsSchema,
} from "./tool-schemas";

const MAX_MESSAGES = 200;
const MAX_TEXT = 200_000;

const textPartSchema = z.object({ type: z.literal("text"), text: z.string().max(MAX_TEXT) });

const imageUrlSchema = z
  .string("must be text")
  .superRefine((url, ctx) => {
    const read = readImageUrl(url);
    if ("problem" in read) ctx.addIssue({ code: "custom", message: read.problem });
  })
  .describe(
    `A base64 data: URL of a PNG, JPEG, WebP or GIF image (at most ${MAX_IMAGE_BYTES / (1024 * 1024)} MB), or an https: URL the model provider fetches.`,
  );

const imagePartSchema = z.object({
  type: z.literal("image_url"),
  image_url: z.object({
    url: imageUrlSchema,
    /** Accepted for compatibility; the provider chooses the detail. */
    detail: z.enum(["auto", "low", "high"], "must be auto, low or high").nullish(),
  }),
});

const partSchema = z.discriminatedUnion(
  "type",
  [textPartSchema, imagePartSchema],
  "must be a text or image_url part",
);

/** Plain text, or OpenAI's array of parts: text, and images in user messages. */
const contentSchema = z.union(
  [z.string().max(MAX_TEXT), z.array(partSchema).max(100)],
  "must be text or an array of text and image_url parts",
);

const messageSchema = z
  .object({
    role: z.enum(
      ["system", "developer", "user", "assistant", "tool"],
      "must be system, developer, user, assistant or tool",
    ),
    // Null only for an answer that called tools instead of writing.
    content: contentSchema.nullish(),
    name: z.string().max(100).optional(),
    tool_calls: z.array(toolCallSchema).max(128).nullish(),
    tool_call_id: z.string("must be text").min(1).max(200).nullish(),
  })
  .superRefine((message, ctx) => {
    const issue = (path: (string | number)[], text: string) =>
      ctx.addIssue({ code: "custom", path, message: text });
    if (message.role !== "assistant" && message.tool_calls) {
      issue(["tool_calls"], "only assistant messages can carry tool calls");
    }
    if (message.role === "tool" && !message.tool_call_id) {
      issue(["tool_call_id"], "must name the tool call this message answers");
    }
    if (message.content == null) {
      if (!(message.role === "assistant" && message.tool_calls?.length)) {
        issue(["content"], "must be text, or null only in an answer with tool calls");
      }
      return;
    }
    if (typeof message.content === "string") return;
    const images = message.content.flatMap((part, index) =>
      part.type === "image_url" ? [index] : [],
    );
    // As OpenAI: a system prompt, an earlier answer or a tool's result cannot carry an image.
    if (message.role !== "user") {
      for (const index of images) issue(["content", index], "only user messages can carry images");
    } else if (images.length > MAX_FILES_PER_MESSAGE) {
      issue(["content"], `must hold at most ${MAX_FILES_PER_MESSAGE} images, as a chat message`);
    }
  });

/**
 * OpenAI's chat completion request, the part we honour. Unlike our own
 * routes, unknown fields are ignored rather than refused: SDKs and tools
 * built on them send fields (user, metadata, …) that do not change the
 * answer, and must work unchanged. Fields that do change it are either
 * honoured here or forwarded to the provider, never dropped.
 */
export const chatCompletionRequestSchema = z.object({
  model: modelIdSchema,
  messages: z
    .array(messageSchema)
    .min(1, "must hold at least one message")
    .max(MAX_MESSAGES, `must hold at most ${MAX_MESSAGES} messages`),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  frequency_penalty: z.number().min(-2).max(2).nullish(),
  presence_penalty: z.number().min(-2).max(2).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  n: z.literal(1, "only 1 choice is supported").nullish(),
  /** Save the exchange as a conversation (also `X-Uni-Chat-Store: true`). */
  store: z.boolean().nullish(),
  // Passed to the provider as they are (see forwarded.ts).
  tools: toolsSchema.nullish(),
  tool_choice: toolChoiceSchema.nullish(),
  parallel_tool_calls: z.boolean("must be true or false").nullish(),
  response_format: responseFormatSchema.nullish(),
  stop: stopSchema.nullish(),
  seed: z.number("must be a whole number").int("must be a whole number").nullish(),
  reasoning_effort: reasoningEffortSchema.nullish(),
});

export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;
export type ChatCompletionMessage = ChatCompletionRequest["messages"][number];
export type ChatCompletionPart = Exclude<
  ChatCompletionMessage["content"],
  string | null | undefined
>[number];

const MAX_EMBEDDING_INPUTS = 2_048;
const embeddingTextSchema = z.string().min(1, "must not be empty").max(MAX_TEXT);

/** OpenAI's embeddings request; unknown fields are ignored, as for completions. */
export const embeddingRequestSchema = z.object({
  model: modelIdSchema,
  input: z.union(
    [
      embeddingTextSchema,
      z
        .array(embeddingTextSchema)
        .min(1, "must hold at least one text")
        .max(MAX_EMBEDDING_INPUTS, `must hold at most ${MAX_EMBEDDING_INPUTS} texts`),
    ],
    "must be text or a list of texts",
  ),
  encoding_format: z.enum(["float", "base64"], "must be float or base64").nullish(),
  dimensions: z.number().int("must be a whole number").positive().max(65_536).nullish(),
});
