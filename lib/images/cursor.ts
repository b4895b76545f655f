import type { QueryFilter } from "mongoose";
import { Types } from "mongoose";
import { AppError } from "@/lib/errors";
import type { GeneratedImageDoc } from "@/models/generated-image";

/** Newest first; the id breaks ties between images made in the same millisecond. */
export const NEWEST_FIRST = { created_at: -1, _id: -1 } as const;

type SortKeyFields = Pick<GeneratedImageDoc, "_id" | "created_at">;

/** The last item's sort key, opaque to clients. */
export function encodeImageCursor(doc: SortKeyFields): string {
  const key = [doc.created_at.getTime(), doc._id.toString()];
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** Everything after the cursor, newest first: keyset pagination, no `skip`. */
export function afterImageCursor(cursor: string): QueryFilter<GeneratedImageDoc> {
  const { createdAt, id } = decodeImageCursor(cursor);
  return {
    $or: [{ created_at: createdAt, _id: { $lt: id } }, { created_at: { $lt: createdAt } }],
  };
}

function decodeImageCursor(cursor: string): { createdAt: Date; id: Types.ObjectId } {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 2) {
      const [time, id] = key;
      if (Number.isSafeInteger(time) && typeof id === "string" && /^[0-9a-f]{24}$/.test(id)) {
        return { createdAt: new Date(time), id: new Types.ObjectId(id) };
      }
    }
  } catch {
    // Falls through to the 400 below: a cursor is only ever one we handed out.
  }
  throw AppError.badRequest("cursor: is not a valid cursor", { cursor: ["is not a valid cursor"] });
}
