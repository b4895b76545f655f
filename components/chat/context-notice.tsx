"use client";

import { History } from "lucide-react";
import { useTranslations } from "next-intl";
import { useModelList } from "@/components/configs/data";

/** Said once, above the answer whose prompt left older messages out. */
export function ContextNotice({ dropped, modelId }: { dropped: number; modelId: string | null }) {
  const t = useTranslations("chat.contextNotice");
  const models = useModelList();
  const name = models.data?.find((model) => model.id === modelId)?.name ?? modelId;
  return (
    <p role="note" className="mb-2 flex items-start gap-1.5 text-xs text-muted-foreground">
      <History className="mt-px h-3.5 w-3.5 shrink-0" aria-hidden="true" />
      <span>
        {name ? t("named", { count: dropped, model: name }) : t("unnamed", { count: dropped })}
      </span>
    </p>
  );
}
