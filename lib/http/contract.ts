import type { z } from "zod";
import type { RateLimitPolicy } from "@/lib/rate-limit/policies";

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
 * One route handler's contract: the route is built from it (guard, limits,
 * body and query, success status) and the OpenAPI document describes it, so
 * the two cannot disagree. Bodies and queries are the zod schemas the
 * services parse with.
 */
export interface Contract {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI's form, e.g. `/api/conversations/{id}`. */
  path: string;
  tag: string;
  summary: string;
  access: Access;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON body may be left out: none reads as `{}`. */
  optionalBody?: boolean;
  /** Bodies that are not JSON (an upload); the handler reads them. */
  bodyType?: "multipart/form-data" | "application/x-www-form-urlencoded";
  /** The most a JSON body may weigh; 100 KiB unless said. */
  maxBodyBytes?: number;
  /** A limit of the route's own (uploads, exports), counted before the body is read. */
  limit?: RateLimitPolicy;
  answer: Answer;
  /** The success status; 200 unless said. */
  status?: number;
}

type Details = Partial<Omit<Contract, "method" | "path" | "tag" | "summary">>;

/** A contract as declared: its path, access and answer keep their literal types for the handler. */
export type Declared<P extends string, D extends Details> = Omit<D, "access" | "answer"> & {
  method: Contract["method"];
  path: P;
  tag: string;
  summary: string;
  access: D extends { access: infer A extends Access } ? A : "user";
  answer: D extends { answer: infer A extends Answer } ? A : "json";
};

/** What a deletion or a stop answers: nothing, 204. */
export const NO_CONTENT = { answer: "empty", status: 204 } as const;

/** What a creation answers: 201 and the new thing. */
export const CREATED = { status: 201 } as const;

/** A creation from a JSON body: the body's schema, answered with 201. */
export function creates<const B extends z.ZodType>(body: B) {
  return { body, status: 201 } as const;
}

/**
 * Declares a tag's contracts: method, path, summary, then what differs from
 * the tag's `shared` details, or else from a signed-in user's route
 * answering JSON.
 */
export function tagged<const S extends Details = Record<never, never>>(tag: string, shared?: S) {
  return <const P extends string, const D extends Details = Record<never, never>>(
    method: Contract["method"],
    path: P,
    summary: string,
    details?: D,
  ) =>
    ({
      method,
      path,
      tag,
      summary,
      access: "user",
      answer: "json",
      ...shared,
      ...details,
    }) as Declared<P, Omit<S, keyof D> & D>;
}

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** `/api/conversations/{id}/messages/{messageId}` → `{ id: string; messageId: string }`. */
export type PathParams<P extends string> = { [Name in ParamNames<P>]: string };
