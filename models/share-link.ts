import mongoose, { type Model, Schema, type Types } from "mongoose";
import { MESSAGE_ROLES, type MessageRole } from "./message";

/** A file a shared message carries: the link serves it while the owner still has it. */
interface SharedFile {
  file_id: string;
  name: string;
  type: string;
  size: number;
}

/** One message of the branch as it was when the link was made or last updated. */
export interface SharedMessage {
  role: MessageRole;
  content: string;
  model_id: string | null;
  attachments: SharedFile[];
  created_at: Date;
}

/**
 * A read-only link to a copy of one conversation's branch. The copy is what
 * the link shows: later messages appear only when the owner updates it.
 */
export interface ShareLinkDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  conversation_id: Types.ObjectId;
  /**
   * The secret in the link's address (32 random bytes, base64url), kept as
   * it is rather than hashed: it guards nothing the database does not hold
   * in the clear already (the copy itself), and keeping it lets the owner
   * copy the address again from Settings.
   */
  token: string;
  title: string;
  messages: SharedMessage[];
  /** messages.length, so the owner's list need not read the copy. */
  message_count: number;
  /** Every file id the copy holds, so a file request is checked without reading the copy. */
  file_ids: string[];
  /** null: the link never expires. */
  expires_at: Date | null;
  /** When the copy was taken: at creation, and again at each update. */
  snapshot_at: Date;
  created_at: Date;
}

const sharedFileSchema = new Schema<SharedFile>(
  {
    file_id: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    size: { type: Number, required: true },
  },
  { _id: false },
);

const sharedMessageSchema = new Schema<SharedMessage>(
  {
    role: { type: String, enum: MESSAGE_ROLES, required: true },
    content: { type: String, default: "" },
    model_id: { type: String, default: null },
    attachments: { type: [sharedFileSchema], default: [] },
    created_at: { type: Date, required: true },
  },
  { _id: false },
);

const shareLinkSchema = new Schema<ShareLinkDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    conversation_id: { type: Schema.Types.ObjectId, ref: "Conversation", required: true },
    token: { type: String, required: true },
    title: { type: String, required: true },
    messages: { type: [sharedMessageSchema], default: [] },
    message_count: { type: Number, required: true },
    file_ids: { type: [String], default: [] },
    expires_at: { type: Date, default: null },
    snapshot_at: { type: Date, required: true },
  },
  { collection: "share_links", timestamps: { createdAt: "created_at", updatedAt: false } },
);

shareLinkSchema.index({ token: 1 }, { unique: true });
// One link per conversation: sharing it again updates that link.
shareLinkSchema.index({ conversation_id: 1 }, { unique: true });
// The owner's links, newest first.
shareLinkSchema.index({ user_id: 1, _id: -1 });

export const ShareLink: Model<ShareLinkDoc> =
  (mongoose.models.ShareLink as Model<ShareLinkDoc> | undefined) ??
  mongoose.model<ShareLinkDoc>("ShareLink", shareLinkSchema);
