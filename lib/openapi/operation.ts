import type { z } from "zod";

/** Who may call an operation; see DESIGN's security section. */
export type Access = "public" | "user" | "session" | "admin" | "metrics";

/** What a successful answer carries. */
export type Answer =
  | "json"
  | "sse"
  | "ui-stream"
  | "empty"
  | "file"
  | "csv"
  | "download"
  | "prometheus";

/**
 * One route handler as the OpenAPI document describes it. Bodies and
 * queries are the zod schemas the services parse with, so the document
 * cannot drift from what the server accepts.
 */
export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI's form, e.g. `/api/conversations/{id}`. */
  path: string;
  tag: string;
  summary: string;
  access: Access;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Bodies that are not JSON (an upload). */
  bodyType?: "multipart/form-data" | "application/x-www-form-urlencoded";
  answer: Answer;
  /** The success status; 200 unless said. */
  status?: number;
}
