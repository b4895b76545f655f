import type { QueryFilter } from "mongoose";
import { Types } from "mongoose";
import { AppError } from "@/lib/errors";
import type { ConversationDoc } from "@/models/conversation";

type SortKeyFields = Pick<ConversationDoc, "_id" | "is_pinned" | "last_message_at">;

/** The sidebar order: pinned first, then the latest message, then the newest id to break ties. */
export const SIDEBAR_SORT = { is_pinned: -1, last_message_at: -1, _id: -1 } as const;

/** The last item's sort key, opaque to clients so the order can change without breaking them. */
export function encodeCursor(doc: SortKeyFields): string {
  const key = [doc.is_pinned ? 1 : 0, doc.last_message_at.getTime(), doc._id.toString()];
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/**
 * The filter for everything after the cursor in SIDEBAR_SORT order. Keyset
 * pagination instead of `skip`: each page costs the same however deep it is,
 * and a conversation that moves up meanwhile is not shown twice.
 */
export function afterCursor(cursor: string): QueryFilter<ConversationDoc> {
  const { pinned, lastMessageAt, id } = decodeCursor(cursor);
  const after: QueryFilter<ConversationDoc>[] = [
    { is_pinned: pinned, last_message_at: lastMessageAt, _id: { $lt: id } },
    { is_pinned: pinned, last_message_at: { $lt: lastMessageAt } },
  ];
  if (pinned) after.push({ is_pinned: false });
  return { $or: after };
}

function decodeCursor(cursor: string): {
  pinned: boolean;
  lastMessageAt: Date;
  id: Types.ObjectId;
} {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 3) {
      const [pinned, time, id] = key;
      if (
        (pinned === 0 || pinned === 1) &&
        Number.isSafeInteger(time) &&
        typeof id === "string" &&
        /^[0-9a-f]{24}$/.test(id)
      ) {
        return { pinned: pinned === 1, lastMessageAt: new Date(time), id: new Types.ObjectId(id) };
      }
    }
  } catch {
    // Falls through to the 400 below: a cursor is only ever one we handed out.
  }
  throw AppError.badRequest("cursor: is not a valid cursor", { cursor: ["is not a valid cursor"] });
}
