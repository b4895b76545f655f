import { parseEnv } from "@/lib/env";
import { noteLogEntry } from "@/lib/observability/activity";
import { requestContext } from "@/lib/observability/request-context";

export type Level = "debug" | "info" | "warn" | "error";

const RANK: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

interface Settings {
  level: Level;
  format: "json" | "pretty";
}

let settings: Settings | undefined;

/**
 * LOG_LEVEL and LOG_FORMAT, read once; an environment not yet valid logs
 * everything as JSON at info. Parsed apart from env(), whose cache must not
 * be filled before server.ts has set MONGODB_URI to the embedded database.
 */
function current(): Settings {
  if (settings) return settings;
  try {
    const { LOG_LEVEL, LOG_FORMAT } = parseEnv(process.env);
    settings = { level: LOG_LEVEL, format: LOG_FORMAT };
    return settings;
  } catch {
    return { level: "info", format: "json" };
  }
}

function serialize(value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** One line for a person at a terminal; values stay JSON, so line breaks stay escaped. */
function pretty(entry: Record<string, unknown>): string {
  const { time, level, message, ...fields } = entry;
  const rest = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(
      ([key, value]) =>
        `${key}=${typeof value === "string" && /^[\w./:@[\]-]*$/.test(value) ? value : JSON.stringify(value)}`,
    );
  return [time, String(level).toUpperCase().padEnd(5), JSON.stringify(message), ...rest].join(" ");
}

/**
 * Writes one JSON line per event. JSON escapes line breaks, so text from a
 * request can never forge a second log entry. Lines written while serving a
 * request carry its id, so one request's lines can be found together.
 */
function write(level: Level, message: string, fields?: Record<string, unknown>) {
  const { level: threshold, format } = current();
  const context = requestContext();
  if (level === "warn" || level === "error") noteLogEntry(level, message, context);
  if (RANK[level] < RANK[threshold]) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, message };
  if (context) entry.requestId = context.requestId;
  for (const [key, value] of Object.entries(fields ?? {})) entry[key] = serialize(value);
  const line = format === "pretty" ? pretty(entry) : JSON.stringify(entry);
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
