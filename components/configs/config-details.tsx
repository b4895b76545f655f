"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import { GalleryCardActions } from "@/components/gallery/gallery-card-actions";
import type { ConfigDto } from "@/lib/configs/dto";
import { ConfigCard } from "./config-card";
import { useMyConfigs } from "./data";
import { VisibilityBadge } from "./visibility-badge";

type Parameters = ConfigDto["parameters"];

const PARAMETERS = [
  "temperature",
  "topP",
  "maxTokens",
  "frequencyPenalty",
  "presencePenalty",
] as const satisfies (keyof Parameters)[];

/** One config in full: what the gallery card shows, then its system prompt and parameters. */
export function ConfigDetails({ config, isAdmin }: { config: ConfigDto; isAdmin: boolean }) {
  const t = useTranslations("configs");
  const f = useFormat();
  const mine = useMyConfigs();
  const saved = (mine.data ?? []).some((entry) => entry.id === config.id && !entry.isOwn);
  const byline = config.isOwn
    ? t("card.byYou")
    : config.author
      ? t("card.byAuthor", { name: config.author.displayName })
      : null;

  // Max tokens reads like the number typed into the editor, without separators.
  function shown(parameters: Parameters, name: (typeof PARAMETERS)[number]): string {
    if (name !== "maxTokens") return f.count(parameters[name]);
    return parameters.maxTokens === null ? t("details.modelLimit") : String(parameters.maxTokens);
  }

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
          {t("details.systemPrompt")}
        </h2>
        <p className="mt-2 whitespace-pre-wrap break-words text-sm text-muted-foreground">
          {config.systemPrompt || t("details.noSystemPrompt")}
        </p>
      </section>
      <section aria-labelledby="parameters" className="rounded-xl border bg-card p-4 shadow-sm">
        <h2 id="parameters" className="text-sm font-semibold">
          {t("details.parameters")}
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          {PARAMETERS.map((name) => (
            <div key={name}>
              <dt className="text-xs text-muted-foreground">{t(`fields.${name}`)}</dt>
              <dd className="tabular-nums">{shown(config.parameters, name)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
