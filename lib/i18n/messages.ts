import de from "@/messages/de";
import en from "@/messages/en";
import type { Locale } from "./locales";

/** Every message the interface shows, as written in English. */
export type Messages = typeof en;

type Partially<T> = { [K in keyof T]?: T[K] extends string ? string : Partially<T[K]> };

/** A language's messages: any subset of the English ones, and nothing they lack. */
export type Translation = Partially<Messages>;

const TRANSLATIONS: Record<Locale, Translation> = { en, de };

const merged = new Map<Locale, Messages>();

/**
 * A locale's messages laid over English, so a key the translation lacks
 * shows its English text instead of breaking the page.
 */
export function messagesFor(locale: Locale): Messages {
  let messages = merged.get(locale);
  if (!messages) {
    messages = overlay(en, TRANSLATIONS[locale]) as Messages;
    merged.set(locale, messages);
  }
  return messages;
}

type Tree = { [key: string]: string | Tree };

/** `base` with every string `over` also has replaced by its version. */
export function overlay(base: Tree, over: Tree | Partially<Tree>): Tree {
  const result: Tree = {};
  for (const [key, value] of Object.entries(base)) {
    const replacement = (over as Tree)[key];
    if (typeof value === "string") {
      result[key] = typeof replacement === "string" && replacement !== "" ? replacement : value;
    } else {
      result[key] = overlay(
        value,
        replacement && typeof replacement === "object" ? replacement : {},
      );
    }
  }
  return result;
}
