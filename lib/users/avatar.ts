import "server-only";
import sharp from "sharp";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { detectFileType } from "@/lib/files/detect";
import { deleteStoredFile, openStoredFile, writeStoredFile } from "@/lib/files/storage";
import type { ProfileDto } from "@/lib/users/dto";
import { toProfileDto } from "@/lib/users/to-dto";
import { User } from "@/models/user";
import { avatarUrl } from "./avatar-url";

export const AVATAR_PIXELS = 256;
export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;
// Refuses absurd dimensions before decoding.
const MAX_INPUT_PIXELS = 8_192 * 8_192;

/**
 * Re-encodes an uploaded picture as a square WebP: whatever was sent (EXIF
 * location, a second file hidden after the image) does not survive, and
 * every avatar is small.
 */
async function toAvatarWebp(bytes: Uint8Array): Promise<Buffer> {
  const type = await detectFileType(bytes, "");
  if (type?.kind !== "image") {
    throw new AppError(
      "unsupported_file_type",
      400,
      "An avatar must be a PNG, JPEG, WebP or GIF image.",
    );
  }
  try {
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(AVATAR_PIXELS, AVATAR_PIXELS, { fit: "cover" })
      .webp({ quality: 85 })
      .toBuffer();
  } catch {
    throw new AppError("invalid_image", 400, "This image could not be read. Try another one.");
  }
}

/** Makes `file` the caller's avatar, replacing (and removing) the one before. */
export async function setAvatar(actor: SessionUser, file: File): Promise<ProfileDto> {
  if (file.size > MAX_AVATAR_BYTES) {
    throw AppError.tooLarge(`An avatar can be at most ${MAX_AVATAR_BYTES / (1024 * 1024)} MB.`);
  }
  const webp = await toAvatarWebp(new Uint8Array(await file.arrayBuffer()));
  const key = await writeStoredFile(webp);
  try {
    return await replaceAvatar(actor, key);
  } catch (error) {
    await deleteStoredFile(key).catch(() => {});
    throw error;
  }
}

/** Back to initials. */
export function removeAvatar(actor: SessionUser): Promise<ProfileDto> {
  return replaceAvatar(actor, "");
}

async function replaceAvatar(actor: SessionUser, key: string): Promise<ProfileDto> {
  await connectDb();
  const profile = { "profile.avatar_key": key, "profile.avatar_url": avatarUrl(actor.id, key) };
  const before = await User.findOneAndUpdate(
    { _id: actor.id },
    { $set: profile },
    { returnDocument: "before" },
  ).lean();
  if (!before) throw AppError.notFound("account");
  const old = before.profile.avatar_key;
  if (old) await deleteStoredFile(old).catch(() => {});
  return toProfileDto({ ...before, profile: { ...before.profile, avatar_key: key } });
}

/**
 * A person's avatar, for anyone signed in to this instance: it is how they
 * appear to others. No avatar, or no such person, is a 404.
 */
export async function openAvatar(
  userId: string,
): Promise<{ body: ReadableStream<Uint8Array>; key: string }> {
  const id = toObjectId(userId);
  if (!id) throw AppError.notFound("avatar");
  await connectDb();
  const user = await User.findById(id).select("profile.avatar_key").lean();
  const key = user?.profile?.avatar_key;
  if (!key) throw AppError.notFound("avatar");
  try {
    return { body: await openStoredFile(key), key };
  } catch {
    throw AppError.notFound("avatar");
  }
}
