import mongoose, { type Model, Schema, type Types } from "mongoose";

export const ROLLUP_DIMENSIONS = ["model", "user", "closed"] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/**
 * One finished UTC day of usage logs, summed by model or by user, so the
 * admin charts read a few documents per day instead of every log. A day is
 * summed once, after it ends; its `closed` marker says it is complete.
 */
export interface UsageRollupDoc {
  _id: Types.ObjectId;
  day: string;
  dim: RollupDimension;
  /** The model id or the user id; "" for the marker. */
  key: string;
  replies: number;
  tokens: number;
  cost_usd: number;
  created_at: Date;
}

const usageRollupSchema = new Schema<UsageRollupDoc>(
  {
    day: { type: String, required: true },
    dim: { type: String, enum: ROLLUP_DIMENSIONS, required: true },
    key: { type: String, default: "" },
    replies: { type: Number, default: 0 },
    tokens: { type: Number, default: 0 },
    cost_usd: { type: Number, default: 0 },
  },
  { collection: "usage_rollups", timestamps: { createdAt: "created_at", updatedAt: false } },
);

usageRollupSchema.index({ day: 1, dim: 1, key: 1 }, { unique: true });

export const UsageRollup: Model<UsageRollupDoc> =
  (mongoose.models.UsageRollup as Model<UsageRollupDoc> | undefined) ??
  mongoose.model<UsageRollupDoc>("UsageRollup", usageRollupSchema);
