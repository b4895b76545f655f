import type { QueryFilter } from "mongoose";
import type { GallerySort } from "@/lib/configs/schemas";
import { toObjectId } from "@/lib/db/ids";
import { decodeSortKey, encodeSortKey } from "@/lib/db/page";
import type { LlmConfigDoc } from "@/models/llm-config";

const COUNTER_FIELDS = { uses: "stats.uses_count", saves: "stats.saves_count" } as const;

/** The gallery orders: a counter, newest id breaking ties; or simply newest first. */
export function gallerySort(sort: GallerySort): Record<string, -1> {
  return sort === "new" ? { _id: -1 } : { [COUNTER_FIELDS[sort]]: -1, _id: -1 };
}

type SortKeyFields = Pick<LlmConfigDoc, "_id" | "stats">;

/** The last item's sort key as a cursor; it names its order so it cannot be mixed up. */
export function encodeGalleryCursor(sort: GallerySort, doc: SortKeyFields): string {
  const count =
    sort === "uses" ? doc.stats.uses_count : sort === "saves" ? doc.stats.saves_count : 0;
  return encodeSortKey([sort, count, doc._id.toString()]);
}

/** Everything after the cursor in the gallery's order: keyset pagination, no `skip`. */
export function afterGalleryCursor(sort: GallerySort, cursor: string): QueryFilter<LlmConfigDoc> {
  const { count, id } = decodeSortKey(cursor, ([keySort, count, id, ...rest]) => {
    const _id = toObjectId(id);
    if (rest.length > 0 || keySort !== sort || !Number.isSafeInteger(count) || !_id) {
      return undefined;
    }
    return { count: count as number, id: _id };
  });
  if (sort === "new") return { _id: { $lt: id } };
  const field = COUNTER_FIELDS[sort];
  return { $or: [{ [field]: count, _id: { $lt: id } }, { [field]: { $lt: count } }] };
}
