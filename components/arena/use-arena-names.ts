"use client";

import { useTranslations } from "next-intl";
import type { VoteChoice } from "@/lib/arena/client/vote-choices";
import type { ArenaPanelDto } from "@/lib/arena/dto";

/** A panel's title: "Model B" while it is hidden; its config's or model's name once shown. */
export function usePanelTitle(): (panel: Pick<ArenaPanelDto, "label" | "name">) => string {
  const t = useTranslations("arena.panel");
  return (panel) => panel.name ?? t("letterName", { letter: panel.label });
}

/** The words of a vote's button, e.g. "B is best"; "Voted" for a vote no button casts. */
export function useVoteLabel(): (choice: VoteChoice | null) => string {
  const t = useTranslations("arena.vote");
  return (choice) =>
    choice ? t(`choices.${choice.words}`, { letter: choice.letter ?? "" }) : t("voted");
}
