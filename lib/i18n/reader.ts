import { createTranslator } from "next-intl";
import english from "@/messages/en/common.json";
import { DEFAULT_LOCALE, type Locale } from "./locales";

type Common = typeof english;

function translatorFor(locale: Locale, messages: Common) {
  return createTranslator({ locale, messages: { common: messages }, namespace: "common" });
}

let reader = {
  locale: DEFAULT_LOCALE,
  messages: english,
  t: translatorFor(DEFAULT_LOCALE, english),
};

/**
 * Tells text made outside components (an API error's sentence, a field's
 * message) the reader's language: such code cannot ask React for it. The
 * app's providers call this in the browser; until then, and on the server,
 * it is English.
 */
export function setReaderLanguage(locale: Locale, messages: Common): void {
  if (reader.locale === locale && reader.messages === messages) return;
  reader = { locale, messages, t: translatorFor(locale, messages) };
}

/** The common messages in the reader's language. */
export function readerText() {
  return reader.t;
}

/** The server writes English: a reader of English gets its words as they are. */
export function readsEnglish(): boolean {
  return reader.locale === DEFAULT_LOCALE;
}
