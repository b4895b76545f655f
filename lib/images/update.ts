import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { GeneratedImage } from "@/models/generated-image";
import type { ImageDto } from "./dto";
import { updateImageSchema } from "./schemas";
import { toImageDto } from "./to-dto";

/** Marks the actor's image as a favourite or not. */
export async function updateImage(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<ImageDto> {
  const { isFavorite } = parseInput(updateImageSchema, input);
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("image");
  await connectDb();
  const updated = await GeneratedImage.findOneAndUpdate(
    { _id, user_id: actor.id },
    { $set: { is_favorite: isFavorite } },
    { returnDocument: "after" },
  ).lean();
  if (!updated) throw AppError.notFound("image");
  return toImageDto(updated);
}
