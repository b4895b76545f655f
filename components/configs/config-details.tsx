"use client";

import { GalleryCardActions } from "@/components/gallery/gallery-card-actions";
import type { ConfigDto } from "@/lib/configs/dto";
import { ConfigCard } from "./config-card";
import { useMyConfigs } from "./data";
import { VisibilityBadge } from "./visibility-badge";

const PARAMETERS: Array<[string, (p: ConfigDto["parameters"]) => string]> = [
  ["Temperature", (p) => String(p.temperature)],
  ["Top P", (p) => String(p.topP)],
  ["Max tokens", (p) => (p.maxTokens === null ? "the model's limit" : String(p.maxTokens))],
  ["Frequency penalty", (p) => String(p.frequencyPenalty)],
  ["Presence penalty", (p) => String(p.presencePenalty)],
];

/** One config in full: what the gallery card shows, then its system prompt and parameters. */
export function ConfigDetails({ config, isAdmin }: { config: ConfigDto; isAdmin: boolean }) {
  const mine = useMyConfigs();
  const saved = (mine.data ?? []).some((entry) => entry.id === config.id && !entry.isOwn);
  const byline = config.isOwn ? "by you" : config.author ? `by ${config.author.displayName}` : null;

  return (
    <div className="space-y-4">
      <ConfigCard
        config={config}
        badges={<VisibilityBadge visibility={config.visibility} />}
        byline={byline}
        actions={
          <GalleryCardActions
            config={config}
            saved={saved}
            isAdmin={isAdmin && config.visibility === "public"}
          />
        }
      />
      <section aria-labelledby="system-prompt" className="rounded-xl border bg-card p-4 shadow-sm">
        <h2 id="system-prompt" className="text-sm font-semibold">
          System prompt
        </h2>
        <p className="mt-2 whitespace-pre-wrap break-words text-sm text-muted-foreground">
          {config.systemPrompt || "None: the model answers as it would without a config."}
        </p>
      </section>
      <section aria-labelledby="parameters" className="rounded-xl border bg-card p-4 shadow-sm">
        <h2 id="parameters" className="text-sm font-semibold">
          Parameters
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          {PARAMETERS.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-muted-foreground">{label}</dt>
              <dd className="tabular-nums">{value(config.parameters)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
