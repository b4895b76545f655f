import mongoose, { type Model, Schema, type Types } from "mongoose";

export interface PromptTemplateDoc {
  _id: Types.ObjectId;
  name: string;
  category: string;
  template_text: string;
  /** Names of the variables in template_text. */
  variables: string[];
  description: string;
  usage_count: number;
  is_active: boolean;
  created_by: Types.ObjectId | null;
  created_at: Date;
  updated_at: Date;
}

const promptTemplateSchema = new Schema<PromptTemplateDoc>(
  {
    name: { type: String, required: true },
    category: { type: String, required: true },
    template_text: { type: String, required: true },
    variables: { type: [String], default: [] },
    description: { type: String, default: "" },
    usage_count: { type: Number, default: 0 },
    is_active: { type: Boolean, default: true },
    created_by: { type: Schema.Types.ObjectId, ref: "User", default: null },
  },
  {
    collection: "prompt_templates",
    timestamps: { createdAt: "created_at", updatedAt: "updated_at" },
  },
);

// Most used first: what everyone sees, and the admin's view with inactive ones.
promptTemplateSchema.index({ is_active: 1, usage_count: -1, name: 1, _id: 1 });
promptTemplateSchema.index({ usage_count: -1, name: 1, _id: 1 });

export const PromptTemplate: Model<PromptTemplateDoc> =
  (mongoose.models.PromptTemplate as Model<PromptTemplateDoc> | undefined) ??
  mongoose.model<PromptTemplateDoc>("PromptTemplate", promptTemplateSchema);
