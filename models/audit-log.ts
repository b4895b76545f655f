import mongoose, { type Model, Schema, type Types } from "mongoose";
import { dayField } from "./day";

export interface AuditLogDoc {
  _id: Types.ObjectId;
  admin_id: Types.ObjectId;
  /** e.g. "user.ban"; the admin services own the list. */
  action: string;
  target_type: string;
  target_id: Types.ObjectId | null;
  /** Snapshots of the changed fields, shaped by the action. */
  before: unknown;
  after: unknown;
  reason: string;
  ip: string | null;
  /** UTC "YYYY-MM-DD", for daily charts. */
  day: string;
  created_at: Date;
}

const auditLogSchema = new Schema<AuditLogDoc>(
  {
    admin_id: { type: Schema.Types.ObjectId, ref: "User", required: true },
    action: { type: String, required: true },
    target_type: { type: String, required: true },
    target_id: { type: Schema.Types.ObjectId, default: null },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
    reason: { type: String, default: "" },
    ip: { type: String, default: null },
    day: dayField,
  },
  { collection: "audit_logs", timestamps: { createdAt: "created_at", updatedAt: false } },
);

// The log is read newest id first, whole or by admin, action or target.
auditLogSchema.index({ admin_id: 1, _id: -1 });
auditLogSchema.index({ action: 1, _id: -1 });
auditLogSchema.index({ target_id: 1, _id: -1 });

export const AuditLog: Model<AuditLogDoc> =
  (mongoose.models.AuditLog as Model<AuditLogDoc> | undefined) ??
  mongoose.model<AuditLogDoc>("AuditLog", auditLogSchema);
