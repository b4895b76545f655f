import { passwordResetMail } from "@/lib/account/emails";
import { forgotPasswordSchema } from "@/lib/account/schemas";
import { issueToken, sweepExpiredTokens } from "@/lib/account/tokens";
import { connectDb } from "@/lib/db/connect";
import { localeFor } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { mailConfigured, mailNotConfigured, sendMail } from "@/lib/mail/send";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

/**
 * Mails a reset link if an account has the address, and answers the same
 * either way: the same status, no body, and about the same time, as the
 * mail is sent after the answer (a slow mail server would tell otherwise).
 * Each address can be mailed a few times an hour, known or not. The mail is
 * in the account's language, else in that of the browser that asked.
 */
export async function requestPasswordReset(
  input: unknown,
  request: { acceptLanguage: string | null },
): Promise<void> {
  if (!mailConfigured()) throw mailNotConfigured();
  const { email } = parseInput(forgotPasswordSchema, input);
  await enforceRateLimit("mailRecipient", [`email:${email}`]);
  await connectDb();
  const user = await User.findOne({ email }).select("email settings.language").lean();
  if (!user) {
    // The database work the known address does, so the two take about as long.
    await sweepExpiredTokens();
    return;
  }
  const token = await issueToken("password_reset", user._id, user.email);
  const locale = localeFor(user.settings.language, request.acceptLanguage);
  void sendMail(passwordResetMail(user.email, token, locale)).catch((error: unknown) => {
    log.error("could not send a password reset email", { error });
  });
}
