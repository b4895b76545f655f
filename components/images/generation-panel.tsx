"use client";

import { Expand, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useFormat } from "@/components/common/use-format";
import { Button } from "@/components/ui/button";
import type { ImageDto } from "@/lib/images/dto";
import { GenerationError } from "./generation-error";
import type { Generation } from "./use-generate-image";

interface GenerationPanelProps {
  generation: Generation;
  elapsedMs: number;
  onOpen: (image: ImageDto) => void;
  onRetry: (() => void) | null;
  onEditPrompt: () => void;
  onDismiss: () => void;
}

const PLACEHOLDER_HEIGHT_REM = 22;

/** A box of the requested shape, at most as tall as a shown result and never wider than the panel. */
function placeholderStyle(aspectRatio: string) {
  const [w = 1, h = 1] = aspectRatio.split(":").map(Number);
  return {
    aspectRatio: `${w} / ${h}`,
    width: `min(100%, ${((PLACEHOLDER_HEIGHT_REM * w) / h).toFixed(2)}rem)`,
  };
}

/** Above the gallery: the image being made, the one just made, or why it failed. */
export function GenerationPanel(props: GenerationPanelProps) {
  const { generation } = props;
  const ref = useRef<HTMLDivElement>(null);
  const settled = generation.status === "done" || generation.status === "failed";
  // On a phone the panel is below the form: bring the outcome into view.
  useEffect(() => {
    if (settled) ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [settled]);

  if (generation.status === "idle") return null;
  return (
    <div ref={ref} className="scroll-mt-20">
      <PanelContent {...props} />
    </div>
  );
}

function PanelContent({
  generation,
  elapsedMs,
  onOpen,
  onRetry,
  onEditPrompt,
  onDismiss,
}: GenerationPanelProps) {
  const t = useTranslations("images.generation");
  const f = useFormat();
  if (generation.status === "idle") return null;
  if (generation.status === "failed") {
    return (
      <GenerationError
        error={generation.error}
        onRetry={onRetry}
        onEditPrompt={onEditPrompt}
        onDismiss={onDismiss}
      />
    );
  }
  if (generation.status === "pending") {
    return (
      <section aria-label={t("pending")} className="rounded-xl border bg-card p-3 sm:p-4">
        <div
          className="relative mx-auto flex items-center justify-center"
          style={placeholderStyle(generation.request.aspectRatio)}
        >
          <div className="absolute inset-0 animate-pulse rounded-lg bg-muted" aria-hidden="true" />
          <p className="relative px-4 text-center text-sm text-muted-foreground">
            <span role="status">{t("generating")}</span>{" "}
            <span className="tabular-nums" aria-hidden="true">
              {t("seconds", { seconds: Math.floor(elapsedMs / 1000) })}
            </span>
          </p>
        </div>
        <p className="mt-3 line-clamp-2 text-sm text-muted-foreground">
          {generation.request.prompt}
        </p>
      </section>
    );
  }
  const { image } = generation;
  return (
    <section aria-label={t("result")} className="rounded-xl border bg-card p-3 sm:p-4">
      <button
        type="button"
        onClick={() => onOpen(image)}
        className="block h-64 w-full rounded-lg bg-muted/50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring sm:h-[22rem]"
        aria-label={t("openNew")}
      >
        {/* biome-ignore lint/performance/noImgElement: our own generated image, served privately */}
        <img
          src={image.url}
          alt={image.prompt}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          className="h-full w-full rounded-lg object-contain"
        />
      </button>
      <div className="mt-3 flex items-start gap-3">
        <div className="min-w-0 flex-1 space-y-1">
          <p className="line-clamp-2 text-sm">{image.prompt}</p>
          <p className="text-xs text-muted-foreground">
            {[
              image.modelId,
              image.width && image.height ? `${image.width}×${image.height}` : null,
              image.generationTimeMs === null ? null : f.duration(image.generationTimeMs),
              f.usd(image.costUsd),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        <Button type="button" size="sm" variant="outline" onClick={() => onOpen(image)}>
          <Expand aria-hidden="true" />
          {t("open")}
        </Button>
        <Button
          type="button"
          size="icon"
          variant="ghost"
          className="h-8 w-8"
          onClick={onDismiss}
          aria-label={t("hide")}
        >
          <X aria-hidden="true" />
        </Button>
      </div>
    </section>
  );
}
