import { formatClock } from "@/components/common/format";
import type { SystemStatusDto } from "@/lib/admin/dto";
import { StatusDot, type Tone } from "./status-dot";

type Health = SystemStatusDto["health"];

interface Check {
  name: string;
  tone: Tone;
  state: string;
  detail: string;
}

function formatUptime(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min`;
}

const SERVER_STATES: Record<Health["status"], { tone: Tone; state: string; detail: string }> = {
  ok: { tone: "good", state: "Serving", detail: "Taking new work" },
  degraded: { tone: "bad", state: "Degraded", detail: "The database is unreachable" },
  draining: { tone: "idle", state: "Draining", detail: "Shutting down: no new answers" },
};

function checks(health: Health): Check[] {
  const server = SERVER_STATES[health.status];
  const upstream = health.upstream;
  return [
    {
      name: "Server",
      ...server,
      detail: `${server.detail} · version ${health.version.version}${health.version.commit ? ` (${health.version.commit})` : ""} · up ${formatUptime(health.uptimeSeconds)}`,
    },
    {
      name: "Database",
      tone: health.db === "ok" ? "good" : "bad",
      state: health.db === "ok" ? "Working" : "Down",
      detail:
        health.db === "ok"
          ? "Answers queries"
          : "Not answering: sign-ins, chats and saves fail until it is back",
    },
    {
      name: "Model provider",
      tone: upstream.status === "ok" ? "good" : upstream.status === "down" ? "bad" : "idle",
      state:
        upstream.status === "ok" ? "Reachable" : upstream.status === "down" ? "Down" : "Not set up",
      detail:
        upstream.status === "unconfigured"
          ? "No API key: set OPENROUTER_API_KEY to chat with models"
          : `${upstream.error ?? (upstream.latencyMs !== undefined ? `${upstream.latencyMs} ms` : "")} · checked ${formatClock(upstream.checkedAt)} UTC`,
    },
    {
      name: "Redis",
      tone: health.redis === "ok" ? "good" : health.redis === "down" ? "bad" : "idle",
      state: health.redis === "ok" ? "Working" : health.redis === "down" ? "Down" : "Not used",
      detail:
        health.redis === "unused"
          ? "Limits and live updates stay within this server"
          : health.redis === "ok"
            ? "Limits and live updates shared by every server"
            : "Limits and live updates between servers are failing",
    },
  ];
}

/** What this server depends on, one card each. */
export function HealthCards({ health }: { health: Health }) {
  return (
    <section aria-labelledby="system-health">
      <h2 id="system-health" className="sr-only">
        Health
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {checks(health).map((check) => (
          <li
            key={check.name}
            className="rounded-xl border bg-card p-4 shadow-sm"
            data-testid={`health-${check.name}`}
          >
            <p className="text-xs font-medium text-muted-foreground">{check.name}</p>
            <p className="mt-1 flex items-center gap-2 text-lg font-semibold">
              <StatusDot tone={check.tone} />
              {check.state}
            </p>
            <p className="mt-0.5 break-words text-xs text-muted-foreground">{check.detail}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
