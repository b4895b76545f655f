import { rebuildOldArenaTallies } from "@/lib/arena/rebuild-tallies";
import { removeExpiredRevocations } from "@/lib/auth/revocation";
import { ensureFirstAdmin } from "@/lib/users/ensure-admin";
import { ensureIndexes } from "@/models";

/** What runs once the database is reachable at start-up, in order. */
export async function runStartupTasks(): Promise<void> {
  await ensureIndexes();
  await removeExpiredRevocations();
  await ensureFirstAdmin();
  await rebuildOldArenaTallies();
}
