import { z } from "zod";
import { log } from "@/lib/log";

export type FieldErrors = Record<string, string[]>;

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldErrors };
}

/** The one error type: services throw it, route handlers and actions turn it into a response. */
export class AppError extends Error {
  override name = "AppError";
  /** Sent with the error response: a 429's Retry-After and RateLimit headers. */
  readonly headers: Record<string, string> = {};

  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, fields: this.fields } };
  }

  withHeaders(headers: Record<string, string>): this {
    Object.assign(this.headers, headers);
    return this;
  }

  toResponse(headers?: HeadersInit): Response {
    const all = new Headers(this.headers);
    for (const [name, value] of new Headers(headers)) all.set(name, value);
    return Response.json(this.toBody(), { status: this.status, headers: all });
  }

  static badRequest(message: string, fields?: FieldErrors) {
    return new AppError("invalid_input", 400, message, fields);
  }
  static unauthorized(message = "Sign in to continue.") {
    return new AppError("unauthorized", 401, message);
  }
  static forbidden(message = "You are not allowed to do this.") {
    return new AppError("forbidden", 403, message);
  }
  static notFound(what = "resource") {
    return new AppError("not_found", 404, `The ${what} was not found.`);
  }
  static conflict(message: string) {
    return new AppError("conflict", 409, message);
  }
  static tooLarge(message: string) {
    return new AppError("payload_too_large", 413, message);
  }
  static rateLimited(retryAfterSeconds: number) {
    return new AppError(
      "rate_limited",
      429,
      `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    );
  }
  /** The client closed the connection first; 499 as proxies log it, though no one reads it. */
  static clientGone() {
    return new AppError("cancelled", 499, "The request was cancelled.");
  }
  static databaseUnavailable() {
    return new AppError(
      "database_unavailable",
      503,
      "The database cannot be reached. Try again in a moment.",
    );
  }
}

/** Turns a zod failure into a 400 that names each field and why. */
export function fromZodError(error: z.ZodError): AppError {
  // Keyed by what the client sent: a Map, so a field named `constructor` or
  // `__proto__` is a field like any other and not something every object has.
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    // An unknown field is reported at the object that has it; name the field.
    const keys =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => [...issue.path, key].join("."))
        : [issue.path.join(".") || "body"];
    for (const key of keys) {
      const messages = fields.get(key) ?? [];
      messages.push(issue.code === "unrecognized_keys" ? "is not a known field" : issue.message);
      fields.set(key, messages);
    }
  }
  const first = error.issues[0];
  const message = first
    ? `${first.path.join(".") || "body"}: ${first.message}`
    : "The request is not valid.";
  return AppError.badRequest(message, Object.fromEntries(fields));
}

const DATABASE_ERRORS = new Set([
  "MongoServerSelectionError",
  "MongoNetworkError",
  "MongoNetworkTimeoutError",
  "MongoNotConnectedError",
  "MongoPoolClearedError",
  "MongooseServerSelectionError",
]);

/** Whether an error means the database could not be reached (as opposed to refusing a write). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AppError) return error.code === "database_unavailable";
  return error instanceof Error && DATABASE_ERRORS.has(error.name);
}

/** Maps anything thrown to an AppError; unknown errors become a 500 without internals. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return fromZodError(error);
  if (isDatabaseUnavailable(error)) return AppError.databaseUnavailable();
  if (isDuplicateKey(error)) return AppError.conflict("This already exists.");
  // Nobody is left to answer, and nothing went wrong here: not worth a log line.
  if (isClientGone(error)) return AppError.clientGone();
  log.error("unhandled error", { error });
  return new AppError("internal", 500, "Something went wrong on our side. Try again.");
}

/**
 * Whether the client went away mid-request (a closed tab, a page left while
 * its body was still being read): Node ends the request with "aborted".
 */
function isClientGone(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.message === "aborted" &&
    (error as { code?: unknown }).code === "ECONNRESET"
  );
}

export function isDuplicateKey(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === 11000
  );
}
