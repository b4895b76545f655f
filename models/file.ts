import mongoose, { type Model, Schema, type Types } from "mongoose";
import { dayField } from "./day";

export const FILE_KINDS = ["image", "document"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** An uploaded file's record; the bytes live in file storage under `storage_key`. */
export interface FileDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  /** The name the user's file had: shown to people, never used as a path. */
  name: string;
  /** Decided from the content at upload, and served as the exact Content-Type. */
  mime_type: string;
  kind: FileKind;
  size: number;
  /** The server-made name of the bytes in file storage. */
  storage_key: string;
  sha256: string;
  /** UTC "YYYY-MM-DD", for daily charts. */
  day: string;
  created_at: Date;
}

const fileSchema = new Schema<FileDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    name: { type: String, required: true },
    mime_type: { type: String, required: true },
    kind: { type: String, enum: FILE_KINDS, required: true },
    size: { type: Number, required: true },
    storage_key: { type: String, required: true },
    sha256: { type: String, required: true },
    day: dayField,
  },
  { collection: "files", timestamps: { createdAt: "created_at", updatedAt: false } },
);

fileSchema.index({ user_id: 1, created_at: -1 });

// Not named `File`: that would shadow the web File type wherever both are needed.
export const StoredFile: Model<FileDoc> =
  (mongoose.models.File as Model<FileDoc> | undefined) ??
  mongoose.model<FileDoc>("File", fileSchema);
