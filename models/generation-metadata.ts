import { Schema } from "mongoose";

/** What is recorded about one model answer, in chat and in the arena alike. */
export interface GenerationMetadata {
  model_id: string | null;
  tokens: { prompt: number; completion: number };
  generation_time_ms: number | null;
  /** From the request to the first piece of text; null when none came. */
  first_token_ms: number | null;
  finish_reason: string | null;
  cost_usd: number;
  /** Older messages left out of the prompt to fit the model's context window; unset when none. */
  context_dropped?: number;
}

export const generationMetadataSchema = new Schema<GenerationMetadata>(
  {
    model_id: { type: String, default: null },
    tokens: {
      prompt: { type: Number, default: 0 },
      completion: { type: Number, default: 0 },
    },
    generation_time_ms: { type: Number, default: null },
    first_token_ms: { type: Number, default: null },
    finish_reason: { type: String, default: null },
    cost_usd: { type: Number, default: 0 },
    context_dropped: { type: Number, default: 0 },
  },
  { _id: false },
);
