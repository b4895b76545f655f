import { z } from "zod";
import { booleanParamSchema } from "@/lib/validation";
import { MAX_VALUE_LENGTH } from "./limits";

const nameSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(80, "must be at most 80 characters");

const categorySchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(40, "must be at most 40 characters");

const descriptionSchema = z
  .string("must be text")
  .trim()
  .max(500, "must be at most 500 characters");

/** Kept as typed (no trimming): leading spaces and line breaks can matter in a prompt. */
const templateTextSchema = z
  .string("must be text")
  .max(20_000, "must be at most 20000 characters")
  .refine((text) => text.trim() !== "", "must not be empty");

const isActiveSchema = z.boolean("must be true or false");

export const createTemplateSchema = z.strictObject({
  name: nameSchema,
  category: categorySchema,
  description: descriptionSchema.default(""),
  templateText: templateTextSchema,
  isActive: isActiveSchema.default(true),
});

export const updateTemplateSchema = z.strictObject({
  name: nameSchema.optional(),
  category: categorySchema.optional(),
  description: descriptionSchema.optional(),
  templateText: templateTextSchema.optional(),
  isActive: isActiveSchema.optional(),
});

export const setTemplateActiveSchema = z.strictObject({ isActive: isActiveSchema });

/** Query strings carry text; an empty parameter means no filter. */
const emptyAsAbsent = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const listTemplatesSchema = z.strictObject({
  category: z.preprocess(emptyAsAbsent, categorySchema.optional()),
  q: z.preprocess(
    emptyAsAbsent,
    z.string("must be text").trim().max(100, "must be at most 100 characters").optional(),
  ),
  /** Admins only; ignored for everyone else. */
  includeInactive: booleanParamSchema.default(false),
});

export const listCategoriesSchema = z.strictObject({
  includeInactive: booleanParamSchema.default(false),
});

export const useTemplateSchema = z.strictObject({
  values: z
    .record(
      z.string(),
      z
        .string("must be text")
        .max(MAX_VALUE_LENGTH, `must be at most ${MAX_VALUE_LENGTH} characters`),
      "must be an object of texts",
    )
    .default({}),
});
