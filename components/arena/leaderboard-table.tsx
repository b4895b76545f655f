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

const plural = (n: number, one: string, many: string) =>
  `${number.format(n)} ${n === 1 ? one : many}`;

/** Rank, name, rating with its 95% interval, votes, battles and win rate, best first. */
export function LeaderboardTable({ board }: { board: LeaderboardDto }) {
  const ranks = statisticalRanks(board.items);
  const what = board.kind === "model" ? "Models" : "Configs";
  return (
    <div className="overflow-x-auto rounded-xl border">
      <table className="w-full text-sm sm:min-w-[36rem]">
        <caption className="sr-only">
          {what} ranked by rating, from {plural(board.totalVotes, "vote", "votes")}; win rates count
          battles, the pairs of answers in each vote
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
            <th
              scope="col"
              className={cn(head, "hidden text-right sm:table-cell")}
              title="Votes this entry took part in, one each however many answers were compared"
            >
              Votes
            </th>
            <th
              scope="col"
              className={cn(head, "hidden text-right sm:table-cell")}
              title="Pairs of answers in those votes: the best of three wins two battles"
            >
              Battles
            </th>
            <th
              scope="col"
              className={cn(head, "whitespace-nowrap text-right")}
              title="Battles won, plus half the battles tied"
            >
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
                {/* Phones have no room for the votes' and battles' own columns. */}
                <span className="block text-xs text-muted-foreground sm:hidden">
                  {plural(entry.votes, "vote", "votes")},{" "}
                  {plural(entry.battles, "battle", "battles")}
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
              <td className={cn(cell, "hidden text-right tabular-nums sm:table-cell")}>
                {number.format(entry.battles)}
                <span className="block whitespace-nowrap text-xs text-muted-foreground">
                  {entry.wins} won · {entry.ties} tied · {entry.losses} lost
                </span>
              </td>
              <td
                className={cn(cell, "text-right tabular-nums")}
                title={`${entry.wins} won, ${entry.ties} tied, ${entry.losses} lost of ${plural(entry.battles, "battle", "battles")}`}
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
