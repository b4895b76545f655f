import { emailChangedMail } from "@/lib/account/emails";
import { confirmEmailSchema } from "@/lib/account/schemas";
import { consumeToken } from "@/lib/account/tokens";
import { connectDb } from "@/lib/db/connect";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { localeFor } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail/send";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

const INVALID_LINK =
  "This confirmation link does not work: it was used already, is more than an hour old, or a newer one was sent. Ask for a new link from Settings.";

/**
 * Follows a confirmation link, once: the account takes the address the
 * link was mailed to, and the old address is told, in case it was not its
 * owner who asked (in the account's language, else in that of the browser
 * following the link). Needs no session: the link is the proof.
 */
export async function confirmEmailChange(
  input: unknown,
  request: { acceptLanguage: string | null },
): Promise<{ email: string }> {
  const { token } = parseInput(confirmEmailSchema, input);
  await connectDb();
  const link = await consumeToken("email_change", token, INVALID_LINK);
  const before = await User.findById(link.user_id).select("email settings.language").lean();
  if (!before) throw new AppError("invalid_token", 400, INVALID_LINK);
  try {
    await User.updateOne({ _id: before._id }, { $set: { email: link.email } });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    throw AppError.conflict("Another account has taken this email address since it was asked for.");
  }
  const locale = localeFor(before.settings.language, request.acceptLanguage);
  void sendMail(emailChangedMail(before.email, link.email, locale)).catch((error: unknown) => {
    log.error("could not tell an old address of its email change", { error });
  });
  return { email: link.email };
}
