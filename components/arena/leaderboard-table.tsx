import {
  formatInterval,
  formatWinRate,
  statisticalRanks,
} from "@/lib/arena/client/leaderboard-rank";
import type { LeaderboardDto } from "@/lib/arena/dto";
import { cn } from "@/lib/utils";

const number = new Intl.NumberFormat();
// Narrow padding on phones leaves room for every column without scrolling.
const head = "px-2.5 py-2.5 sm:px-4";
const cell = "px-2.5 py-3 sm:px-4";

/** Rank, name, rating with its 95% interval, votes and win rate, best first. */
export function LeaderboardTable({ board }: { board: LeaderboardDto }) {
  const ranks = statisticalRanks(board.items);
  const what = board.kind === "model" ? "Models" : "Configs";
  return (
    <div className="overflow-x-auto rounded-xl border">
      <table className="w-full text-sm sm:min-w-[36rem]">
        <caption className="sr-only">
          {what} ranked by rating, from {number.format(board.totalVotes)} votes
        </caption>
        <thead className="bg-muted/50 text-left text-xs font-medium text-muted-foreground">
          <tr>
            <th scope="col" className={cn(head, "w-12 sm:w-16")}>
              Rank
            </th>
            <th scope="col" className={head}>
              {board.kind === "model" ? "Model" : "Config"}
            </th>
            <th scope="col" className={cn(head, "text-right")}>
              Rating
            </th>
            <th scope="col" className={cn(head, "hidden text-right sm:table-cell")}>
              95% CI
            </th>
            <th scope="col" className={cn(head, "hidden text-right sm:table-cell")}>
              Votes
            </th>
            <th scope="col" className={cn(head, "whitespace-nowrap text-right")}>
              Win rate
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
                {/* Phones have no room for the votes' own column. */}
                <span className="block text-xs text-muted-foreground sm:hidden">
                  {number.format(entry.votes)} {entry.votes === 1 ? "vote" : "votes"}
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
                title={`${Math.round(entry.ciLow)} to ${Math.round(entry.ciHigh)}`}
              >
                {formatInterval(entry)}
              </td>
              <td className={cn(cell, "hidden text-right tabular-nums sm:table-cell")}>
                {number.format(entry.votes)}
              </td>
              <td
                className={cn(cell, "text-right tabular-nums")}
                title={`${entry.wins} won, ${entry.ties} tied, ${entry.losses} lost`}
              >
                {formatWinRate(entry.winRate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
