"use client";

import { ArrowLeft, Pencil, Trophy } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { IconAction } from "@/components/common/icon-action";
import { Button } from "@/components/ui/button";
import type { ArenaSessionDto } from "@/lib/arena/dto";
import { BlindBadge } from "./blind-badge";
import { RenameSessionDialog } from "./rename-session-dialog";

/** The comparison's title with a way back, its mode, rename and the leaderboard. */
export function ArenaHeader({ session }: { session: ArenaSessionDto }) {
  const t = useTranslations("arena.header");
  const [renaming, setRenaming] = useState(false);
  return (
    <div className="flex h-12 shrink-0 items-center gap-1 px-2 sm:px-3">
      <Link
        href="/arena"
        aria-label={t("allComparisons")}
        title={t("allComparisons")}
        className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-lg text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <ArrowLeft className="h-4 w-4" aria-hidden="true" />
      </Link>
      <h1 className="min-w-0 truncate text-base font-semibold">{session.title}</h1>
      <BlindBadge session={session} />
      <IconAction label={t("rename")} onClick={() => setRenaming(true)}>
        <Pencil aria-hidden="true" />
      </IconAction>
      <div className="ml-auto shrink-0">
        <Button asChild variant="ghost" size="sm">
          <Link href="/arena/leaderboard">
            <Trophy aria-hidden="true" />
            <span className="hidden sm:inline">{t("leaderboard")}</span>
            <span className="sr-only sm:hidden">{t("leaderboard")}</span>
          </Link>
        </Button>
      </div>
      <RenameSessionDialog session={session} open={renaming} onOpenChange={setRenaming} />
    </div>
  );
}
