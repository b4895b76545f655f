import { EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";

/** Marks a blind comparison, and whether its models have been revealed. */
export function BlindBadge({
  session,
}: {
  session: Pick<ArenaSessionSummaryDto, "blind" | "revealed">;
}) {
  const t = useTranslations("arena.blindBadge");
  if (!session.blind) return null;
  return (
    <span className="inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-[11px] font-medium text-muted-foreground">
      <EyeOff className="h-3 w-3" aria-hidden="true" />
      {session.revealed ? t("revealed") : t("blind")}
    </span>
  );
}
