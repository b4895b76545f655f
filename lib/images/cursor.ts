import type { QueryFilter } from "mongoose";
import { toObjectId } from "@/lib/db/ids";
import { decodeSortKey, encodeSortKey } from "@/lib/db/page";
import type { GeneratedImageDoc } from "@/models/generated-image";

/** Newest first; the id breaks ties between images made in the same millisecond. */
export const NEWEST_FIRST = { created_at: -1, _id: -1 } as const;

type SortKeyFields = Pick<GeneratedImageDoc, "_id" | "created_at">;

/** The last item's sort key as a cursor. */
export function encodeImageCursor(doc: SortKeyFields): string {
  return encodeSortKey([doc.created_at.getTime(), doc._id.toString()]);
}

/** Everything after the cursor, newest first: keyset pagination, no `skip`. */
export function afterImageCursor(cursor: string): QueryFilter<GeneratedImageDoc> {
  const { createdAt, id } = decodeSortKey(cursor, ([time, id, ...rest]) => {
    const _id = toObjectId(id);
    if (rest.length > 0 || !Number.isSafeInteger(time) || !_id) return undefined;
    return { createdAt: new Date(time as number), id: _id };
  });
  return {
    $or: [{ created_at: createdAt, _id: { $lt: id } }, { created_at: { $lt: createdAt } }],
  };
}
