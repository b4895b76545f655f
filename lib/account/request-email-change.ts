import { confirmEmailMail } from "@/lib/account/emails";
import { changeEmailSchema } from "@/lib/account/schemas";
import { issueToken } from "@/lib/account/tokens";
import { accountWithPassword } from "@/lib/account/verify-password";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { localeFor } from "@/lib/i18n/locales";
import { mailConfigured, mailNotConfigured, sendMail } from "@/lib/mail/send";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

/**
 * Mails a confirmation link to the new address; the account keeps its
 * email until the link is followed, so a typo locks nobody out. Needs the
 * password: a session left open must not be enough to take the account.
 * The mail is in the account's language, else in that of the browser asking.
 */
export async function requestEmailChange(
  actor: SessionUser,
  input: unknown,
  request: { address: string; acceptLanguage: string | null },
): Promise<void> {
  if (!mailConfigured()) throw mailNotConfigured();
  const { newEmail, password } = parseInput(changeEmailSchema, input);
  const user = await accountWithPassword(actor, password, request.address);
  if (newEmail === user.email) {
    throw AppError.badRequest("newEmail: is already your email", {
      newEmail: ["is already your email"],
    });
  }
  if (await User.exists({ email: newEmail })) {
    throw AppError.conflict("An account with this email already exists.");
  }
  await enforceRateLimit("mailRecipient", [`email:${newEmail}`]);
  const token = await issueToken("email_change", user._id, newEmail);
  const locale = localeFor(user.settings.language, request.acceptLanguage);
  await sendMail(confirmEmailMail(newEmail, token, locale));
}
