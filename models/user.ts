import mongoose, { type Model, model, Schema, type Types } from "mongoose";

export const ROLES = ["user", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface UserDoc {
  _id: Types.ObjectId;
  email: string;
  /** Empty for an account made by single sign-on that never set a password. */
  password_hash: string;
  /**
   * "<issuer> <subject>" of the single sign-on identity linked to this
   * account; null when none. The issuer is part of it, so a new identity
   * provider links afresh instead of trusting the old one's subjects.
   */
  oidc_subject: string | null;
  role: Role;
  profile: {
    display_name: string;
    /** Where the app serves the uploaded avatar; never a link elsewhere. */
    avatar_url: string;
    /** The stored file behind avatar_url; empty for initials. */
    avatar_key: string;
    bio: string;
  };
  settings: { theme: string; notifications_enabled: boolean; language: string };
  usage: {
    messages_sent: number;
    tokens_used: number;
    /** -1 means unlimited, as in the seed. */
    tokens_limit: number;
    cost_usd: number;
    /** -1 means unlimited. */
    monthly_budget_usd: number;
    /** The UTC month ("YYYY-MM") month_cost_usd belongs to; an older month counts as 0. */
    month: string;
    month_cost_usd: number;
    /**
     * month_cost_usd plus the estimated cost of the month's calls still
     * running: a call is admitted only while this is under the budget.
     */
    month_committed_usd: number;
    last_active: Date | null;
  };
  status: {
    is_banned: boolean;
    ban_reason: string | null;
    banned_at: Date | null;
    banned_by: Types.ObjectId | null;
  };
  saved_configs: Types.ObjectId[];
  /**
   * Bumped by a password change, ban, role change or "sign out everywhere":
   * every session issued before carries the old number and is refused.
   */
  session_version: number;
  created_at: Date;
  updated_at: Date;
}

const userSchema = new Schema<UserDoc>(
  {
    email: { type: String, required: true, unique: true },
    password_hash: { type: String, default: "" },
    oidc_subject: { type: String, default: null },
    role: { type: String, enum: ROLES, required: true, default: "user" },
    profile: {
      display_name: { type: String, required: true },
      avatar_url: { type: String, default: "" },
      avatar_key: { type: String, default: "" },
      bio: { type: String, default: "" },
    },
    settings: {
      theme: { type: String, default: "system" },
      notifications_enabled: { type: Boolean, default: true },
      language: { type: String, default: "auto" },
    },
    usage: {
      messages_sent: { type: Number, default: 0 },
      tokens_used: { type: Number, default: 0 },
      tokens_limit: { type: Number, default: -1 },
      cost_usd: { type: Number, default: 0 },
      monthly_budget_usd: { type: Number, default: -1 },
      month: { type: String, default: "" },
      month_cost_usd: { type: Number, default: 0 },
      month_committed_usd: { type: Number, default: 0 },
      last_active: { type: Date, default: null },
    },
    status: {
      is_banned: { type: Boolean, default: false },
      ban_reason: { type: String, default: null },
      banned_at: { type: Date, default: null },
      banned_by: { type: Schema.Types.ObjectId, ref: "User", default: null },
    },
    saved_configs: { type: [Schema.Types.ObjectId], ref: "LlmConfig", default: [] },
    session_version: { type: Number, required: true, default: 0 },
  },
  { collection: "users", timestamps: { createdAt: "created_at", updatedAt: "updated_at" } },
);

// The admin's user table, one per column it sorts by; the id breaks ties for its cursor.
userSchema.index({ created_at: -1, _id: -1 });
userSchema.index({ "usage.last_active": -1, _id: -1 });
userSchema.index({ "usage.tokens_used": -1, _id: -1 });
userSchema.index({ "usage.cost_usd": -1, _id: -1 });
userSchema.index({ email: 1, _id: 1 });
userSchema.index({ oidc_subject: 1 });

export const User: Model<UserDoc> =
  (mongoose.models.User as Model<UserDoc> | undefined) ?? model<UserDoc>("User", userSchema);
