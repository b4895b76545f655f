import mongoose, { type Model, Schema, type Types } from "mongoose";

export const TALLY_KINDS = ["model", "config"] as const;
export type TallyKind = (typeof TALLY_KINDS)[number];

/**
 * Everyone's votes summed as they are cast, so the leaderboard reads a few
 * small documents instead of every vote. Blind and named votes are summed
 * apart, so the board can rank blind votes alone. Three shapes share the
 * collection, told apart by which of `a` and `b` are set:
 * - a pair (`a` sorts before `b`): their pairwise results, for the rating;
 * - an entry (`a` only): how many votes it took part in;
 * - the board (neither): how many votes ranked anything of this kind.
 * Every shape carries every counter (zero where it does not apply).
 */
export interface ArenaTallyDoc {
  _id: Types.ObjectId;
  kind: TallyKind;
  /** Summed from votes cast before the names were shown. */
  blind: boolean;
  a: string | null;
  b: string | null;
  a_wins: number;
  b_wins: number;
  ties: number;
  /** How many votes this document sums. */
  votes: number;
  created_at: Date;
}

const arenaTallySchema = new Schema<ArenaTallyDoc>(
  {
    kind: { type: String, enum: TALLY_KINDS, required: true },
    blind: { type: Boolean, required: true },
    a: { type: String, default: null },
    b: { type: String, default: null },
    a_wins: { type: Number, default: 0 },
    b_wins: { type: Number, default: 0 },
    ties: { type: Number, default: 0 },
    votes: { type: Number, default: 0 },
  },
  { collection: "arena_tallies", timestamps: { createdAt: "created_at", updatedAt: false } },
);

arenaTallySchema.index({ kind: 1, blind: 1, a: 1, b: 1 }, { unique: true });

export const ArenaTally: Model<ArenaTallyDoc> =
  (mongoose.models.ArenaTally as Model<ArenaTallyDoc> | undefined) ??
  mongoose.model<ArenaTallyDoc>("ArenaTally", arenaTallySchema);
