import type { QueryFilter } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { afterCursor, encodeCursor, SIDEBAR_SORT } from "@/lib/conversations/cursor";
import type { ConversationSummaryDto, Page } from "@/lib/conversations/dto";
import { listConversationsSchema } from "@/lib/conversations/schemas";
import { CONVERSATION_SUMMARY_FIELDS, toConversationSummaryDto } from "@/lib/conversations/to-dto";
import { connectDb } from "@/lib/db/connect";
import { toPage } from "@/lib/db/page";
import { parseInput } from "@/lib/validation";
import { Conversation, type ConversationDoc } from "@/models/conversation";

/** One page of the sidebar: the actor's conversations, pinned first, then by last message; optionally one folder's or one tag's. */
export async function listConversations(
  actor: SessionUser,
  query: unknown,
): Promise<Page<ConversationSummaryDto>> {
  const { limit, cursor, archived, folderId, tag } = parseInput(listConversationsSchema, query);

  const filter: QueryFilter<ConversationDoc> = { user_id: actor.id, is_archived: archived };
  if (folderId !== undefined) filter.folder_id = folderId === "none" ? null : folderId;
  if (tag !== undefined) filter.tags = tag;
  if (cursor !== undefined) Object.assign(filter, afterCursor(cursor));

  await connectDb();
  const docs = await Conversation.find(filter)
    .select(CONVERSATION_SUMMARY_FIELDS)
    .sort(SIDEBAR_SORT)
    .limit(limit + 1)
    .lean();
  const page = toPage(docs, limit, encodeCursor);
  return { ...page, items: page.items.map(toConversationSummaryDto) };
}
