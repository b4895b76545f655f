import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";

export interface AdminOverview {
  users: number;
  admins: number;
  banned: number;
  activeLast7Days: number;
  newLast7Days: number;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Headline account figures for the admin area, each an indexed count. */
export async function getAdminOverview(actor: SessionUser): Promise<AdminOverview> {
  assertAdmin(actor);
  await connectDb();
  const weekAgo = new Date(Date.now() - WEEK_MS);
  const [users, admins, banned, activeLast7Days, newLast7Days] = await Promise.all([
    User.countDocuments(),
    User.countDocuments({ role: "admin" }),
    User.countDocuments({ "status.is_banned": true }),
    User.countDocuments({ "usage.last_active": { $gte: weekAgo } }),
    User.countDocuments({ created_at: { $gte: weekAgo } }),
  ]);
  return { users, admins, banned, activeLast7Days, newLast7Days };
}
