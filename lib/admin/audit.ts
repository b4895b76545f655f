import type { QueryFilter, Types } from "mongoose";
import type { AuditEntryDto } from "@/lib/admin/dto";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import type { Page } from "@/lib/conversations/dto";
import { connectDb } from "@/lib/db/connect";
import { toPage } from "@/lib/db/page";
import { parseInput } from "@/lib/validation";
import { AuditLog, type AuditLogDoc } from "@/models/audit-log";
import { LlmConfig } from "@/models/llm-config";
import { User } from "@/models/user";
import { listAuditSchema } from "./schemas";

/**
 * The audit log, newest first, filtered by admin, action, target and day.
 * Read-only: nothing in the app edits or deletes an entry.
 */
export async function listAudit(actor: SessionUser, query: unknown): Promise<Page<AuditEntryDto>> {
  assertAdmin(actor);
  const { adminId, action, targetId, from, to, limit, cursor } = parseInput(listAuditSchema, query);
  const filter: QueryFilter<AuditLogDoc> = {};
  if (adminId) filter.admin_id = adminId;
  if (action) filter.action = action;
  if (targetId) filter.target_id = targetId;
  if (from || to) filter.day = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
  if (cursor) filter._id = { $lt: cursor };

  await connectDb();
  const docs = await AuditLog.find(filter)
    .sort({ _id: -1 })
    .limit(limit + 1)
    .lean();
  const page = toPage(docs, limit, (last) => last._id.toString());
  const labels = await labelsFor(page.items);
  return {
    ...page,
    items: page.items.map((entry) => ({
      id: entry._id.toString(),
      admin: labels.admins.get(entry.admin_id.toString()) ?? null,
      action: entry.action,
      targetType: entry.target_type,
      targetId: entry.target_id?.toString() ?? null,
      targetLabel: entry.target_id
        ? (labels.targets.get(entry.target_id.toString()) ?? null)
        : null,
      before: entry.before,
      after: entry.after,
      reason: entry.reason,
      ip: entry.ip,
      createdAt: entry.created_at.toISOString(),
    })),
  };
}

/** Names of the admins and of the users and configs the entries are about, in two queries. */
async function labelsFor(entries: AuditLogDoc[]) {
  const ids = (list: (Types.ObjectId | null)[]) => [
    ...new Set(list.flatMap((id) => (id ? [id.toString()] : []))),
  ];
  const userIds = ids([
    ...entries.map((entry) => entry.admin_id),
    ...entries.filter((entry) => entry.target_type === "user").map((entry) => entry.target_id),
  ]);
  const configIds = ids(
    entries.filter((entry) => entry.target_type === "llm_config").map((entry) => entry.target_id),
  );
  const [users, configs] = await Promise.all([
    User.find({ _id: { $in: userIds } })
      .select("email profile.display_name")
      .lean(),
    LlmConfig.find({ _id: { $in: configIds } })
      .select("name")
      .lean(),
  ]);
  const admins = new Map(
    users.map((user) => [
      user._id.toString(),
      { id: user._id.toString(), displayName: user.profile.display_name, email: user.email },
    ]),
  );
  const targets = new Map<string, string>([
    ...users.map((user): [string, string] => [user._id.toString(), user.email]),
    ...configs.map((config): [string, string] => [config._id.toString(), config.name]),
  ]);
  return { admins, targets };
}
