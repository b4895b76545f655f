import type { LeaderboardDto } from "@/lib/arena/dto";

const number = new Intl.NumberFormat();

/** Under the table: which votes count, and how votes differ from battles. */
export function LeaderboardNote({ board }: { board: LeaderboardDto }) {
  const count = `${number.format(board.totalVotes)} ${board.votes === "blind" ? "blind " : ""}${
    board.totalVotes === 1 ? "vote" : "votes"
  }`;
  return (
    <div className="space-y-1.5 text-xs text-muted-foreground">
      <p>
        {board.votes === "blind"
          ? `${count}, cast before the names were shown.`
          : `${count}, blind and named. Names can sway a verdict: “Blind votes only” leaves out the votes cast with the names shown.`}
      </p>
      <p>
        <span className="font-medium text-foreground">Votes</span> counts each vote an entry took
        part in once, however many answers were compared.{" "}
        <span className="font-medium text-foreground">Battles</span> are the pairs of answers in
        those votes: the best of three wins two battles and each other answer loses one; a tie ties
        every pair. Ratings and win rates come from battles, with a Bradley–Terry model on the Elo
        scale, where 1000 is average; a tied battle counts as half a win. Entries share a rank until
        one&rsquo;s whole 95% confidence interval is above the other&rsquo;s.
      </p>
    </div>
  );
}
