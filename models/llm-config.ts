import mongoose, { type Model, Schema, type Types } from "mongoose";

export const CONFIG_VISIBILITIES = ["private", "public", "template"] as const;
export type ConfigVisibility = (typeof CONFIG_VISIBILITIES)[number];

export interface LlmConfigDoc {
  _id: Types.ObjectId;
  name: string;
  model_id: string;
  model_name: string;
  /** null for templates, which belong to no one. */
  owner_id: Types.ObjectId | null;
  visibility: ConfigVisibility;
  description: string;
  system_prompt: string;
  /** An emoji. */
  avatar: string;
  parameters: {
    temperature: number;
    /** null leaves the limit to the model. */
    max_tokens: number | null;
    top_p: number;
    frequency_penalty: number;
    presence_penalty: number;
  };
  tags: string[];
  /**
   * Where a fork came from, as it was when forked: the source may since
   * have been renamed, made private or deleted.
   */
  forked_from: { config_id: Types.ObjectId; name: string; owner_id: Types.ObjectId | null } | null;
  /** forks_count: how many times it was forked. */
  stats: { uses_count: number; saves_count: number; forks_count: number };
  created_at: Date;
  updated_at: Date;
}

const llmConfigSchema = new Schema<LlmConfigDoc>(
  {
    name: { type: String, required: true },
    model_id: { type: String, required: true },
    model_name: { type: String, default: "" },
    owner_id: { type: Schema.Types.ObjectId, ref: "User", default: null },
    visibility: { type: String, enum: CONFIG_VISIBILITIES, required: true, default: "private" },
    description: { type: String, default: "" },
    system_prompt: { type: String, default: "" },
    avatar: { type: String, default: "🤖" },
    parameters: {
      temperature: { type: Number, default: 0.7 },
      max_tokens: { type: Number, default: null },
      top_p: { type: Number, default: 1 },
      frequency_penalty: { type: Number, default: 0 },
      presence_penalty: { type: Number, default: 0 },
    },
    tags: { type: [String], default: [] },
    forked_from: {
      type: new Schema(
        {
          config_id: { type: Schema.Types.ObjectId, ref: "LlmConfig", required: true },
          name: { type: String, required: true },
          owner_id: { type: Schema.Types.ObjectId, ref: "User", default: null },
        },
        { _id: false },
      ),
      default: null,
    },
    stats: {
      uses_count: { type: Number, default: 0 },
      saves_count: { type: Number, default: 0 },
      forks_count: { type: Number, default: 0 },
    },
  },
  { collection: "llm_configs", timestamps: { createdAt: "created_at", updatedAt: "updated_at" } },
);

llmConfigSchema.index({ owner_id: 1, _id: -1 });
// The gallery, in each of its orders.
llmConfigSchema.index({ visibility: 1, "stats.uses_count": -1, _id: -1 });
llmConfigSchema.index({ visibility: 1, "stats.saves_count": -1, _id: -1 });
llmConfigSchema.index({ visibility: 1, _id: -1 });
llmConfigSchema.index({ tags: 1 });

export const LlmConfig: Model<LlmConfigDoc> =
  (mongoose.models.LlmConfig as Model<LlmConfigDoc> | undefined) ??
  mongoose.model<LlmConfigDoc>("LlmConfig", llmConfigSchema);
