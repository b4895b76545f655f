import { useLocale, useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import {
  formatInterval,
  formatWinRate,
  statisticalRanks,
} from "@/lib/arena/client/leaderboard-rank";
import type { LeaderboardDto } from "@/lib/arena/dto";
import { cn } from "@/lib/utils";

// Narrow padding on phones leaves room for every column without scrolling.
const head = "px-2.5 py-2.5 sm:px-4";
const cell = "px-2.5 py-3 sm:px-4";

/** Rank, name, rating with its 95% interval, votes, battles and win rate, best first. */
export function LeaderboardTable({ board }: { board: LeaderboardDto }) {
  const t = useTranslations("arena.leaderboard.table");
  const locale = useLocale();
  const f = useFormat();
  const ranks = statisticalRanks(board.items);
  return (
    <div className="overflow-x-auto rounded-xl border">
      <table className="w-full text-sm sm:min-w-[36rem]">
        <caption className="sr-only">
          {t(board.kind === "model" ? "captionModel" : "captionConfig", {
            votes: board.totalVotes,
          })}
        </caption>
        <thead className="bg-muted/50 text-left text-xs font-medium text-muted-foreground">
          <tr>
            <th scope="col" className={cn(head, "w-12 sm:w-16")}>
              {t("rank")}
            </th>
            <th scope="col" className={head}>
              {board.kind === "model" ? t("model") : t("config")}
            </th>
            <th scope="col" className={cn(head, "text-right")}>
              {t("rating")}
            </th>
            <th scope="col" className={cn(head, "hidden text-right sm:table-cell")}>
              {t("interval")}
            </th>
            <th
              scope="col"
              className={cn(head, "hidden text-right sm:table-cell")}
              title={t("votesTitle")}
            >
              {t("votes")}
            </th>
            <th
              scope="col"
              className={cn(head, "hidden text-right sm:table-cell")}
              title={t("battlesTitle")}
            >
              {t("battles")}
            </th>
            <th
              scope="col"
              className={cn(head, "whitespace-nowrap text-right")}
              title={t("winRateTitle")}
            >
              {t("winRate")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {board.items.map((entry, index) => (
            <tr key={entry.key} className="hover:bg-muted/30">
              <td className={cn(cell, "font-semibold tabular-nums")}>{ranks[index]}</td>
              <th scope="row" className={cn(cell, "max-w-[16rem] text-left font-normal")}>
                <span className="block break-words font-medium sm:truncate">{entry.name}</span>
                {entry.modelId !== entry.name ? (
                  <span className="hidden truncate text-xs text-muted-foreground sm:block">
                    {entry.modelId}
                  </span>
                ) : null}
                {/* Phones have no room for the votes' and battles' own columns. */}
                <span className="block text-xs text-muted-foreground sm:hidden">
                  {t("counts", { votes: entry.votes, battles: entry.battles })}
                </span>
              </th>
              <td className={cn(cell, "text-right font-semibold tabular-nums")}>
                {Math.round(entry.rating)}
                {/* Nor for the interval's. */}
                <span className="block whitespace-nowrap text-xs font-normal text-muted-foreground sm:hidden">
                  {formatInterval(entry)}
                </span>
              </td>
              <td
                className={cn(
                  cell,
                  "hidden whitespace-nowrap text-right tabular-nums text-muted-foreground sm:table-cell",
                )}
                title={t("intervalTitle", {
                  low: String(Math.round(entry.ciLow)),
                  high: String(Math.round(entry.ciHigh)),
                })}
              >
                {formatInterval(entry)}
              </td>
              <td className={cn(cell, "hidden text-right tabular-nums sm:table-cell")}>
                {f.count(entry.votes)}
              </td>
              <td className={cn(cell, "hidden text-right tabular-nums sm:table-cell")}>
                {f.count(entry.battles)}
                <span className="block whitespace-nowrap text-xs text-muted-foreground">
                  {t("record", { wins: entry.wins, ties: entry.ties, losses: entry.losses })}
                </span>
              </td>
              <td
                className={cn(cell, "text-right tabular-nums")}
                title={t("recordTitle", {
                  wins: entry.wins,
                  ties: entry.ties,
                  losses: entry.losses,
                  battles: entry.battles,
                })}
              >
                {formatWinRate(entry.winRate, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
