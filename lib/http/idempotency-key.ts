import { AppError } from "@/lib/errors";

const HEADER = "idempotency-key";
const KEY = /^[\w-]{1,64}$/;
const RULE = "must be 1–64 letters, digits, - or _";

/**
 * The request's `Idempotency-Key`: a client that may send the same request
 * twice (a retry after a dropped connection) names it, and the second
 * gets the first one's answer. Undefined when absent.
 */
export function idempotencyKey(req: Request): string | undefined {
  const key = req.headers.get(HEADER)?.trim();
  if (!key) return undefined;
  if (!KEY.test(key)) {
    throw AppError.badRequest(`Idempotency-Key: ${RULE}`, { "Idempotency-Key": [RULE] });
  }
  return key;
}

/** A send's body with the Idempotency-Key as its clientId, unless the body names one. */
export function withIdempotencyKey(req: Request, body: unknown): unknown {
  const key = idempotencyKey(req);
  if (key === undefined || typeof body !== "object" || body === null || "clientId" in body) {
    return body;
  }
  return { ...body, clientId: key };
}
