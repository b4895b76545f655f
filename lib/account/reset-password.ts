import { resetPasswordSchema } from "@/lib/account/schemas";
import { consumeToken } from "@/lib/account/tokens";
import { hashPassword } from "@/lib/auth/password";
import { clearPasswordAttempts } from "@/lib/auth/password-attempts";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/realtime/events";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

const INVALID_LINK =
  "This reset link does not work: it was used already, is more than an hour old, or a newer one was sent. Ask for a new link.";

/**
 * Sets the password a reset link allows, once. Every session of the
 * account ends (whoever knew the old password is signed out), and the
 * wrong-password limits on the account are lifted: its owner proved who
 * they are by reading the mail.
 */
export async function resetPassword(input: unknown, request: { address: string }): Promise<void> {
  // A password the policy refuses leaves the link unused, to try again.
  const { token, password } = parseInput(resetPasswordSchema, input);
  await connectDb();
  const link = await consumeToken("password_reset", token, INVALID_LINK);
  // Only while the account still has the address the link was mailed to.
  const user = await User.findOneAndUpdate(
    { _id: link.user_id, email: link.email },
    { $set: { password_hash: await hashPassword(password) }, $inc: { session_version: 1 } },
  ).lean();
  if (!user) throw new AppError("invalid_token", 400, INVALID_LINK);
  await clearPasswordAttempts(user.email, request.address);
  await publishEvent(user._id.toString(), "account.signed_out", { reason: "password_changed" });
}
