import { deleteAccountSchema } from "@/lib/account/schemas";
import { accountWithPassword } from "@/lib/account/verify-password";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { eraseAccount } from "@/lib/users/erase-account";
import { parseInput } from "@/lib/validation";
import { User, type UserDoc } from "@/models/user";

/** How recent a single sign-on must be to stand in for a password. */
export const FRESH_SIGN_IN_SECONDS = 10 * 60;

/**
 * The caller deletes their own account, with its password (or, for an
 * account made by single sign-on, which has none, a sign-in of the last ten
 * minutes), and everything it owns goes as when an admin deletes it. The
 * last admin cannot: the instance would have nobody left to run it.
 */
export async function deleteAccount(
  actor: SessionUser,
  input: unknown,
  request: { address: string; signedInAt: number },
): Promise<void> {
  const { password } = parseInput(deleteAccountSchema, input);
  const user = await confirmedAccount(actor, password, request);
  if (user.role === "admin" && !(await User.exists({ role: "admin", _id: { $ne: user._id } }))) {
    throw AppError.conflict(
      "You are the only administrator. Make someone else an administrator before deleting your account.",
    );
  }
  await eraseAccount(user);
}

async function confirmedAccount(
  actor: SessionUser,
  password: string | undefined,
  request: { address: string; signedInAt: number },
): Promise<UserDoc> {
  await connectDb();
  const passwordless = await User.exists({ _id: actor.id, password_hash: "" });
  if (!passwordless) {
    if (password === undefined) {
      throw AppError.badRequest("password: is required", { password: ["is required"] });
    }
    return accountWithPassword(actor, password, request.address);
  }
  if (Date.now() / 1000 - request.signedInAt > FRESH_SIGN_IN_SECONDS) {
    throw new AppError(
      "reauthentication_required",
      403,
      "Sign in again with single sign-on to confirm it's you, then delete your account within 10 minutes.",
    );
  }
  const user = await User.findById(actor.id).lean();
  if (!user) throw AppError.notFound("account");
  return user;
}
