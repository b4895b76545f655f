import mongoose, { type Model, Schema, type Types } from "mongoose";

/** Where an imported conversation came from: another app's export, or one of ours. */
export const IMPORT_SOURCES = ["chatgpt", "claude", "uni-chat"] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export interface ConversationDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  config_id: Types.ObjectId | null;
  folder_id: Types.ObjectId | null;
  /** The model used when there is no config, or that overrides it. */
  model_id: string | null;
  title: string;
  message_count: number;
  is_pinned: boolean;
  is_archived: boolean;
  tags: string[];
  stats: { total_tokens: number; input_tokens: number; output_tokens: number; cost_usd: number };
  created_at: Date;
  updated_at: Date;
  /** Set at creation, so a new, empty conversation sorts first in the sidebar. */
  last_message_at: Date;
  /** The last message of the branch on show: edits and regenerations fork the tree. */
  current_leaf_id: Types.ObjectId | null;
  /** Set on a conversation brought in from an export; null for one started here. */
  imported_from: ImportSource | null;
}

const conversationSchema = new Schema<ConversationDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    config_id: { type: Schema.Types.ObjectId, ref: "LlmConfig", default: null },
    folder_id: { type: Schema.Types.ObjectId, ref: "Folder", default: null },
    model_id: { type: String, default: null },
    title: { type: String, required: true, default: "New conversation" },
    message_count: { type: Number, default: 0 },
    is_pinned: { type: Boolean, default: false },
    is_archived: { type: Boolean, default: false },
    tags: { type: [String], default: [] },
    stats: {
      total_tokens: { type: Number, default: 0 },
      input_tokens: { type: Number, default: 0 },
      output_tokens: { type: Number, default: 0 },
      cost_usd: { type: Number, default: 0 },
    },
    last_message_at: { type: Date, default: Date.now },
    current_leaf_id: { type: Schema.Types.ObjectId, ref: "Message", default: null },
    imported_from: { type: String, enum: IMPORT_SOURCES, default: null },
  },
  {
    collection: "conversations",
    timestamps: { createdAt: "created_at", updatedAt: "updated_at" },
  },
);

// The sidebar, archived or not, whole or one folder: pinned first, then most recent.
const SIDEBAR = { is_pinned: -1, last_message_at: -1, _id: -1 } as const;
conversationSchema.index({ user_id: 1, is_archived: 1, ...SIDEBAR });
conversationSchema.index({ user_id: 1, is_archived: 1, folder_id: 1, ...SIDEBAR });
// The title search, most recent first.
conversationSchema.index({ user_id: 1, last_message_at: -1, _id: -1 });

export const Conversation: Model<ConversationDoc> =
  (mongoose.models.Conversation as Model<ConversationDoc> | undefined) ??
  mongoose.model<ConversationDoc>("Conversation", conversationSchema);
