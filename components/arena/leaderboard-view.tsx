"use client";

import { LoaderCircle, Trophy } from "lucide-react";
import Link from "next/link";
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

const KINDS = [
  { value: "model", label: "Models" },
  { value: "config", label: "Configs" },
] as const;

const SCOPES = [
  { value: "all", label: "Everyone" },
  { value: "mine", label: "My votes" },
] as const;

const segment =
  "inline-flex h-8 items-center rounded-md px-3 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/**
 * Models or public configs, ranked from everyone's votes or only the user's,
 * blind votes only or all. The choice lives in the address bar, so a reload
 * or a shared link shows the same board.
 */
export function LeaderboardView({ initial }: { initial: LeaderboardDto }) {
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
          aria-label="Rank"
          className="inline-flex rounded-lg border bg-muted/40 p-1"
        >
          {KINDS.map((kind) => (
            <button
              key={kind.value}
              type="button"
              role="tab"
              aria-selected={filter.kind === kind.value}
              aria-controls="leaderboard-table"
              onClick={() => change({ kind: kind.value })}
              className={cn(
                segment,
                filter.kind === kind.value
                  ? "bg-background text-foreground shadow-sm"
                  : "text-muted-foreground hover:text-foreground",
              )}
            >
              {kind.label}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-3">
          <fieldset className="inline-flex items-center gap-2">
            <legend className="sr-only">Whose votes</legend>
            <span className="text-xs text-muted-foreground" aria-hidden="true">
              Votes from
            </span>
            <div className="inline-flex rounded-lg border p-1">
              {SCOPES.map((scope) => (
                <button
                  key={scope.value}
                  type="button"
                  aria-pressed={filter.scope === scope.value}
                  onClick={() => change({ scope: scope.value })}
                  className={cn(
                    segment,
                    filter.scope === scope.value
                      ? "bg-primary text-primary-foreground"
                      : "text-muted-foreground hover:text-foreground",
                  )}
                >
                  {scope.label}
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
              Blind votes only
            </Label>
          </div>
        </div>
      </div>

      <div
        id="leaderboard-table"
        role="tabpanel"
        aria-label={filter.kind === "model" ? "Models" : "Configs"}
        aria-busy={query.isFetching}
        className="relative"
      >
        {switching ? (
          <span className="absolute -top-7 right-0 inline-flex items-center gap-1.5 text-xs text-muted-foreground">
            <LoaderCircle className="h-3.5 w-3.5 animate-spin" aria-hidden="true" />
            Updating…
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
            message={`The leaderboard could not be loaded. ${query.error.message}`}
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
  let hint: string;
  if (blind) {
    hint = mine
      ? "A vote is blind when you cast it before the names are shown: start a blind comparison."
      : "A vote is blind when it is cast before the names are shown, in a blind comparison.";
  } else {
    hint = mine
      ? "Your votes will rank the models you compared."
      : "Every vote anyone casts in the arena ranks the models here.";
  }
  return (
    <EmptyState
      icon={Trophy}
      title={blind ? "No blind votes yet" : "No votes yet — compare models in blind mode and vote"}
      action={
        <Button asChild>
          <Link href="/arena">Start a comparison</Link>
        </Button>
      }
    >
      {hint}
    </EmptyState>
  );
}

function TableSkeleton() {
  return (
    <LoadingRegion className="space-y-2 rounded-xl border p-4" label="Loading the leaderboard…">
      {["w-full", "w-11/12", "w-4/5", "w-3/4"].map((width) => (
        <Skeleton key={width} className={`h-9 ${width}`} />
      ))}
    </LoadingRegion>
  );
}
