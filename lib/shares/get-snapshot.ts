import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { ShareLink, type ShareLinkDoc } from "@/models/share-link";
import { User } from "@/models/user";
import { sharingAllowed } from "./allowed";
import type { SharedConversationDto } from "./dto";
import { shareStatus, toSharedConversationDto } from "./to-dto";
import { SHARE_TOKEN } from "./token";

/**
 * The link a token names while it may be shown. Sharing turned off, a
 * revoked, expired or malformed link, and the link of a suspended account
 * all answer the same 404: a visitor learns nothing from the difference.
 */
export async function findLiveShare<K extends keyof ShareLinkDoc>(
  token: string,
  fields: K[],
): Promise<Pick<ShareLinkDoc, K | "user_id" | "expires_at">> {
  if (!sharingAllowed() || !SHARE_TOKEN.test(token)) throw AppError.notFound("shared conversation");
  await connectDb();
  const link = await ShareLink.findOne({ token })
    .select([...fields, "user_id", "expires_at"].join(" "))
    .lean<Pick<ShareLinkDoc, K | "user_id" | "expires_at">>();
  if (!link || shareStatus(link) === "expired") throw AppError.notFound("shared conversation");
  const owner = await User.findById(link.user_id).select("status.is_banned").lean();
  if (!owner || owner.status.is_banned) throw AppError.notFound("shared conversation");
  return link;
}

/** The copy a link shows, for its public page and its JSON. */
export async function getSharedConversation(token: string): Promise<SharedConversationDto> {
  const link = await findLiveShare(token, ["token", "title", "messages", "snapshot_at"]);
  return toSharedConversationDto(link);
}
