import { verifyPassword } from "@/lib/auth/password";
import { checkPasswordAttempt } from "@/lib/auth/password-attempts";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { User, type UserDoc } from "@/models/user";

/**
 * The caller's account, once they typed its password: before a change that
 * a stolen session alone must not be enough for. Wrong passwords count
 * against the sign-in limits, so this is no way around them.
 */
export async function accountWithPassword(
  actor: SessionUser,
  password: string,
  address: string,
): Promise<UserDoc> {
  await connectDb();
  const user = await User.findById(actor.id).lean();
  if (!user) throw AppError.notFound("account");
  const right = await checkPasswordAttempt(user.email, address, () =>
    verifyPassword(password, user.password_hash),
  );
  if (!right) {
    throw AppError.badRequest("password: is not your password", {
      password: ["is not your password"],
    });
  }
  return user;
}
