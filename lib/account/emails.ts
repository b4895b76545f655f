import { TOKEN_LIFETIME_MS } from "@/lib/account/tokens";
import type { Locale } from "@/lib/i18n/locales";
import { appLink, composeMail, mailTranslator } from "@/lib/mail/compose";
import type { Mail } from "@/lib/mail/send";

const lifetime = (t: ReturnType<typeof mailTranslator>) =>
  t("lifetime", { hours: TOKEN_LIFETIME_MS / 3_600_000 });

export function passwordResetMail(to: string, token: string, locale: Locale): Mail {
  const t = mailTranslator(locale);
  return composeMail(locale, {
    to,
    subject: t("passwordReset.subject"),
    lines: [t("passwordReset.body")],
    action: {
      label: t("passwordReset.action"),
      url: appLink(`/reset-password?token=${token}`),
    },
    footer: [t("passwordReset.expiry", { lifetime: lifetime(t) }), t("passwordReset.notYou")],
  });
}

export function confirmEmailMail(to: string, token: string, locale: Locale): Mail {
  const t = mailTranslator(locale);
  return composeMail(locale, {
    to,
    subject: t("confirmEmail.subject"),
    lines: [t("confirmEmail.body")],
    action: { label: t("confirmEmail.action"), url: appLink(`/confirm-email?token=${token}`) },
    footer: [t("confirmEmail.expiry", { lifetime: lifetime(t) }), t("confirmEmail.notYou")],
  });
}

export function emailChangedMail(to: string, newEmail: string, locale: Locale): Mail {
  const t = mailTranslator(locale);
  return composeMail(locale, {
    to,
    subject: t("emailChanged.subject"),
    lines: [t("emailChanged.body", { email: newEmail })],
    footer: [t("emailChanged.notYou")],
  });
}
