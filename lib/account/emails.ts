import { TOKEN_LIFETIME_MS } from "@/lib/account/tokens";
import { appLink, composeMail } from "@/lib/mail/compose";
import type { Mail } from "@/lib/mail/send";

const LIFETIME = `${TOKEN_LIFETIME_MS / 3_600_000} hour`;

export function passwordResetMail(to: string, token: string): Mail {
  return composeMail({
    to,
    subject: "Reset your password",
    lines: ["Someone, hopefully you, asked to reset the password of this account."],
    action: { label: "Choose a new password", url: appLink(`/reset-password?token=${token}`) },
    footer: [
      `The link works once, for ${LIFETIME}. Choosing a new password signs you out everywhere.`,
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ],
  });
}

export function confirmEmailMail(to: string, token: string): Mail {
  return composeMail({
    to,
    subject: "Confirm your new email address",
    lines: ["Someone, hopefully you, asked to use this address for their account."],
    action: { label: "Confirm this address", url: appLink(`/confirm-email?token=${token}`) },
    footer: [
      `The link works once, for ${LIFETIME}. Until it is followed, the account keeps its old address.`,
      "If you did not ask for this, ignore this email.",
    ],
  });
}

export function emailChangedMail(to: string, newEmail: string): Mail {
  return composeMail({
    to,
    subject: "Your email address was changed",
    lines: [
      `The email address of your account was changed to ${newEmail}. Sign in with that address from now on.`,
    ],
    footer: ["If you did not do this, contact your administrator at once."],
  });
}
