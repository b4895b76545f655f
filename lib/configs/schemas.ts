import { z } from "zod";
import { limitParamSchema, modelIdSchema, tagsSchema } from "@/lib/validation";

export const MAX_CONFIG_TAGS = 10;
/** The ceiling for max_tokens when the model list does not state the model's own limit. */
export const MAX_TOKENS_FALLBACK = 200_000;

const nameSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(80, "must be at most 80 characters");

const descriptionSchema = z
  .string("must be text")
  .trim()
  .max(500, "must be at most 500 characters");

const systemPromptSchema = z.string("must be text").max(20_000, "must be at most 20000 characters");

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})/u;

/** One emoji: a single grapheme cluster that starts with a pictograph or a flag letter. */
const avatarSchema = z
  .string("must be text")
  .trim()
  .refine(
    (value) => [...segmenter.segment(value)].length === 1 && EMOJI.test(value),
    "must be one emoji",
  );

const numberIn = (min: number, max: number) =>
  z
    .number("must be a number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const parametersSchema = z.strictObject({
  temperature: numberIn(0, 2).optional(),
  /** null leaves the limit to the model; the model's own ceiling is checked by the service. */
  maxTokens: z
    .number("must be a number")
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .nullable()
    .optional(),
  topP: numberIn(0, 1).optional(),
  frequencyPenalty: numberIn(-2, 2).optional(),
  presencePenalty: numberIn(-2, 2).optional(),
});

const visibilitySchema = z.enum(
  ["private", "public", "template"],
  "must be private, public or template",
);

export const createConfigSchema = z.strictObject({
  name: nameSchema,
  modelId: modelIdSchema,
  description: descriptionSchema.optional(),
  systemPrompt: systemPromptSchema.optional(),
  avatar: avatarSchema.optional(),
  parameters: parametersSchema.optional(),
  tags: tagsSchema(MAX_CONFIG_TAGS).optional(),
  visibility: visibilitySchema.optional(),
});

export const updateConfigSchema = createConfigSchema.partial();

const limitSchema = limitParamSchema(50, 20);

export const GALLERY_SORTS = ["uses", "saves", "new"] as const;
export type GallerySort = (typeof GALLERY_SORTS)[number];

export const galleryQuerySchema = z.strictObject({
  q: z.string("must be text").trim().max(100, "must be at most 100 characters").optional(),
  tag: z.string("must be text").trim().max(30, "must be at most 30 characters").optional(),
  model: modelIdSchema.optional(),
  sort: z.enum(GALLERY_SORTS, "must be uses, saves or new").default("uses"),
  limit: limitSchema,
  cursor: z.string("must be text").max(200, "is not a valid cursor").optional(),
});

export const MAX_PREVIEW_MESSAGES = 20;
export const MAX_PREVIEW_MESSAGE_LENGTH = 20_000;

const previewMessageSchema = z.strictObject({
  role: z.enum(["user", "assistant"], "must be user or assistant"),
  content: z
    .string("must be text")
    .max(MAX_PREVIEW_MESSAGE_LENGTH, `must be at most ${MAX_PREVIEW_MESSAGE_LENGTH} characters`)
    .refine((text) => text.trim() !== "", "must not be empty"),
});

/** A try-out of a config that is not saved: its model, prompt and parameters, and the chat so far. */
export const previewConfigSchema = z.strictObject({
  modelId: modelIdSchema,
  systemPrompt: systemPromptSchema.optional(),
  parameters: parametersSchema.optional(),
  messages: z
    .array(previewMessageSchema, "must be a list of messages")
    .min(1, "must have at least one message")
    .max(MAX_PREVIEW_MESSAGES, `must have at most ${MAX_PREVIEW_MESSAGES} messages`)
    .refine((messages) => messages.at(-1)?.role === "user", "must end with a user message"),
});
