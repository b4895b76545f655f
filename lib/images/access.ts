import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { GeneratedImage, type GeneratedImageDoc } from "@/models/generated-image";

/**
 * The actor's image. Ownership is part of the query, so another user's
 * image, a malformed id and a deleted one all answer the same 404.
 */
export async function findOwnedImage(actor: SessionUser, id: string): Promise<GeneratedImageDoc> {
  return findOwned("image", id, (_id) => GeneratedImage.findOne({ _id, user_id: actor.id }).lean());
}
