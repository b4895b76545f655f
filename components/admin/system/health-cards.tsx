import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { SystemStatusDto } from "@/lib/admin/dto";
import type { Formatters } from "@/lib/i18n/format";
import { StatusDot, type Tone } from "./status-dot";

type Health = SystemStatusDto["health"];
type HealthT = ReturnType<typeof useTranslations<"admin.system.health">>;

interface Check {
  /** Stable across languages: the card's test id. */
  id: string;
  name: string;
  tone: Tone;
  state: string;
  detail: string;
}

function uptime(t: HealthT, seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return t("uptime.days", { days, hours });
  if (hours > 0) return t("uptime.hours", { hours, minutes });
  return t("uptime.minutes", { minutes });
}

const SERVER_TONES: Record<Health["status"], Tone> = {
  ok: "good",
  degraded: "bad",
  draining: "idle",
};

function checks(t: HealthT, f: Formatters, health: Health): Check[] {
  const upstream = health.upstream;
  const { version, commit } = health.version;
  return [
    {
      id: "Server",
      name: t("server.name"),
      tone: SERVER_TONES[health.status],
      state: t(`server.states.${health.status}`),
      detail: [
        t(`server.details.${health.status}`),
        commit ? t("server.versionCommit", { version, commit }) : t("server.version", { version }),
        t("server.uptime", { uptime: uptime(t, health.uptimeSeconds) }),
      ].join(" · "),
    },
    {
      id: "Database",
      name: t("database.name"),
      tone: health.db === "ok" ? "good" : "bad",
      state: t(health.db === "ok" ? "working" : "down"),
      detail: t(health.db === "ok" ? "database.ok" : "database.down"),
    },
    {
      id: "Model provider",
      name: t("upstream.name"),
      tone: upstream.status === "ok" ? "good" : upstream.status === "down" ? "bad" : "idle",
      state: t(
        upstream.status === "ok"
          ? "upstream.reachable"
          : upstream.status === "down"
            ? "down"
            : "upstream.unconfigured",
      ),
      detail:
        upstream.status === "unconfigured"
          ? t("upstream.noKey")
          : `${upstream.error ?? (upstream.latencyMs !== undefined ? f.duration(upstream.latencyMs) : "")} · ${t("upstream.checked", { time: f.clock(upstream.checkedAt) })}`,
    },
    {
      id: "Redis",
      name: t("redis.name"),
      tone: health.redis === "ok" ? "good" : health.redis === "down" ? "bad" : "idle",
      state: t(
        health.redis === "ok" ? "working" : health.redis === "down" ? "down" : "redis.unused",
      ),
      detail: t(`redis.details.${health.redis}`),
    },
  ];
}

/** What this server depends on, one card each. */
export function HealthCards({ health }: { health: Health }) {
  const t = useTranslations("admin.system.health");
  const f = useFormat();
  return (
    <section aria-labelledby="system-health">
      <h2 id="system-health" className="sr-only">
        {t("title")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {checks(t, f, health).map((check) => (
          <li
            key={check.id}
            className="rounded-xl border bg-card p-4 shadow-sm"
            data-testid={`health-${check.id}`}
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
