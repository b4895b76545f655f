import { Types } from "mongoose";

/**
 * Parses an id from a URL or body. Anything that is not a valid ObjectId is
 * treated as an id that matches nothing, so callers answer 404 rather than
 * 400 or 500, as for an id that belongs to someone else.
 */
export function toObjectId(id: unknown): Types.ObjectId | null {
  return typeof id === "string" && /^[0-9a-f]{24}$/i.test(id) ? new Types.ObjectId(id) : null;
}
