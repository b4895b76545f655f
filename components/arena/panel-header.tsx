"use client";

import { LoaderCircle, MessageSquarePlus, Square } from "lucide-react";
import { useTranslations } from "next-intl";
import { IconAction } from "@/components/common/icon-action";
import { Button } from "@/components/ui/button";
import type { ArenaPanelDto } from "@/lib/arena/dto";
import { cn } from "@/lib/utils";
import { usePanelTitle } from "./use-arena-names";

interface PanelHeaderProps {
  panel: ArenaPanelDto;
  headingId: string;
  /** The names were hidden a moment ago: the header lights up once. */
  justRevealed: boolean;
  /** This panel's answer is arriving. */
  running: boolean;
  stopping: boolean;
  onStop: () => void;
  /** null: "Continue as chat" is not offered (nothing to continue, or still blind). */
  onContinue: (() => void) | null;
  continuing: boolean;
}

/** The panel's letter and, once shown, its config or model; Stop and "Continue as chat". */
export function PanelHeader({
  panel,
  headingId,
  justRevealed,
  running,
  stopping,
  onStop,
  onContinue,
  continuing,
}: PanelHeaderProps) {
  const t = useTranslations("arena.panel");
  const panelTitle = usePanelTitle();
  const title = panelTitle(panel);
  const hidden = panel.name === null;
  return (
    <header
      className={cn(
        "flex min-h-14 items-center gap-2.5 border-b px-3 py-2 transition-colors duration-700",
        justRevealed && "bg-primary/10 motion-safe:animate-in motion-safe:fade-in-0",
      )}
    >
      <span
        aria-hidden="true"
        className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-muted text-xs font-semibold"
      >
        {panel.label}
      </span>
      <div className="min-w-0 flex-1">
        <h2 id={headingId} className="truncate text-sm font-semibold">
          {panel.avatar && !hidden ? <span aria-hidden="true">{panel.avatar} </span> : null}
          {title}
        </h2>
        <p className="truncate text-xs text-muted-foreground">
          {hidden
            ? t("hidden")
            : panel.modelId && panel.modelId !== panel.name
              ? t("letterNameWithId", { letter: panel.label, modelId: panel.modelId })
              : t("letterName", { letter: panel.label })}
        </p>
      </div>
      {running ? (
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={onStop}
          disabled={stopping}
          aria-label={t("stopLabel", { title })}
        >
          {stopping ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <Square className="fill-current" aria-hidden="true" />
          )}
          {stopping ? t("stopping") : t("stop")}
        </Button>
      ) : null}
      {onContinue ? (
        <IconAction label={t("continue", { title })} onClick={onContinue} disabled={continuing}>
          {continuing ? (
            <LoaderCircle className="animate-spin" aria-hidden="true" />
          ) : (
            <MessageSquarePlus aria-hidden="true" />
          )}
        </IconAction>
      ) : null}
    </header>
  );
}
