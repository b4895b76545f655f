import { z } from "zod";

const MAX_TOOLS = 128;
const MAX_ARGUMENTS = 100_000;

/** OpenAI's rule for a function's name, which providers hold to as well. */
const functionNameSchema = z
  .string("must be text")
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1 to 64 letters, digits, _ or -");

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A function the model may call. Loose, so fields a provider adds (such as
 * OpenRouter's cache_control) reach it as the caller wrote them.
 */
const toolSchema = z.looseObject({
  type: z.literal("function", "must be function"),
  function: z.looseObject({
    name: functionNameSchema,
    description: z.string().max(10_000).nullish(),
    parameters: z.record(z.string(), z.unknown(), "must be a JSON Schema object").nullish(),
    strict: z.boolean().nullish(),
  }),
});

export const toolsSchema = z
  .array(toolSchema, "must be a list of function tools")
  .min(1, "must hold at least one tool")
  .max(MAX_TOOLS, `must hold at most ${MAX_TOOLS} tools`);

export const toolChoiceSchema = z.union(
  [
    z.enum(["none", "auto", "required"]),
    z.object({
      type: z.literal("function"),
      function: z.object({ name: functionNameSchema }),
    }),
  ],
  'must be "none", "auto", "required" or {"type":"function","function":{"name":…}}',
);

/** A call an earlier answer made, as the caller sends it back. */
export const toolCallSchema = z.object({
  id: z.string("must be text").min(1, "must not be empty").max(200),
  type: z.literal("function", "must be function"),
  function: z.object({
    name: functionNameSchema,
    // The provider is sent the arguments as JSON again, so text that is not JSON cannot be kept.
    arguments: z
      .string("must be text")
      .max(MAX_ARGUMENTS)
      .refine(isJson, "must be JSON text, as the model wrote it"),
  }),
});

export const responseFormatSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("text") }),
    z.object({ type: z.literal("json_object") }),
    z.object({
      type: z.literal("json_schema"),
      json_schema: z.looseObject({
        name: functionNameSchema,
        description: z.string().max(10_000).nullish(),
        schema: z.record(z.string(), z.unknown(), "must be a JSON Schema object").nullish(),
        strict: z.boolean().nullish(),
      }),
    }),
  ],
  "must be text, json_object or json_schema",
);

export const stopSchema = z.union(
  [z.string().max(1_000), z.array(z.string().max(1_000)).min(1).max(4)],
  "must be text or a list of at most 4 texts",
);

export const reasoningEffortSchema = z.enum(
  ["none", "minimal", "low", "medium", "high", "xhigh"],
  "must be none, minimal, low, medium, high or xhigh",
);
