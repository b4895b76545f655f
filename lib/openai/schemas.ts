import { z } from "zod";
import { modelIdSchema } from "@/lib/validation";

const MAX_MESSAGES = 200;
const MAX_TEXT = 200_000;

const textPartSchema = z.object({ type: z.literal("text"), text: z.string().max(MAX_TEXT) });

/** Plain text, or OpenAI's array of parts; only text parts are understood. */
const contentSchema = z.union(
  [z.string().max(MAX_TEXT), z.array(textPartSchema).max(100)],
  "must be text or an array of text parts",
);

const messageSchema = z.object({
  role: z.enum(
    ["system", "developer", "user", "assistant"],
    "must be system, developer, user or assistant",
  ),
  content: contentSchema,
  name: z.string().max(100).optional(),
});

/**
 * OpenAI's chat completion request, the part we honour. Unlike our own
 * routes, unknown fields are ignored rather than refused: SDKs and tools
 * built on them send fields (user, seed, metadata, …) that do not change
 * the answer, and must work unchanged.
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
});

export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;
export type ChatCompletionMessage = ChatCompletionRequest["messages"][number];
