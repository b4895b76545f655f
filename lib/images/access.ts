import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { GeneratedImage, type GeneratedImageDoc } from "@/models/generated-image";

/**
 * The actor's image. Ownership is part of the query, so another user's
 * image, a malformed id and a deleted one all answer the same 404.
 */
export async function findOwnedImage(actor: SessionUser, id: string): Promise<GeneratedImageDoc> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("image");
  await connectDb();
  const image = await GeneratedImage.findOne({ _id, user_id: actor.id }).lean();
  if (!image) throw AppError.notFound("image");
  return image;
}
