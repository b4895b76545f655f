import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import type { ProfileDto } from "@/lib/users/dto";
import { profileSchema, settingsSchema } from "@/lib/users/schemas";
import { toProfileDto } from "@/lib/users/to-dto";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

export async function getProfile(actor: SessionUser): Promise<ProfileDto> {
  await connectDb();
  const user = await User.findById(actor.id).select("-password_hash").lean();
  if (!user) throw AppError.notFound("account");
  return toProfileDto(user);
}

/** Whether the account has a password: one made by single sign-on may not. */
export async function hasPassword(actor: SessionUser): Promise<boolean> {
  await connectDb();
  const user = await User.findById(actor.id).select("password_hash").lean();
  return Boolean(user?.password_hash);
}

export async function updateProfile(actor: SessionUser, input: unknown): Promise<ProfileDto> {
  const { displayName, bio } = parseInput(profileSchema, input);
  return save(actor, {
    "profile.display_name": displayName,
    "profile.bio": bio,
  });
}

export async function updateSettings(actor: SessionUser, input: unknown): Promise<ProfileDto> {
  const { theme, language, notificationsEnabled } = parseInput(settingsSchema, input);
  return save(actor, {
    "settings.theme": theme,
    "settings.language": language,
    "settings.notifications_enabled": notificationsEnabled,
  });
}

async function save(actor: SessionUser, fields: Record<string, unknown>): Promise<ProfileDto> {
  await connectDb();
  // No projection here: the embedded database's findAndModify has none, and
  // the DTO never carries the hash anyway.
  const user = await User.findOneAndUpdate(
    { _id: actor.id },
    { $set: fields },
    { returnDocument: "after" },
  ).lean();
  if (!user) throw AppError.notFound("account");
  return toProfileDto(user);
}
