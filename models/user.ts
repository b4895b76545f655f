import { type InferSchemaType, type Model, model, models, Schema, type Types } from "mongoose";

export const ROLES = ["user", "admin"] as const;
export type Role = (typeof ROLES)[number];

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true },
    password_hash: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true, default: "user" },
    profile: {
      display_name: { type: String, required: true },
      avatar_url: { type: String, default: "" },
      bio: { type: String, default: "" },
    },
    settings: {
      theme: { type: String, default: "system" },
      notifications_enabled: { type: Boolean, default: true },
      language: { type: String, default: "en" },
    },
    usage: {
      messages_sent: { type: Number, default: 0 },
      tokens_used: { type: Number, default: 0 },
      // -1 means unlimited, as in the seed.
      tokens_limit: { type: Number, default: -1 },
      cost_usd: { type: Number, default: 0 },
      monthly_budget_usd: { type: Number, default: -1 },
      last_active: { type: Date, default: null },
    },
    status: {
      is_banned: { type: Boolean, default: false },
      ban_reason: { type: String, default: null },
      banned_at: { type: Date, default: null },
      banned_by: { type: Schema.Types.ObjectId, ref: "User", default: null },
    },
    saved_configs: { type: [Schema.Types.ObjectId], ref: "LlmConfig", default: [] },
    // Bumped by a password change, ban, role change or "sign out everywhere":
    // every session issued before carries the old number and is refused.
    session_version: { type: Number, required: true, default: 0 },
  },
  { collection: "users", timestamps: { createdAt: "created_at", updatedAt: "updated_at" } },
);

userSchema.index({ created_at: -1 });
userSchema.index({ "usage.last_active": -1 });

export type UserDoc = InferSchemaType<typeof userSchema> & { _id: Types.ObjectId };

export const User: Model<UserDoc> =
  (models.User as Model<UserDoc> | undefined) ?? model<UserDoc>("User", userSchema);
