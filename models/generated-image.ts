import mongoose, { type Model, Schema, type Types } from "mongoose";
import { dayField } from "./day";

export interface GeneratedImageDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  prompt: string;
  model_id: string;
  negative_prompt: string;
  /** Where the image lives in file storage; the seed kept base64 in the document instead. */
  storage_key: string;
  thumbnail_key: string | null;
  mime_type: string;
  width: number | null;
  height: number | null;
  bytes: number;
  is_favorite: boolean;
  settings: {
    aspect_ratio: string | null;
    image_size: string | null;
    input_images_count: number;
    has_input_images: boolean;
  };
  metadata: {
    generation_time_ms: number | null;
    /** The upstream's usage object, kept as sent. */
    usage: unknown;
  };
  cost_usd: number;
  /** UTC "YYYY-MM-DD", for daily charts. */
  day: string;
  created_at: Date;
}

const generatedImageSchema = new Schema<GeneratedImageDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    prompt: { type: String, required: true },
    model_id: { type: String, required: true },
    negative_prompt: { type: String, default: "" },
    storage_key: { type: String, required: true },
    thumbnail_key: { type: String, default: null },
    mime_type: { type: String, required: true },
    width: { type: Number, default: null },
    height: { type: Number, default: null },
    bytes: { type: Number, required: true },
    is_favorite: { type: Boolean, default: false },
    settings: {
      aspect_ratio: { type: String, default: null },
      image_size: { type: String, default: null },
      input_images_count: { type: Number, default: 0 },
      has_input_images: { type: Boolean, default: false },
    },
    metadata: {
      generation_time_ms: { type: Number, default: null },
      usage: { type: Schema.Types.Mixed, default: null },
    },
    cost_usd: { type: Number, default: 0 },
    day: dayField,
  },
  { collection: "generated_images", timestamps: { createdAt: "created_at", updatedAt: false } },
);

generatedImageSchema.index({ user_id: 1, created_at: -1, _id: -1 });
generatedImageSchema.index({ user_id: 1, is_favorite: 1, created_at: -1, _id: -1 });
generatedImageSchema.index({ day: 1 });

export const GeneratedImage: Model<GeneratedImageDoc> =
  (mongoose.models.GeneratedImage as Model<GeneratedImageDoc> | undefined) ??
  mongoose.model<GeneratedImageDoc>("GeneratedImage", generatedImageSchema);
