import type { DashboardDto } from "@/lib/admin/dto";
import type { Locale } from "@/lib/i18n/locales";
import { splitModelId } from "../format";

export type DayPoint = DashboardDto["perDay"][number];
/** What the usage charts draw of a day: a person's own usage page has no sign-ups. */
export type UsageDayPoint = Pick<DayPoint, "day" | "replies" | "tokens" | "costUsd">;
export type ModelPoint = DashboardDto["byModel"][number];

// Days as the formatters of lib/i18n/format.ts write them: English the British way.
const DAY_LOCALES: Record<Locale, string> = { en: "en-GB", de: "de-DE" };
const MONEY_LOCALES: Record<Locale, string> = { en: "en-US", de: "de-DE" };

const dayFormats = new Map<Locale, { short: Intl.DateTimeFormat; long: Intl.DateTimeFormat }>();

function daysIn(locale: Locale) {
  let formats = dayFormats.get(locale);
  if (!formats) {
    const intl = DAY_LOCALES[locale];
    formats = {
      short: new Intl.DateTimeFormat(intl, { day: "numeric", month: "short", timeZone: "UTC" }),
      long: new Intl.DateTimeFormat(intl, {
        weekday: "short",
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      }),
    };
    dayFormats.set(locale, formats);
  }
  return formats;
}

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** An axis tick: "5 Mar" / "5. März". */
export function formatDayTick(day: string, locale: Locale = "en"): string {
  return daysIn(locale).short.format(utcDate(day));
}

/** A tooltip heading: "Wed, 5 Mar 2025" / "Mi., 5. März 2025". */
export function formatDayLong(day: string, locale: Locale = "en"): string {
  return daysIn(locale).long.format(utcDate(day));
}

/** A chart with nothing but zeros says so instead of drawing a flat line. */
export function hasAnyValue<T>(points: readonly T[], keys: readonly (keyof T)[]): boolean {
  return points.some((point) => keys.some((key) => Number(point[key]) > 0));
}

export function sumOf<T>(points: readonly T[], key: keyof T): number {
  return points.reduce((sum, point) => sum + Number(point[key]), 0);
}

/** The point with the largest value, the first one on a tie; undefined when all are zero. */
export function peakOf<T>(points: readonly T[], key: keyof T): T | undefined {
  let peak: T | undefined;
  for (const point of points) {
    if (Number(point[key]) > 0 && (!peak || Number(point[key]) > Number(peak[key]))) peak = point;
  }
  return peak;
}

/** A money tick on an axis: "$0", "$0.08", "$0.26", "$1.5", "$12" / "0,08 $". */
export function formatUsdTick(value: number, locale: Locale = "en"): string {
  const rounded =
    !Number.isFinite(value) || value <= 0
      ? 0
      : Number(value >= 1 ? value.toFixed(2) : value.toPrecision(2));
  return new Intl.NumberFormat(MONEY_LOCALES[locale], {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: 0,
    maximumFractionDigits: 6,
  }).format(rounded);
}

/**
 * A model id for an axis label: the provider prefix goes ("openai/gpt-4o" →
 * "gpt-4o") and long names are cut, the full id stays in the tooltip.
 */
export function modelLabel(modelId: string, max = 22): string {
  const { name } = splitModelId(modelId);
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}
