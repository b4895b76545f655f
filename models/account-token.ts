import mongoose, { type Model, model, Schema, type Types } from "mongoose";

export const ACCOUNT_TOKEN_KINDS = ["password_reset", "email_change"] as const;
export type AccountTokenKind = (typeof ACCOUNT_TOKEN_KINDS)[number];

/**
 * A link mailed to someone: a password reset, or the confirmation of a new
 * email address. Only the token's hash is kept, so a copy of the database
 * opens no account. Used once, then `used_at` is set.
 */
export interface AccountTokenDoc {
  _id: Types.ObjectId;
  /** sha256 hex of the token in the link. */
  token_hash: string;
  kind: AccountTokenKind;
  user_id: Types.ObjectId;
  /** The address the link was sent to: for an email change, the new one. */
  email: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Date;
}

// The embedded database has no TTL indexes: expired tokens are removed
// whenever a new one is made (lib/account/tokens.ts).
const accountTokenSchema = new Schema<AccountTokenDoc>(
  {
    token_hash: { type: String, required: true, unique: true },
    kind: { type: String, enum: ACCOUNT_TOKEN_KINDS, required: true },
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    email: { type: String, required: true },
    expires_at: { type: Date, required: true },
    used_at: { type: Date, default: null },
  },
  { collection: "account_tokens", timestamps: { createdAt: "created_at", updatedAt: false } },
);

accountTokenSchema.index({ user_id: 1, kind: 1 });
accountTokenSchema.index({ expires_at: 1 });

export const AccountToken: Model<AccountTokenDoc> =
  (mongoose.models.AccountToken as Model<AccountTokenDoc> | undefined) ??
  model<AccountTokenDoc>("AccountToken", accountTokenSchema);
