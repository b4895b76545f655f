import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Whether SMTP_URL is set; without it the app sends no email and offers nothing that needs one. */
export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** What routes that need email answer when it is not configured. */
export function mailNotConfigured(): AppError {
  return new AppError(
    "mail_not_configured",
    503,
    "Email is not set up on this server, so this cannot be done. Ask your administrator.",
  );
}

// One pooled connection per process, made on the first mail.
const store = globalThis as typeof globalThis & { __uniChatMail?: Transporter };

function transport(url: string): Transporter {
  store.__uniChatMail ??= nodemailer.createTransport(url);
  return store.__uniChatMail;
}

function sender(): string {
  const { MAIL_FROM, APP_URL } = env();
  return MAIL_FROM ?? `Uni-Chat <no-reply@${new URL(APP_URL ?? "http://localhost").hostname}>`;
}

/** Sends one email through SMTP_URL; throws the mail_not_configured 503 without it. */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL } = env();
  if (!SMTP_URL) throw mailNotConfigured();
  try {
    await transport(SMTP_URL).sendMail({ from: sender(), ...mail });
  } catch (error) {
    log.error("the mail server refused an email", { error });
    throw new AppError(
      "mail_failed",
      502,
      "The email could not be sent: the mail server did not take it. Try again later.",
    );
  }
}
