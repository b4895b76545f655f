"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { toast } from "@/components/common/toast";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { useModelList } from "@/components/configs/data";
import type { Page } from "@/lib/conversations/dto";
import type { ImageDto } from "@/lib/images/dto";
import { useImageActions, useImageList } from "./data";
import { GenerationPanel } from "./generation-panel";
import { ImageForm } from "./image-form";
import { ImageGallery } from "./image-gallery";
import { ImageLightbox } from "./image-lightbox";
import { useElapsed } from "./use-elapsed";
import { useGenerateImage } from "./use-generate-image";
import { useImageForm } from "./use-image-form";
import { useReferences } from "./use-references";

interface ImageStudioProps {
  /** The first page of all the user's images, rendered on the server. */
  initial: Page<ImageDto>;
}

/** The image page: the form beside (or, on a phone, above) the latest result and the gallery. */
export function ImageStudio({ initial }: ImageStudioProps) {
  const t = useTranslations("images");
  const models = useModelList();
  const form = useImageForm(models.data);
  const references = useReferences();
  const { generation, generate, cancel, dismiss, updateResult, forgetResult } = useGenerateImage();
  const elapsedMs = useElapsed(generation.status === "pending" ? generation.startedAt : null);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const retry = generation.status === "failed" ? generation.request : null;

  const [q, setQ] = useState("");
  const [favorites, setFavorites] = useState(false);
  const search = useDebouncedValue(q.trim(), 300);
  const filter = useMemo(() => ({ favorites, q: search }), [favorites, search]);
  const isDefault = !favorites && !search;
  const list = useImageList(filter, isDefault ? initial : undefined);
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);

  const [openId, setOpenId] = useState<string | null>(null);
  const result = generation.status === "done" ? generation.image : null;
  // The new image may not be in the filtered grid; then it is shown on its own.
  const shown = useMemo(() => {
    if (openId === null) return { images: items, index: -1 };
    const index = items.findIndex((image) => image.id === openId);
    if (index !== -1) return { images: items, index };
    return result?.id === openId ? { images: [result], index: 0 } : { images: items, index: -1 };
  }, [items, openId, result]);
  const openImage = shown.index === -1 ? null : (shown.images[shown.index] ?? null);

  const actions = useImageActions({
    onChanged: updateResult,
    onDeleted: (id) => {
      forgetResult(id);
      references.forgetImage(id);
      if (id === openId) {
        const neighbour = shown.images[shown.index + 1] ?? shown.images[shown.index - 1];
        setOpenId(neighbour && neighbour.id !== id ? neighbour.id : null);
      }
    },
  });

  const focusPrompt = useCallback(() => {
    promptRef.current?.focus();
    promptRef.current?.scrollIntoView({ behavior: "smooth", block: "center" });
  }, []);

  const next = () => {
    if (shown.index < shown.images.length - 1) {
      setOpenId(shown.images[shown.index + 1]?.id ?? null);
    } else if (list.hasNextPage && !list.isFetchingNextPage) {
      const after = shown.index + 1;
      void list.fetchNextPage().then(({ data }) => {
        const image = data?.pages.flatMap((page) => page.items)[after];
        if (image) setOpenId(image.id);
      });
    }
  };
  const hasNext =
    shown.index < shown.images.length - 1 || (shown.images === items && list.hasNextPage);

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[24rem_minmax(0,1fr)]">
      <div className="lg:sticky lg:top-4">
        <ImageForm
          form={form}
          references={references}
          models={{
            loading: models.isPending,
            error: models.isError ? t("form.modelsFailed", { error: models.error.message }) : null,
          }}
          pending={generation.status === "pending"}
          elapsedMs={elapsedMs}
          onGenerate={(request) => void generate(request)}
          onCancel={cancel}
          promptRef={promptRef}
        />
      </div>
      <div className="min-w-0 space-y-6">
        <GenerationPanel
          generation={generation}
          elapsedMs={elapsedMs}
          onOpen={(image) => setOpenId(image.id)}
          onRetry={retry ? () => void generate(retry) : null}
          onEditPrompt={focusPrompt}
          onDismiss={dismiss}
        />
        <ImageGallery
          list={list}
          items={items}
          q={q}
          onQChange={setQ}
          favorites={favorites}
          onFavoritesChange={setFavorites}
          searching={search !== ""}
          onOpen={(image) => setOpenId(image.id)}
          onToggleFavorite={(image) =>
            actions.favorite.mutate({ image, isFavorite: !image.isFavorite })
          }
        />
      </div>
      <ImageLightbox
        image={openImage}
        position={{ index: shown.index, count: shown.images.length }}
        onClose={() => setOpenId(null)}
        onPrevious={
          shown.index > 0 ? () => setOpenId(shown.images[shown.index - 1]?.id ?? null) : null
        }
        onNext={hasNext ? next : null}
        onToggleFavorite={(image) =>
          actions.favorite.mutate({ image, isFavorite: !image.isFavorite })
        }
        onReuse={(image) => {
          form.reuse(image);
          setOpenId(null);
          toast.success(t("lightbox.reused"));
          // After the dialog has closed and given focus back.
          window.setTimeout(focusPrompt, 0);
        }}
        onUseAsReference={(image) => {
          references.addImage(image);
          setOpenId(null);
        }}
        onDelete={(image) => actions.remove.mutate(image)}
        deleting={actions.remove.isPending}
      />
    </div>
  );
}
