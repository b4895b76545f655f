import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** An export's item checked against its format's schema, or a 400 saying where it is wrong. */
export function readShape<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  throw AppError.badRequest(
    `${where} is not in the expected shape${at}: ${issue?.message ?? "unreadable"}. Nothing was imported.`,
  );
}

/** A date from Unix seconds (ChatGPT's floats); null when absent or not a date. */
export function fromSeconds(seconds: number | null | undefined): Date | null {
  return typeof seconds === "number" ? validDate(new Date(seconds * 1000)) : null;
}

/** A date from ISO 8601 text; null when absent or not a date. */
export function fromIso(text: string | null | undefined): Date | null {
  return text ? validDate(new Date(text)) : null;
}

function validDate(date: Date): Date | null {
  return Number.isNaN(date.getTime()) ? null : date;
}
