import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { DEFAULT_LOCALE, isLocale, type Locale, localeFor } from "./locales";
import { messagesFor } from "./messages";

/**
 * The request's language: the one the signed-in user chose, else the best
 * match for the browser's Accept-Language, else English. No locale in the
 * URL: a link reads the same for everyone it is sent to.
 */
async function requestLocale(): Promise<Locale> {
  const chosen = await currentUser().then(
    (user) => user?.language,
    // A banned or broken session still gets a page (the one saying so) in the browser's language.
    () => null,
  );
  return localeFor(chosen, (await headers()).get("accept-language"));
}

export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) ? asked : await requestLocale().catch(() => DEFAULT_LOCALE);
  return {
    locale,
    messages: messagesFor(locale),
    // Dates render on the server and again in the browser: one fixed zone keeps them equal.
    timeZone: "UTC",
  };
});
