import mongoose, { type Model, Schema, type Types } from "mongoose";

export const ROLLUP_DIMENSIONS = ["model", "user", "user_model"] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/**
 * Usage summed as it happens, with $inc on every model call: per UTC day by
 * model and by user, and per user and model by month and over all time. The admin pages
 * read these few documents instead of the usage logs, whose number grows
 * with every answer (and which the embedded database can only scan).
 */
export interface UsageRollupDoc {
  _id: Types.ObjectId;
  /** "YYYY-MM-DD"; for user_model sums "" (all time) or the month, "YYYY-MM". */
  day: string;
  dim: RollupDimension;
  /** The model id, the user id, or `<user id>/<model id>`. */
  key: string;
  replies: number;
  tokens: number;
  cost_usd: number;
  created_at: Date;
}

const usageRollupSchema = new Schema<UsageRollupDoc>(
  {
    day: { type: String, default: "" },
    dim: { type: String, enum: ROLLUP_DIMENSIONS, required: true },
    key: { type: String, required: true },
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

/** The user_model key: an ObjectId is 24 characters, so the model id follows the slash. */
export function userModelKey(userId: string, modelId: string): string {
  return `${userId}/${modelId}`;
}
