import mongoose, { type Model, Schema, type Types } from "mongoose";

export const TALLY_KINDS = ["model", "config"] as const;
export type TallyKind = (typeof TALLY_KINDS)[number];

/**
 * Everyone's votes between two models (or two configs), summed as they are
 * cast, so the leaderboard reads one small document per pair instead of
 * every vote. `a` sorts before `b`.
 */
export interface ArenaTallyDoc {
  _id: Types.ObjectId;
  kind: TallyKind;
  a: string;
  b: string;
  a_wins: number;
  b_wins: number;
  ties: number;
  created_at: Date;
}

const arenaTallySchema = new Schema<ArenaTallyDoc>(
  {
    kind: { type: String, enum: TALLY_KINDS, required: true },
    a: { type: String, required: true },
    b: { type: String, required: true },
    a_wins: { type: Number, default: 0 },
    b_wins: { type: Number, default: 0 },
    ties: { type: Number, default: 0 },
  },
  { collection: "arena_tallies", timestamps: { createdAt: "created_at", updatedAt: false } },
);

arenaTallySchema.index({ kind: 1, a: 1, b: 1 }, { unique: true });

export const ArenaTally: Model<ArenaTallyDoc> =
  (mongoose.models.ArenaTally as Model<ArenaTallyDoc> | undefined) ??
  mongoose.model<ArenaTallyDoc>("ArenaTally", arenaTallySchema);
