import { type InferSchemaType, type Model, model, models, Schema, type Types } from "mongoose";

// The seed's revoked_tokens: one entry per signed-out session id. The
// embedded database has no TTL indexes, so expired entries are removed at
// start-up instead (see lib/auth/revocation.ts).
const revokedSessionSchema = new Schema(
  {
    sid: { type: String, required: true, unique: true },
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    expires_at: { type: Date, required: true },
  },
  { collection: "revoked_tokens", timestamps: { createdAt: "created_at", updatedAt: false } },
);

revokedSessionSchema.index({ expires_at: 1 });

export type RevokedSessionDoc = InferSchemaType<typeof revokedSessionSchema> & {
  _id: Types.ObjectId;
};

export const RevokedSession: Model<RevokedSessionDoc> =
  (models.RevokedSession as Model<RevokedSessionDoc> | undefined) ??
  model<RevokedSessionDoc>("RevokedSession", revokedSessionSchema);
