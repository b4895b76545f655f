import { describe, expect, it } from "vitest";
import { formatters } from "@/lib/i18n/format";
import { localeFor, negotiateLocale } from "@/lib/i18n/locales";
import { messagesFor, overlay } from "@/lib/i18n/messages";
import de from "@/messages/de";
import en from "@/messages/en";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

/**
 * The names an ICU message fills in: "{count, plural, one {# chat} other {# chats}}"
 * and "{name}" give count and name; the words in a select's or plural's cases do not.
 */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let at = 0;
  const read = (end: string) => {
    while (at < message.length && message[at] !== end) {
      if (message[at] === "{") argument();
      else at++;
    }
    at++;
  };
  const argument = () => {
    const close = message.slice(at).search(/[,}]/);
    if (close < 0) throw new Error(`unclosed "{" in ${message}`);
    const name = message.slice(at + 1, at + close).trim();
    names.add(name);
    at += close;
    if (message[at] === "}") {
      at++;
      return;
    }
    // "{count, plural, one {…} other {…}}": skip the type, then read each case's text.
    const cases = message.slice(at).match(/^,\s*\w+\s*(,)?/);
    at += cases?.[0].length ?? 1;
    if (!cases?.[1]) return read("}");
    while (at < message.length && message[at] !== "}") {
      if (message[at] === "{") {
        at++;
        read("}");
      } else at++;
    }
    at++;
  };
  read("");
  return [...names].sort();
}

describe("the German messages", () => {
  const english = leaves(en as Tree);
  const german = leaves(de as Tree);

  it("translate every English message", () => {
    expect([...english.keys()].filter((key) => !german.has(key))).toEqual([]);
  });

  it("have no message English lacks", () => {
    expect([...german.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("fill in the same placeholders", () => {
    const differing = [...english]
      .filter(([key]) => german.has(key))
      .filter(
        ([key, text]) => placeholders(text).join() !== placeholders(german.get(key) ?? "").join(),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

describe("a missing translation", () => {
  it("shows the English text in its place", () => {
    const merged = overlay(
      { chat: { send: "Send", stop: "Stop" }, common: { cancel: "Cancel" } },
      { chat: { send: "Senden" } },
    );
    expect(merged).toEqual({
      chat: { send: "Senden", stop: "Stop" },
      common: { cancel: "Cancel" },
    });
  });

  it("keeps every English key in the German messages", () => {
    expect([...leaves(messagesFor("de") as Tree).keys()].sort()).toEqual(
      [...leaves(en as Tree).keys()].sort(),
    );
  });
});

describe("the browser's language", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.8", "de"],
    ["de-CH", "de"],
    ["en-US,en;q=0.9,de;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5", "de"],
    ["fr-FR,en;q=0.2,de;q=0.4", "de"],
    ["fr-FR", "en"],
    ["de;q=0, en", "en"],
    ["*", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s reads as %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe("the chosen language", () => {
  it("wins over the browser's, and a language we lack follows the browser", () => {
    expect(localeFor("en", "de-DE")).toBe("en");
    expect(localeFor("auto", "de-DE")).toBe("de");
    expect(localeFor("fr", "fr-FR,de;q=0.5")).toBe("de");
    expect(localeFor(undefined, null)).toBe("en");
  });
});

describe("formats", () => {
  const words = { free: "free", never: "Never", unlimited: "Unlimited" };
  const english = formatters("en", words);
  const german = formatters("de", { free: "kostenlos", never: "Nie", unlimited: "Unbegrenzt" });

  // German puts the sign after the amount, held to it by a no-break space.
  it("write money the reader's way", () => {
    expect([
      english.usd(1234.5),
      english.usd(0.0042),
      english.usd(0),
      english.usd(0.00001),
    ]).toEqual(["$1,234.50", "$0.0042", "$0", "<$0.0001"]);
    expect([german.usd(1234.5), german.usd(0.0042), german.usd(0)]).toEqual([
      "1.234,50\u00a0$",
      "0,0042\u00a0$",
      "0\u00a0$",
    ]);
    expect([english.budgetUsd(5), english.budgetUsd(0.004), german.budgetUsd(1.2345)]).toEqual([
      "$5.00",
      "$0.004",
      "1,2345\u00a0$",
    ]);
    expect([english.perMillion(0.15e-6), german.perMillion(3e-6), german.perMillion(0)]).toEqual([
      "$0.15",
      "3\u00a0$",
      "kostenlos",
    ]);
  });

  it("write counts, tokens and durations with the reader's separators", () => {
    expect([english.count(1234567), german.count(1234567)]).toEqual(["1,234,567", "1.234.567"]);
    expect([english.tokens(12_345), english.tokens(1500), german.tokens(1500)]).toEqual([
      "12k",
      "1.5k",
      "1,5k",
    ]);
    expect([english.duration(4200), german.duration(4200), german.duration(65_000)]).toEqual([
      "4.2 s",
      "4,2 s",
      "1 min 5 s",
    ]);
  });

  it("write dates in the reader's language, in UTC", () => {
    const at = "2025-03-05T14:03:05Z";
    expect([english.date(at), german.date(at)]).toEqual(["5 Mar 2025", "5. März 2025"]);
    expect(german.dateTime(at)).toBe("5. März 2025, 14:03");
    expect([german.lastActive(null), german.limit(-1, german.usd)]).toEqual(["Nie", "Unbegrenzt"]);
  });
});

describe("placeholders", () => {
  it.each([
    ["Delete {name}?", ["name"]],
    ["{count, plural, one {# chat} other {# chats in {folder}}}", ["count", "folder"]],
    ["{mode, select, blind {Blind} other {Open}} vote", ["mode"]],
    ["{total, number} of {limit}", ["limit", "total"]],
    ["No placeholders", []],
  ])("of %s", (message, names) => {
    expect(placeholders(message)).toEqual(names);
  });
});
