import mongoose, { type Model, model, Schema, type Types } from "mongoose";

export interface RevokedSessionDoc {
  _id: Types.ObjectId;
  sid: string;
  user_id: Types.ObjectId;
  expires_at: Date;
  created_at: Date;
}

// The seed's revoked_tokens: one entry per signed-out session id. The
// embedded database has no TTL indexes, so expired entries are removed at
// start-up instead (see lib/auth/revocation.ts).
const revokedSessionSchema = new Schema<RevokedSessionDoc>(
  {
    sid: { type: String, required: true, unique: true },
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    expires_at: { type: Date, required: true },
  },
  { collection: "revoked_tokens", timestamps: { createdAt: "created_at", updatedAt: false } },
);

revokedSessionSchema.index({ expires_at: 1 });

export const RevokedSession: Model<RevokedSessionDoc> =
  (mongoose.models.RevokedSession as Model<RevokedSessionDoc> | undefined) ??
  model<RevokedSessionDoc>("RevokedSession", revokedSessionSchema);
