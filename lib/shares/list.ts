import type { QueryFilter } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import type { Page } from "@/lib/conversations/dto";
import { connectDb } from "@/lib/db/connect";
import { toPage } from "@/lib/db/page";
import { parseInput } from "@/lib/validation";
import { ShareLink, type ShareLinkDoc } from "@/models/share-link";
import type { ShareLinkDto } from "./dto";
import { listSharesSchema } from "./schemas";
import { toShareLinkDto } from "./to-dto";

/**
 * The actor's links, newest first, expired ones included (sharing again
 * renews them); the cursor is the last id shown. Listed even while sharing
 * is turned off, so people can still see and revoke what they shared.
 */
export async function listShareLinks(
  actor: SessionUser,
  query: unknown,
  origin: string,
): Promise<Page<ShareLinkDto>> {
  const { limit, cursor, conversationId } = parseInput(listSharesSchema, query);
  const filter: QueryFilter<ShareLinkDoc> = { user_id: actor.id };
  if (conversationId) filter.conversation_id = conversationId;
  if (cursor) filter._id = { $lt: cursor };
  await connectDb();
  const links = await ShareLink.find(filter)
    .select("-messages -file_ids")
    .sort({ _id: -1 })
    .limit(limit + 1)
    .lean();
  const page = toPage(links, limit, (last) => last._id.toString());
  return { ...page, items: page.items.map((link) => toShareLinkDto(link, origin)) };
}
