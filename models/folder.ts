import mongoose, { type Model, Schema, type Types } from "mongoose";

export interface FolderDoc {
  _id: Types.ObjectId;
  user_id: Types.ObjectId;
  name: string;
  color: string;
  icon: string;
  conversation_count: number;
  created_at: Date;
  updated_at: Date;
}

const folderSchema = new Schema<FolderDoc>(
  {
    user_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    name: { type: String, required: true },
    color: { type: String, default: "" },
    icon: { type: String, default: "" },
    conversation_count: { type: Number, default: 0 },
  },
  { collection: "folders", timestamps: { createdAt: "created_at", updatedAt: "updated_at" } },
);

folderSchema.index({ user_id: 1, created_at: 1, _id: 1 });

export const Folder: Model<FolderDoc> =
  (mongoose.models.Folder as Model<FolderDoc> | undefined) ??
  mongoose.model<FolderDoc>("Folder", folderSchema);
