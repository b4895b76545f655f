import type { Page } from "@/lib/conversations/dto";
import { AppError } from "@/lib/errors";

/**
 * One page from a query that asked for `limit + 1` documents: the extra one
 * only tells that another page follows, without a count. The cursor names
 * the last document shown; the caller maps the items.
 */
export function toPage<D>(docs: D[], limit: number, cursorOf: (last: D) => string): Page<D> {
  const items = docs.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: docs.length > limit && last ? cursorOf(last) : null };
}

/** A sort key as a cursor, opaque to clients so the order can change without breaking them. */
export function encodeSortKey(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/**
 * The sort key a cursor holds, as `read` accepts it (undefined: not a key of
 * this list), else a 400: a cursor is only ever one we handed out.
 */
export function decodeSortKey<K>(cursor: string, read: (key: unknown[]) => K | undefined): K {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const decoded = Array.isArray(key) ? read(key) : undefined;
    if (decoded !== undefined) return decoded;
  } catch {
    // Falls through to the 400 below.
  }
  throw invalidCursor();
}

export function invalidCursor(): AppError {
  return AppError.badRequest("cursor: is not a valid cursor", {
    cursor: ["is not a valid cursor"],
  });
}
