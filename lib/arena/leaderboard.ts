import { fitRatings } from "@/lib/arena/bradley-terry";
import type { LeaderboardDto, LeaderboardEntryDto } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import { SHARED_VISIBILITIES } from "@/lib/configs/access";
import { connectDb } from "@/lib/db/connect";
import { listModels } from "@/lib/llm/catalogue";
import { parseInput } from "@/lib/validation";
import { ArenaTally } from "@/models/arena-tally";
import { ArenaVote } from "@/models/arena-vote";
import { LlmConfig } from "@/models/llm-config";
import { leaderboardSchema } from "./schemas";
import { type BoardFigures, sumTallies, voteTallies } from "./tally";

/**
 * Models or configs ranked by Bradley–Terry from the arena's battles, with
 * each entry's votes. Everyone's ranking reads the running tallies (a few
 * documents, however many votes); "mine" reads the actor's own votes. Both
 * can keep to blind votes. Configs are listed only while shared (or, in
 * "mine", the actor's own).
 */
export async function getLeaderboard(actor: SessionUser, query: unknown): Promise<LeaderboardDto> {
  const { kind, scope, votes } = parseInput(leaderboardSchema, query);
  await connectDb();

  const blindOnly = votes === "blind";
  let figures: BoardFigures;
  if (scope === "all") {
    // Old-shaped tallies (no `blind`) are left out until the start-up rebuild.
    const blind = blindOnly ? true : { $in: [true, false] };
    figures = sumTallies(await ArenaTally.find({ kind, blind }).lean());
  } else {
    const cast = await ArenaVote.find({ user_id: actor.id, ...(blindOnly && { blind: true }) })
      .select("outcome winner_index model_ids config_ids blind")
      .lean();
    figures = sumTallies(cast.flatMap(voteTallies).filter((row) => row.kind === kind));
  }

  const ratings = fitRatings(figures.pairs);
  const nameOf =
    kind === "model"
      ? await modelNamer()
      : await configNamer(
          actor,
          ratings.map((r) => r.key),
          scope,
        );
  const items: LeaderboardEntryDto[] = [];
  for (const rating of ratings) {
    const named = nameOf(rating.key);
    if (!named) continue;
    items.push({
      key: `${kind}:${rating.key}`,
      kind,
      name: named.name,
      modelId: named.modelId,
      configId: kind === "config" ? rating.key : null,
      rating: Math.round(rating.rating),
      ciLow: Math.round(rating.ciLow),
      ciHigh: Math.round(rating.ciHigh),
      votes: figures.votesByEntry.get(rating.key) ?? 0,
      battles: rating.battles,
      wins: rating.wins,
      ties: rating.ties,
      losses: rating.losses,
      winRate: rating.battles ? (rating.wins + rating.ties / 2) / rating.battles : 0,
    });
  }
  return { kind, scope, votes, totalVotes: figures.totalVotes, items };
}

type Namer = (key: string) => { name: string; modelId: string } | undefined;

/** Models by id; one no longer listed keeps its id as its name. */
async function modelNamer(): Promise<Namer> {
  const models = await listModels().catch(() => []);
  const names = new Map(models.map((m) => [m.id, m.name]));
  return (id) => ({ name: names.get(id) ?? id, modelId: id });
}

/** Configs still shared (or, in "mine", the actor's own); others are left off. */
async function configNamer(
  actor: SessionUser,
  ids: string[],
  scope: "all" | "mine",
): Promise<Namer> {
  const shown =
    scope === "mine"
      ? { $or: [{ owner_id: actor.id }, { visibility: { $in: SHARED_VISIBILITIES } }] }
      : { visibility: { $in: SHARED_VISIBILITIES } };
  const configs = await LlmConfig.find({ _id: { $in: ids }, ...shown })
    .select("name model_id")
    .lean();
  const names = new Map(
    configs.map((c) => [c._id.toString(), { name: c.name, modelId: c.model_id }]),
  );
  return (id) => names.get(id);
}
