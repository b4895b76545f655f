import type { CapacityDto } from "@/lib/admin/dto";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { onFerretDb } from "@/lib/db/connect";
import { Message } from "@/models/message";
import { User } from "@/models/user";

/**
 * What the embedded database was measured to serve well (`npm run
 * bench:scale` and `npm run bench:many`; README, "When to move to
 * MongoDB"). Past these, move to MongoDB.
 */
export const EMBEDDED_DB_LIMITS = { messages: 1_000_000, activeThisWeek: 50 } as const;

/** The admin is warned this far ahead, while there is time to move. */
const WARN_AT = 0.8;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The embedded database's use against its limits, when it nears one of
 * them; null on MongoDB, or while there is room.
 */
export async function embeddedDbCapacity(
  actor: SessionUser,
  limits: CapacityDto["limits"] = EMBEDDED_DB_LIMITS,
): Promise<CapacityDto | null> {
  assertAdmin(actor);
  if (!(await onFerretDb())) return null;
  const [messages, activeThisWeek] = await Promise.all([
    Message.estimatedDocumentCount(),
    User.countDocuments({ "usage.last_active": { $gte: new Date(Date.now() - WEEK_MS) } }),
  ]);
  const near = (value: number, limit: number) => value >= limit * WARN_AT;
  if (!near(messages, limits.messages) && !near(activeThisWeek, limits.activeThisWeek)) {
    return null;
  }
  return { messages, activeThisWeek, limits };
}
