import type { Messages } from "@/lib/i18n/messages";
import { readerText, readsEnglish } from "@/lib/i18n/reader";

type Sentence = keyof Messages["common"]["errors"];

/**
 * The failures a sentence of the client's says as well as the server's
 * message does, by code. Any other code's message is the server's own: it is
 * specific to what failed (a token allowance, a name that is taken).
 */
const SENTENCES: Record<string, Sentence> = {
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  banned: "banned",
  not_found: "notFound",
  payload_too_large: "tooLarge",
  rate_limited: "rateLimited",
  network_error: "network",
  server_error: "server",
  internal: "server",
  database_unavailable: "databaseUnavailable",
  shutting_down: "restarting",
  cross_site_request: "crossSite",
  upstream_unavailable: "providerUnavailable",
  upstream_incomplete: "providerIncomplete",
  upstream_auth: "providerKey",
  upstream_credits: "providerCredits",
  no_api_key: "noProvider",
  request_failed: "requestFailed",
};

/**
 * What a person reads about a failure with this code, in their language,
 * given what the server said about it, if anything.
 */
export function failureSentence(code: string, serverMessage?: string): string {
  const sentence = Object.hasOwn(SENTENCES, code) ? SENTENCES[code] : undefined;
  if (serverMessage && (!sentence || readsEnglish())) return serverMessage;
  return readerText()(`errors.${sentence ?? "unknown"}`);
}
