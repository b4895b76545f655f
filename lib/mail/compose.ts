import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { Mail } from "./send";

const APP_NAME = "Uni-Chat";

/** An absolute link into the app, from APP_URL (never from a request's Host header). */
export function appLink(path: string): string {
  return new URL(path, env().APP_URL ?? "http://localhost").toString();
}

/** The emails' messages in one language. */
export function mailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "auth.mail" });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Message {
  to: string;
  subject: string;
  /** Paragraphs before the button (or alone, for a notice). */
  lines: string[];
  action?: { label: string; url: string };
  /** Paragraphs after it: how long the link lasts, what to do if it was not you. */
  footer: string[];
}

/** An email as plain text and as simple HTML, both saying the same thing, in the reader's language. */
export function composeMail(locale: Locale, { to, subject, lines, action, footer }: Message): Mail {
  const t = mailTranslator(locale);
  const text = [
    ...lines,
    ...(action ? [`${action.label}: ${action.url}`] : []),
    ...footer,
    `— ${APP_NAME}`,
  ].join("\n\n");
  const paragraph = (line: string) => `<p>${escapeHtml(line)}</p>`;
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 16px;border-radius:6px;background:#111827;color:#ffffff;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:12px;color:#6b7280">${escapeHtml(t("openLink", { url: action.url }))}</p>`
    : "";
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111827">${lines.map(paragraph).join("")}${button}${footer.map(paragraph).join("")}<p style="color:#6b7280">— ${APP_NAME}</p></body></html>`;
  return { to, subject: `${APP_NAME}: ${subject}`, text, html };
}
