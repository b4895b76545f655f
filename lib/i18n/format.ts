import type { Locale } from "./locales";

/** The words a formatter needs, in the reader's language. */
export interface FormatWords {
  free: string;
  never: string;
  unlimited: string;
}

/** How amounts, counts, dates and durations read in one locale. */
export interface Formatters {
  /** 1234 → "1,234" / "1.234". */
  count(value: number): string;
  /** "$0.0042", "$1.23", "<$0.0001"; a free model says "$0". German puts the sign after: "1,23 $". */
  usd(value: number): string;
  /** A budget as an admin set it: "$5.00", and one that is not whole cents with its own digits ("$0.004"). */
  budgetUsd(value: number): string;
  /** 950 → "950", 12_345 → "12.3k", 2_000_000 → "2M". */
  tokens(value: number): string;
  /** Price per million tokens, as model lists show it: "$3", "$0.15", "free". */
  perMillion(usdPerToken: number): string;
  /** "850 ms", "4.2 s", "1 min 5 s". */
  duration(ms: number): string;
  /** "42%" / "42 %". */
  percent(fraction: number): string;
  /** "5 Mar 2025" / "5. März 2025" (UTC). */
  date(iso: string | Date): string;
  /** "5 Mar 2025, 14:03" in UTC: the caller says UTC once, in a column header or after it. */
  dateTime(iso: string | Date): string;
  /** "14:03:05" in UTC. */
  clock(iso: string | Date): string;
  /** A date, or "Never" for none. */
  lastActive(iso: string | null): string;
  /** A limit as the seed stores it: -1 means none. */
  limit(value: number, format: (value: number) => string): string;
}

// Locales as Intl knows them: English reads dates the British way ("5 Mar 2025").
const INTL_DATES: Record<Locale, string> = { en: "en-GB", de: "de-DE" };
const INTL_NUMBERS: Record<Locale, string> = { en: "en-US", de: "de-DE" };

const made = new Map<string, Formatters>();

/**
 * The formatters for a locale. A fixed time zone: these strings are rendered
 * on the server and again in the browser, and must come out the same on both.
 */
export function formatters(locale: Locale, words: FormatWords): Formatters {
  const key = `${locale}\u0000${words.free}\u0000${words.never}\u0000${words.unlimited}`;
  let result = made.get(key);
  if (!result) {
    result = make(locale, words);
    made.set(key, result);
  }
  return result;
}

function make(locale: Locale, words: FormatWords): Formatters {
  const numbers = INTL_NUMBERS[locale];
  const dates = INTL_DATES[locale];
  const count = new Intl.NumberFormat(numbers);
  const money = (digits: number) =>
    new Intl.NumberFormat(numbers, {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const usdBy = [0, 1, 2, 3, 4, 5, 6].map(money);
  const usdIn = (value: number, digits: number) => (usdBy[digits] ?? money(digits)).format(value);
  // Token counts and durations take at most one decimal.
  const decimals = {
    0: new Intl.NumberFormat(numbers, { maximumFractionDigits: 0 }),
    1: new Intl.NumberFormat(numbers, { maximumFractionDigits: 1 }),
  };
  const decimal = (value: number, digits: 0 | 1) => decimals[digits].format(value);
  const percent = new Intl.NumberFormat(numbers, { style: "percent", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(dates, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const dayAndTime = new Intl.DateTimeFormat(dates, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  });
  const clock = new Intl.DateTimeFormat(dates, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  });

  const usd = (value: number) => {
    if (!Number.isFinite(value) || value <= 0) return usdIn(0, 0);
    if (value < 0.0001) return `<${usdIn(0.0001, 4)}`;
    return usdIn(value, value < 0.01 ? 4 : value < 1 ? 3 : 2);
  };

  return {
    count: (value) => count.format(value),
    usd,
    budgetUsd(value) {
      if (!Number.isFinite(value) || value <= 0) return usdIn(0, 0);
      const cents = value * 100;
      if (Math.abs(cents - Math.round(cents)) < 1e-9) return usdIn(value, 2);
      const exact = Number(value < 0.01 ? value.toPrecision(2) : value.toFixed(4));
      return usdIn(exact, Math.min(6, Math.max(2, fractionDigits(exact))));
    },
    tokens(value) {
      if (value < 1000) return String(Math.max(0, Math.round(value)));
      if (value < 1_000_000) return `${decimal(value / 1000, value < 10_000 ? 1 : 0)}k`;
      return `${decimal(value / 1_000_000, 1)}M`;
    },
    perMillion(usdPerToken) {
      if (!Number.isFinite(usdPerToken) || usdPerToken <= 0) return words.free;
      const perMillion = usdPerToken * 1_000_000;
      const digits = perMillion < 1 ? 3 : 2;
      const rounded = Number(perMillion.toFixed(digits));
      return usdIn(rounded, fractionDigits(rounded));
    },
    duration(ms) {
      if (ms < 1000) return `${Math.round(ms)} ms`;
      if (ms < 60_000) return `${decimal(ms / 1000, 1)} s`;
      const minutes = Math.floor(ms / 60_000);
      const seconds = Math.round((ms % 60_000) / 1000);
      return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
    },
    percent: (fraction) => percent.format(fraction),
    date: (iso) => day.format(new Date(iso)),
    dateTime: (iso) => dayAndTime.format(new Date(iso)),
    clock: (iso) => clock.format(new Date(iso)),
    lastActive: (iso) => (iso ? day.format(new Date(iso)) : words.never),
    limit: (value, format) => (value < 0 ? words.unlimited : format(value)),
  };
}

/** 0.15 → 2, 3 → 0, 0.004 → 3. */
function fractionDigits(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** English formatters, for text that is not shown to one reader (logs, messages from the API). */
export const ENGLISH = formatters("en", { free: "free", never: "Never", unlimited: "Unlimited" });
