import { formatTokens, formatUsd } from "@/lib/chat/client/format";

// A fixed locale and time zone: these strings are rendered on the server and
// again in the browser, and must come out the same on both.
const count = new Intl.NumberFormat("en-US");
const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dayAndTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});
const clock = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

export { formatTokens, formatUsd };

/** 1234 → "1,234". */
export function formatCount(value: number): string {
  return count.format(value);
}

/** "5 Mar 2025" (UTC). */
export function formatDate(iso: string): string {
  return day.format(new Date(iso));
}

/** "5 Mar 2025, 14:03" in UTC: the caller says UTC once, in a column header or after it. */
export function formatDateTime(iso: string): string {
  return dayAndTime.format(new Date(iso));
}

/** "14:03:05" in UTC. */
export function formatClock(iso: string): string {
  return clock.format(new Date(iso));
}

export function formatLastActive(iso: string | null): string {
  return iso ? formatDate(iso) : "Never";
}

/** A limit as the seed stores it: -1 means none. */
export function formatLimit(value: number, format: (value: number) => string): string {
  return value < 0 ? "Unlimited" : format(value);
}

/** "openai/gpt-4o" → provider "openai", name "gpt-4o"; an id without a provider is all name. */
export function splitModelId(modelId: string): { provider: string | null; name: string } {
  const slash = modelId.indexOf("/");
  if (slash <= 0 || slash === modelId.length - 1) return { provider: null, name: modelId };
  return { provider: modelId.slice(0, slash), name: modelId.slice(slash + 1) };
}
