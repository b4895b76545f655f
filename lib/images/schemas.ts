import { z } from "zod";
import {
  booleanParamSchema,
  limitParamSchema,
  modelIdSchema,
  objectIdSchema,
} from "@/lib/validation";
import {
  ASPECT_RATIOS,
  IMAGE_SIZES,
  MAX_NEGATIVE_PROMPT_LENGTH,
  MAX_PROMPT_LENGTH,
  MAX_REFERENCES,
} from "./options";

/** An image to work from: an upload (POST /api/files) or one of the user's generated images. */
const referenceSchema = z.strictObject({
  source: z.enum(["file", "image"], "must be file or image"),
  id: objectIdSchema,
});

export type ReferenceInput = z.infer<typeof referenceSchema>;

export const generateImageSchema = z.strictObject({
  /** The browser's id for this request: it can stop the image by it before it knows the job's id. */
  clientId: z
    .string("must be text")
    .regex(/^[\w-]{1,64}$/, "must be 1–64 letters, digits, - or _")
    .optional(),
  prompt: z
    .string("must be text")
    .trim()
    .min(1, "must not be empty")
    .max(MAX_PROMPT_LENGTH, `must be at most ${MAX_PROMPT_LENGTH} characters`),
  negativePrompt: z
    .string("must be text")
    .trim()
    .max(MAX_NEGATIVE_PROMPT_LENGTH, `must be at most ${MAX_NEGATIVE_PROMPT_LENGTH} characters`)
    .default(""),
  modelId: modelIdSchema,
  aspectRatio: z.enum(ASPECT_RATIOS, `must be one of ${ASPECT_RATIOS.join(", ")}`).default("1:1"),
  /** Only for models that take it (see supportsImageSize); absent leaves the model's default. */
  imageSize: z.enum(IMAGE_SIZES, `must be one of ${IMAGE_SIZES.join(", ")}`).optional(),
  references: z
    .array(referenceSchema, "must be a list of images")
    .max(MAX_REFERENCES, `must have at most ${MAX_REFERENCES} images`)
    .refine(
      (list) => new Set(list.map((ref) => `${ref.source}:${ref.id}`)).size === list.length,
      "must not repeat an image",
    )
    .default([]),
});

export type GenerateImageInput = z.infer<typeof generateImageSchema>;

export const listImagesSchema = z.strictObject({
  limit: limitParamSchema(100, 30),
  cursor: z.string("must be text").max(200, "is not a valid cursor").optional(),
  /** true lists favourites only; false (the default) lists every image. */
  favorites: booleanParamSchema.default(false),
  q: z.string("must be text").trim().max(200, "must be at most 200 characters").optional(),
});

export const updateImageSchema = z.strictObject({
  isFavorite: z.boolean("must be true or false"),
});

export const fileQuerySchema = z.object({
  download: z.enum(["0", "1"], "must be 0 or 1").default("0"),
});
