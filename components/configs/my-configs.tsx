"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { ListError } from "@/components/common/list-states";
import type { ConfigDto, MyConfigDto } from "@/lib/configs/dto";
import { ConfigCard } from "./config-card";
import { ConfigGridSkeleton } from "./config-grid-skeleton";
import { type MyConfigs as MyConfigsData, useMyConfigs } from "./data";
import { MyConfigsEmpty } from "./my-configs-empty";
import { OwnConfigActions } from "./own-config-actions";
import { SavedConfigActions } from "./saved-config-actions";
import { UnavailableConfigCard } from "./unavailable-config-card";
import { templateBadge, VisibilityBadge } from "./visibility-badge";

/** The configs page: the user's own configs, then the ones saved from the gallery. */
export function MyConfigs({ initial }: { initial: MyConfigsData }) {
  const t = useTranslations("configs");
  const query = useMyConfigs(initial);

  if (query.isPending) return <ConfigGridSkeleton label={t("list.loading")} />;
  if (query.isError) {
    return (
      <ListError
        message={t("list.loadError", { message: query.error.message })}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const own = query.data.filter((config): config is ConfigDto => config.isOwn);
  const saved = query.data.filter((config) => !config.isOwn);
  if (own.length === 0 && saved.length === 0) return <MyConfigsEmpty />;

  return (
    <div className="space-y-10">
      <Section title={t("list.own")} configs={own} empty={t("list.ownEmpty")}>
        {(config) => (
          <ConfigCard
            key={config.id}
            config={config}
            badges={<VisibilityBadge visibility={config.visibility} />}
            actions={<OwnConfigActions config={config} />}
          />
        )}
      </Section>
      {saved.length > 0 ? (
        <Section title={t("list.saved")} configs={saved}>
          {(config) =>
            config.available ? (
              <ConfigCard
                key={config.id}
                config={config}
                badges={templateBadge(config.visibility)}
                byline={
                  config.author ? t("card.byAuthor", { name: config.author.displayName }) : null
                }
                actions={<SavedConfigActions config={config} />}
              />
            ) : (
              <UnavailableConfigCard key={config.id} id={config.id} />
            )
          }
        </Section>
      ) : null}
    </div>
  );
}

interface SectionProps<T extends MyConfigDto> {
  title: string;
  configs: T[];
  empty?: string;
  children: (config: T) => ReactNode;
}

function Section<T extends MyConfigDto>({ title, configs, empty, children }: SectionProps<T>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-sm font-medium text-muted-foreground">
        {title} <span className="tabular-nums">({configs.length})</span>
      </h2>
      {configs.length === 0 && empty ? (
        <p className="rounded-xl border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
          {empty}
        </p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">{configs.map(children)}</div>
      )}
    </section>
  );
}
