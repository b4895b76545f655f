import { z } from "zod";
import { fromZodError } from "@/lib/errors";

/** Validates input at the edge of a service: a 400 naming each bad field, or typed data. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/** A 24-hex id in a body or query. A well-formed id that is not the caller's answers 404 later. */
export const objectIdSchema = z
  .string("must be text")
  .toLowerCase()
  .regex(/^[0-9a-f]{24}$/, "must be an id");

export const modelIdSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");

export const tagSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(30, "must be at most 30 characters");

/** A conversation's or a config's tags: each domain sets how many. */
export const tagsSchema = (max: number) =>
  z
    .array(tagSchema, "must be a list of tags")
    .max(max, `must have at most ${max} tags`)
    .refine((tags) => new Set(tags).size === tags.length, "must not repeat a tag");

/** A page size: query strings carry text; the UI may pass a real number. Both are accepted. */
export const limitParamSchema = (max: number, fallback: number) =>
  z.coerce
    .number("must be a number")
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(max, `must be at most ${max}`)
    .default(fallback);

/** A yes-or-no query parameter: "true" or "false" as text, or a real boolean from the UI. */
export const booleanParamSchema = z.union(
  [z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")],
  "must be true or false",
);
