"use client";

import { LoaderCircle, Trophy } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFilterFromUrl, useUrlQuery } from "@/components/admin/use-url-filter";
import { EmptyState } from "@/components/common/empty-state";
import { ListError } from "@/components/common/list-states";
import { LoadingRegion } from "@/components/common/skeletons";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { Switch } from "@/components/ui/switch";
import type { LeaderboardDto } from "@/lib/arena/dto";
import { cn } from "@/lib/utils";
import { type LeaderboardFilter, useLeaderboard } from "./data";
import { leaderboardUrlQuery, parseLeaderboardFilter } from "./leaderboard-filter";
import { LeaderboardNote } from "./leaderboard-note";
import { LeaderboardTable } from "./leaderboard-table";

const KINDS = ["model", "config"] as const;
const SCOPES = ["all", "mine"] as const;

const segment =
  "inline-flex h-8 items-center rounded-md px-3 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/**
 * Models or public configs, ranked from everyone's votes or only the user's,
 * blind votes only or all. The choice lives in the address bar, so a reload
 * or a shared link shows the same board.
 */
export function LeaderboardView({ initial }: { initial: LeaderboardDto }) {
  const t = useTranslations("arena.leaderboard");
  const [filter, setFilter] = useState(useFilterFromUrl(parseLeaderboardFilter));
  useUrlQuery(leaderboardUrlQuery(filter));
  const change = (patch: Partial<LeaderboardFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const query = useLeaderboard(filter, initial);
  const board = query.data;
  const switching = query.isPlaceholderData;
  const blindId = useId();

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div
          role="tablist"
          aria-label={t("kindTabs")}
          className="inline-flex rounded-lg border bg-muted/40 p-1"
        >
          {KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="tab"
              aria-selected={filter.kind === kind}
              aria-controls="leaderboard-table"
              onClick={() => change({ kind })}
              className={cn(
                segment,
                filter.kind === kind
                  ? "bg-background text-foreground shadow-sm"
                  : "text-muted-foreground hover:text-foreground",
              )}
            >
              {t(`kinds.${kind}`)}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-3">
          <fieldset className="inline-flex items-center gap-2">
            <legend className="sr-only">{t("whoseVotes")}</legend>
            <span className="text-xs text-muted-foreground" aria-hidden="true">
              {t("votesFrom")}
            </span>
            <div className="inline-flex rounded-lg border p-1">
              {SCOPES.map((scope) => (
                <button
                  key={scope}
                  type="button"
                  aria-pressed={filter.scope === scope}
                  onClick={() => change({ scope })}
                  className={cn(
                    segment,
                    filter.scope === scope
                      ? "bg-primary text-primary-foreground"
                      : "text-muted-foreground hover:text-foreground",
                  )}
                >
                  {t(`scopes.${scope}`)}
                </button>
              ))}
            </div>
          </fieldset>
          <div className="inline-flex items-center gap-2">
            <Switch
              id={blindId}
              checked={filter.votes === "blind"}
              onCheckedChange={(on) => change({ votes: on ? "blind" : "all" })}
            />
            <Label htmlFor={blindId} className="font-normal">
              {t("blindOnly")}
            </Label>
          </div>
        </div>
      </div>

      <div
        id="leaderboard-table"
        role="tabpanel"
        aria-label={t(`kinds.${filter.kind}`)}
        aria-busy={query.isFetching}
        className="relative"
      >
        {switching ? (
          <span className="absolute -top-7 right-0 inline-flex items-center gap-1.5 text-xs text-muted-foreground">
            <LoaderCircle className="h-3.5 w-3.5 animate-spin" aria-hidden="true" />
            {t("updating")}
          </span>
        ) : null}
        {board ? (
          board.items.length > 0 ? (
            <div className={cn("space-y-2 transition-opacity", switching && "opacity-60")}>
              <LeaderboardTable board={board} />
              <LeaderboardNote board={board} />
            </div>
          ) : (
            <EmptyBoard mine={filter.scope === "mine"} blind={filter.votes === "blind"} />
          )
        ) : query.isError ? (
          <ListError
            message={t("loadFailed", { error: query.error.message })}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <TableSkeleton />
        )}
      </div>
    </div>
  );
}

function EmptyBoard({ mine, blind }: { mine: boolean; blind: boolean }) {
  const t = useTranslations("arena.leaderboard.empty");
  const hint = blind ? (mine ? "blindMine" : "blindAll") : mine ? "mine" : "all";
  return (
    <EmptyState
      icon={Trophy}
      title={blind ? t("titleBlind") : t("title")}
      action={
        <Button asChild>
          <Link href="/arena">{t("start")}</Link>
        </Button>
      }
    >
      {t(hint)}
    </EmptyState>
  );
}

function TableSkeleton() {
  const t = useTranslations("arena.leaderboard");
  return (
    <LoadingRegion className="space-y-2 rounded-xl border p-4" label={t("loading")}>
      {["w-full", "w-11/12", "w-4/5", "w-3/4"].map((width) => (
        <Skeleton key={width} className={`h-9 ${width}`} />
      ))}
    </LoadingRegion>
  );
}
