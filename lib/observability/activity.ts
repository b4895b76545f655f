import type { RequestContext } from "./request-context";

export type StreamKind = "chat" | "arena" | "image" | "api";
export type UpstreamErrorKind = "429" | "5xx" | "cut" | "timeout" | "other";

export interface ActivitySummary {
  minutes: { at: string; requests: number; errors: number; p95Ms: number | null }[]; // the last 60 minutes, oldest first, ISO minute starts
  totals: { requests: number; errors: number; p95Ms: number | null }; // over the last hour; errors = 5xx responses
  openStreams: { chat: number; arena: number; image: number; api: number };
  upstreamErrors: { model: string; kind: UpstreamErrorKind; count: number }[]; // last hour
  recentErrors: {
    time: string;
    level: "warn" | "error";
    message: string;
    requestId?: string;
    route?: string;
  }[]; // newest first, at most 50, from lib/log.ts
}

const MINUTE_MS = 60_000;
const WINDOW_MINUTES = 60;
const MAX_RECENT_ERRORS = 50;
// Durations kept per minute for its p95: enough to be exact at the load one
// instance serves, bounded (a fair sample beyond it) when it is flooded.
const MAX_SAMPLES = 2_000;

interface Minute {
  requests: number;
  errors: number;
  durations: number[];
  upstreamErrors: Map<string, number>;
}

interface Activity {
  minutes: Map<number, Minute>;
  openStreams: ActivitySummary["openStreams"];
  recentErrors: ActivitySummary["recentErrors"];
}

// Per instance and on globalThis: server.ts counts requests outside Next's
// module graph, the answers count inside it, and the page reads inside it.
const store = globalThis as typeof globalThis & { __uniChatActivity?: Activity };

function state(): Activity {
  store.__uniChatActivity ??= {
    minutes: new Map(),
    openStreams: { chat: 0, arena: 0, image: 0, api: 0 },
    recentErrors: [],
  };
  return store.__uniChatActivity;
}

const minuteOf = (time: number) => Math.floor(time / MINUTE_MS) * MINUTE_MS;

function thisMinute(): Minute {
  const { minutes } = state();
  const now = minuteOf(Date.now());
  let minute = minutes.get(now);
  if (!minute) {
    minute = { requests: 0, errors: 0, durations: [], upstreamErrors: new Map() };
    minutes.set(now, minute);
    for (const start of minutes.keys()) {
      if (start <= now - WINDOW_MINUTES * MINUTE_MS) minutes.delete(start);
    }
  }
  return minute;
}

/** Counts one served request; a 5xx counts as an error. */
export function noteRequest(status: number, durationMs: number): void {
  const minute = thisMinute();
  minute.requests += 1;
  if (status >= 500) minute.errors += 1;
  if (minute.durations.length < MAX_SAMPLES) minute.durations.push(durationMs);
  else {
    // Reservoir sampling keeps every request equally likely to be in the sample.
    const slot = Math.floor(Math.random() * minute.requests);
    if (slot < MAX_SAMPLES) minute.durations[slot] = durationMs;
  }
}

export function noteUpstreamError(model: string, kind: UpstreamErrorKind): void {
  const { upstreamErrors } = thisMinute();
  const key = `${kind} ${model}`;
  upstreamErrors.set(key, (upstreamErrors.get(key) ?? 0) + 1);
}

export function noteStreamChange(kind: StreamKind, change: 1 | -1): void {
  const { openStreams } = state();
  openStreams[kind] = Math.max(0, openStreams[kind] + change);
}

/** Keeps the latest warnings and errors the log wrote, with the request that caused them. */
export function noteLogEntry(
  level: "warn" | "error",
  message: string,
  context: RequestContext | undefined,
): void {
  const { recentErrors } = state();
  recentErrors.unshift({
    time: new Date().toISOString(),
    level,
    message,
    ...(context ? { requestId: context.requestId, route: context.route } : {}),
  });
  if (recentErrors.length > MAX_RECENT_ERRORS) recentErrors.length = MAX_RECENT_ERRORS;
}

function p95(durations: number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  return Math.round(sorted[Math.ceil(sorted.length * 0.95) - 1] ?? 0);
}

/** This instance's last hour, minute by minute, for the admin System page. */
export function activitySummary(): ActivitySummary {
  const { minutes, openStreams, recentErrors } = state();
  const now = minuteOf(Date.now());
  const summary: ActivitySummary["minutes"] = [];
  const all: number[] = [];
  const upstream = new Map<string, number>();
  let requests = 0;
  let errors = 0;
  for (let index = WINDOW_MINUTES - 1; index >= 0; index -= 1) {
    const start = now - index * MINUTE_MS;
    const minute = minutes.get(start);
    summary.push({
      at: new Date(start).toISOString(),
      requests: minute?.requests ?? 0,
      errors: minute?.errors ?? 0,
      p95Ms: p95(minute?.durations ?? []),
    });
    if (!minute) continue;
    requests += minute.requests;
    errors += minute.errors;
    all.push(...minute.durations);
    for (const [key, count] of minute.upstreamErrors) {
      upstream.set(key, (upstream.get(key) ?? 0) + count);
    }
  }
  const upstreamErrors = [...upstream].map(([key, count]) => {
    const space = key.indexOf(" ");
    const kind = key.slice(0, space) as UpstreamErrorKind;
    return { model: key.slice(space + 1), kind, count };
  });
  upstreamErrors.sort((a, b) => b.count - a.count);
  return {
    minutes: summary,
    totals: { requests, errors, p95Ms: p95(all) },
    openStreams: { ...openStreams },
    upstreamErrors,
    recentErrors: recentErrors.map((entry) => ({ ...entry })),
  };
}
