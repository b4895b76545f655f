import type { QueryFilter } from "mongoose";
import { Types } from "mongoose";
import type { GallerySort } from "@/lib/configs/schemas";
import { AppError } from "@/lib/errors";
import type { LlmConfigDoc } from "@/models/llm-config";

const COUNTER_FIELDS = { uses: "stats.uses_count", saves: "stats.saves_count" } as const;

/** The gallery orders: a counter, newest id breaking ties; or simply newest first. */
export function gallerySort(sort: GallerySort): Record<string, -1> {
  return sort === "new" ? { _id: -1 } : { [COUNTER_FIELDS[sort]]: -1, _id: -1 };
}

type SortKeyFields = Pick<LlmConfigDoc, "_id" | "stats">;

/** The last item's sort key, opaque to clients; it names its order so it cannot be mixed up. */
export function encodeGalleryCursor(sort: GallerySort, doc: SortKeyFields): string {
  const count =
    sort === "uses" ? doc.stats.uses_count : sort === "saves" ? doc.stats.saves_count : 0;
  return Buffer.from(JSON.stringify([sort, count, doc._id.toString()])).toString("base64url");
}

/** Everything after the cursor in the gallery's order: keyset pagination, no `skip`. */
export function afterGalleryCursor(sort: GallerySort, cursor: string): QueryFilter<LlmConfigDoc> {
  const { count, id } = decodeGalleryCursor(sort, cursor);
  if (sort === "new") return { _id: { $lt: id } };
  const field = COUNTER_FIELDS[sort];
  return { $or: [{ [field]: count, _id: { $lt: id } }, { [field]: { $lt: count } }] };
}

function decodeGalleryCursor(
  sort: GallerySort,
  cursor: string,
): { count: number; id: Types.ObjectId } {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 3) {
      const [keySort, count, id] = key;
      if (
        keySort === sort &&
        Number.isSafeInteger(count) &&
        typeof id === "string" &&
        /^[0-9a-f]{24}$/.test(id)
      ) {
        return { count, id: new Types.ObjectId(id) };
      }
    }
  } catch {
    // Falls through to the 400 below: a cursor is only ever one we handed out.
  }
  throw AppError.badRequest("cursor: is not a valid cursor", { cursor: ["is not a valid cursor"] });
}
