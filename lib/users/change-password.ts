import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/users/schemas";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

/**
 * Sets a new password and moves session_version on, which signs out every
 * session issued before, this one included (the caller signs in again).
 */
export async function changePassword(actor: SessionUser, input: unknown): Promise<void> {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);

  await connectDb();
  const user = await User.findById(actor.id).select("password_hash").lean();
  if (!user) throw AppError.notFound("account");
  if (!(await verifyPassword(currentPassword, user.password_hash))) {
    throw AppError.badRequest("currentPassword: is not your current password", {
      currentPassword: ["is not your current password"],
    });
  }
  if (currentPassword === newPassword) {
    throw AppError.badRequest("newPassword: must differ from the current password", {
      newPassword: ["must differ from the current password"],
    });
  }
  await User.updateOne(
    { _id: user._id },
    { $set: { password_hash: await hashPassword(newPassword) }, $inc: { session_version: 1 } },
  );
}
