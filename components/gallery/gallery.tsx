"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { ListError } from "@/components/common/list-states";
import { LoadMoreButton } from "@/components/common/load-more";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { ConfigCard } from "@/components/configs/config-card";
import { ConfigGridSkeleton } from "@/components/configs/config-grid-skeleton";
import { useModelList, useMyConfigs } from "@/components/configs/data";
import { templateBadge } from "@/components/configs/visibility-badge";
import type { ConfigDto } from "@/lib/configs/dto";
import type { Page } from "@/lib/conversations/dto";
import { useGallery } from "./../configs/data";
import { GalleryCardActions } from "./gallery-card-actions";
import { GalleryEmpty } from "./gallery-empty";
import { type GalleryControls, GalleryFilters } from "./gallery-filters";
import { popularTags, TagFilter } from "./tag-filter";

const DEFAULT_CONTROLS: GalleryControls = { q: "", model: "", sort: "uses" };

interface GalleryProps {
  /** The first page of the default view, rendered on the server. */
  initial: Page<ConfigDto>;
  isAdmin: boolean;
}

export function Gallery({ initial, isAdmin }: GalleryProps) {
  const t = useTranslations("gallery.page");
  const [controls, setControls] = useState(DEFAULT_CONTROLS);
  const [tag, setTag] = useState("");
  const q = useDebouncedValue(controls.q.trim(), 300);
  const filter = useMemo(
    () => ({
      sort: controls.sort,
      ...(q ? { q } : {}),
      ...(tag ? { tag } : {}),
      ...(controls.model ? { model: controls.model } : {}),
    }),
    [q, tag, controls.model, controls.sort],
  );
  const isDefault = !q && !tag && !controls.model && controls.sort === DEFAULT_CONTROLS.sort;
  const gallery = useGallery(filter, isDefault ? initial : undefined);
  const models = useModelList();
  const mine = useMyConfigs();
  const savedIds = useMemo(
    () => new Set((mine.data ?? []).filter((config) => !config.isOwn).map((config) => config.id)),
    [mine.data],
  );
  const items = useMemo(
    () => gallery.data?.pages.flatMap((page) => page.items) ?? [],
    [gallery.data],
  );
  const tags = useMemo(() => popularTags(items.map((config) => config.tags)), [items]);
  const filtered = Boolean(q || tag || controls.model);

  function clearFilters() {
    setControls(DEFAULT_CONTROLS);
    setTag("");
  }

  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <GalleryFilters value={controls} onChange={setControls} models={models.data} />
        <TagFilter tags={tags} active={tag} onChange={setTag} />
      </div>
      {gallery.isPending ? (
        <ConfigGridSkeleton label={t("loading")} />
      ) : gallery.isError && items.length === 0 ? (
        <ListError
          message={t("loadFailed", { error: gallery.error.message })}
          onRetry={() => void gallery.refetch()}
        />
      ) : items.length === 0 ? (
        <GalleryEmpty filtered={filtered} onClear={clearFilters} />
      ) : (
        <div
          className="space-y-4 transition-opacity aria-busy:opacity-60"
          aria-busy={gallery.isPlaceholderData}
        >
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {items.map((config) => (
              <ConfigCard
                key={config.id}
                config={config}
                badges={templateBadge(config.visibility)}
                byline={
                  config.isOwn
                    ? t("byYou")
                    : config.author
                      ? t("byAuthor", { name: config.author.displayName })
                      : null
                }
                onPickTag={(picked) => setTag(picked === tag ? "" : picked)}
                activeTag={tag}
                actions={
                  <GalleryCardActions
                    config={config}
                    saved={savedIds.has(config.id)}
                    isAdmin={isAdmin}
                  />
                }
              />
            ))}
          </div>
          <LoadMoreButton pages={gallery} />
        </div>
      )}
    </div>
  );
}
