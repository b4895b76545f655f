import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPasswordAttempt } from "@/lib/auth/password-attempts";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { revokeAllApiKeys } from "@/lib/keys/revoke";
import { publishEvent } from "@/lib/realtime/events";
import { changePasswordSchema } from "@/lib/users/schemas";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

/**
 * Sets a new password and moves session_version on, which signs out every
 * session issued before, this one included (the caller signs in again, so
 * its tabs, those of `request.sessionId`, are not told to sign out).
 * Unless asked not to, it also revokes the account's API keys: whoever
 * learnt the old password may have made one. The callers let only the
 * browser session in, never a key, and wrong current passwords count
 * against the sign-in limits of the account and the request's address.
 */
export async function changePassword(
  actor: SessionUser,
  input: unknown,
  request: { address: string; sessionId: string | null },
): Promise<void> {
  const { currentPassword, newPassword, revokeApiKeys } = parseInput(changePasswordSchema, input);

  await connectDb();
  const user = await User.findById(actor.id).select("email password_hash").lean();
  if (!user) throw AppError.notFound("account");
  const right = await checkPasswordAttempt(user.email, request.address, () =>
    verifyPassword(currentPassword, user.password_hash),
  );
  if (!right) {
    throw AppError.badRequest("currentPassword: is not your current password", {
      currentPassword: ["is not your current password"],
    });
  }
  if (currentPassword === newPassword) {
    throw AppError.badRequest("newPassword: must differ from the current password", {
      newPassword: ["must differ from the current password"],
    });
  }
  // Keys first: should the password then fail to change, nothing is left open.
  if (revokeApiKeys) await revokeAllApiKeys(user._id);
  await User.updateOne(
    { _id: user._id },
    { $set: { password_hash: await hashPassword(newPassword) }, $inc: { session_version: 1 } },
  );
  await publishEvent(
    actor.id,
    "account.signed_out",
    { reason: "password_changed" },
    { exceptSession: request.sessionId ?? undefined },
  );
}
