import mongoose, { type Model, Schema, type Types } from "mongoose";

export interface ApiKeyDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  name: string;
  /** The first characters of the key (e.g. "uc_ab12cd"), so the user can tell keys apart. */
  prefix: string;
  /** sha256 hex of the whole key; the key itself is shown once and never stored. */
  key_hash: string;
  last_used_at: Date | null;
  /** null means the key never expires. */
  expires_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

const apiKeySchema = new Schema<ApiKeyDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    name: { type: String, required: true },
    prefix: { type: String, required: true },
    key_hash: { type: String, required: true, unique: true },
    last_used_at: { type: Date, default: null },
    expires_at: { type: Date, default: null },
    revoked_at: { type: Date, default: null },
  },
  { collection: "api_keys", timestamps: { createdAt: "created_at", updatedAt: false } },
);

apiKeySchema.index({ user_id: 1, created_at: -1, _id: -1 });

export const ApiKey: Model<ApiKeyDoc> =
  (mongoose.models.ApiKey as Model<ApiKeyDoc> | undefined) ??
  mongoose.model<ApiKeyDoc>("ApiKey", apiKeySchema);
