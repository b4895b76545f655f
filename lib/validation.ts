import type { z } from "zod";
import { fromZodError } from "@/lib/errors";

/** Validates input at the edge of a service: a 400 naming each bad field, or typed data. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}
