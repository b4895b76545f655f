import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
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
  const updated = await findOwned("image", id, (_id) =>
    GeneratedImage.findOneAndUpdate(
      { _id, user_id: actor.id },
      { $set: { is_favorite: isFavorite } },
      { returnDocument: "after" },
    ).lean(),
  );
  return toImageDto(updated);
}
