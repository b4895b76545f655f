import { log } from "@/lib/log";
import { ArenaTally } from "@/models/arena-tally";
import { ArenaVote } from "@/models/arena-vote";
import { type TallyRow, voteTallies } from "./tally";

/**
 * Tallies written before blind and named votes were summed apart (they have
 * no `blind`, and count battles but not votes) are rebuilt from the votes,
 * once. Safe on every start: without such a tally it only looks. It runs
 * before the server takes requests, so no vote lands halfway. The new
 * tallies are written before the old ones go, and a rerun first clears any
 * new ones, so a run cut short is simply redone at the next start.
 * Returns whether it rebuilt.
 */
export async function rebuildOldArenaTallies(): Promise<boolean> {
  if (!(await ArenaTally.exists({ blind: { $exists: false } }))) return false;

  const sums = new Map<string, TallyRow>();
  let votes = 0;
  const cursor = ArenaVote.find()
    .select("outcome winner_index model_ids config_ids blind")
    .lean()
    .cursor();
  for await (const vote of cursor) {
    votes++;
    for (const row of voteTallies(vote)) {
      const key = JSON.stringify([row.kind, row.blind, row.a, row.b]);
      const sum = sums.get(key);
      if (!sum) {
        sums.set(key, { ...row });
        continue;
      }
      sum.a_wins += row.a_wins;
      sum.b_wins += row.b_wins;
      sum.ties += row.ties;
      sum.votes += row.votes;
    }
  }

  await ArenaTally.deleteMany({ blind: { $exists: true } });
  if (sums.size > 0) await ArenaTally.insertMany([...sums.values()]);
  const { deletedCount } = await ArenaTally.deleteMany({ blind: { $exists: false } });
  log.info("arena tallies rebuilt from the votes", {
    votes,
    tallies: sums.size,
    oldTallies: deletedCount,
  });
  return true;
}
