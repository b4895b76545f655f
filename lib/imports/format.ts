import type { z } from "zod";
import { readShape } from "./shape";
import type { ImportedConversation } from "./tree";

/** One export format: how to recognise one of its conversations, and how to read one. */
export interface ExportFormat {
  matches(item: unknown): boolean;
  /** The item checked against the format's shape (a 400 naming `where` if it is not), then read. */
  read(item: unknown, where: string): ImportedConversation;
}

/** A format whose conversations are the objects that have all of `fields`. */
export function exportFormat<S extends z.ZodType>(
  fields: string[],
  schema: S,
  toConversation: (raw: z.infer<S>) => ImportedConversation,
): ExportFormat {
  return {
    matches: (item) =>
      typeof item === "object" && item !== null && fields.every((field) => field in item),
    read: (item, where) => toConversation(readShape(schema, item, where)),
  };
}
