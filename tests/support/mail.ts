import { inject } from "vitest";
import type { CaughtMail } from "../mail-catcher/mime";
import { waitFor } from "../setup/wait";

async function caught(): Promise<CaughtMail[]> {
  return (await (await fetch(`${inject("mailCatcherUrl")}/messages`)).json()) as CaughtMail[];
}

/** Every email the app has sent to `address` so far, oldest first. */
export async function mailsTo(address: string): Promise<CaughtMail[]> {
  return (await caught()).filter((mail) => mail.to.includes(address));
}

/** Waits for the `count`th email to `address` (the app sends after answering) and returns it. */
export async function waitForMail(address: string, count = 1): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await waitFor(
    async () => {
      found = (await mailsTo(address))[count - 1];
      return found !== undefined;
    },
    `email ${count} to ${address}`,
    10_000,
  );
  return found as CaughtMail;
}

/** The token of the app link in a mail's text, e.g. of `/reset-password?token=…`. */
export function tokenIn(mail: CaughtMail, page: string): string {
  const match = new RegExp(`/${page}\\?token=([\\w-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no /${page} link in:\n${mail.text}`);
  return match[1];
}
