import type { QueryFilter } from "mongoose";
import { toObjectId } from "@/lib/db/ids";
import { decodeSortKey, encodeSortKey } from "@/lib/db/page";
import type { ConversationDoc } from "@/models/conversation";

type SortKeyFields = Pick<ConversationDoc, "_id" | "is_pinned" | "last_message_at">;

/** The sidebar order: pinned first, then the latest message, then the newest id to break ties. */
export const SIDEBAR_SORT = { is_pinned: -1, last_message_at: -1, _id: -1 } as const;

/** The last item's sort key as a cursor. */
export function encodeCursor(doc: SortKeyFields): string {
  return encodeSortKey([doc.is_pinned ? 1 : 0, doc.last_message_at.getTime(), doc._id.toString()]);
}

/**
 * The filter for everything after the cursor in SIDEBAR_SORT order. Keyset
 * pagination instead of `skip`: each page costs the same however deep it is,
 * and a conversation that moves up meanwhile is not shown twice.
 */
export function afterCursor(cursor: string): QueryFilter<ConversationDoc> {
  const { pinned, lastMessageAt, id } = decodeSortKey(cursor, ([pinned, time, id, ...rest]) => {
    const _id = toObjectId(id);
    if (rest.length > 0 || (pinned !== 0 && pinned !== 1) || !Number.isSafeInteger(time) || !_id) {
      return undefined;
    }
    return { pinned: pinned === 1, lastMessageAt: new Date(time as number), id: _id };
  });
  const after: QueryFilter<ConversationDoc>[] = [
    { is_pinned: pinned, last_message_at: lastMessageAt, _id: { $lt: id } },
    { is_pinned: pinned, last_message_at: { $lt: lastMessageAt } },
  ];
  if (pinned) after.push({ is_pinned: false });
  return { $or: after };
}
