/**
 * `npm run bench:admin`: fills an embedded database with a million usage
 * logs (BENCH_LOGS) over 90 days and times, side by side in one run, the
 * admin dashboard for 90 days read from its daily roll-ups against the same
 * sums aggregated straight from the logs. Prints the times and their ratio.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Types } from "mongoose";
import { getDashboard, lastDays } from "@/lib/admin/dashboard";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { sumLogs } from "@/lib/usage/sum-logs";
import { ensureIndexes } from "@/models/index";
import { UsageLog } from "@/models/usage-log";

const LOGS = Number(process.env.BENCH_LOGS ?? 1_000_000);
const USERS = 200;
const MODELS = 20;
const BATCH = 10_000;
const ROUNDS = 5;

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "uni-chat-bench-admin-"));
  const db = await startEmbeddedDb(path.join(dataDir, "embedded-db"));
  Object.assign(process.env, { MONGODB_URI: `${db.uri}unichat`, DATA_DIR: dataDir });
  const connection = await connectDb();

  const days = lastDays(90);
  const users = Array.from({ length: USERS }, () => new Types.ObjectId());
  const seeding = performance.now();
  for (let start = 0; start < LOGS; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, LOGS - start) }, (_, i) => {
      const n = start + i;
      const tokens = 100 + (n % 900);
      return {
        user_id: users[n % USERS],
        kind: "chat",
        conversation_id: null,
        message_id: null,
        arena_session_id: null,
        model_id: `vendor/model-${n % MODELS}`,
        tokens: { prompt: tokens / 2, completion: tokens / 2, total: tokens },
        cost_usd: tokens / 1e6,
        day: days[n % days.length],
        created_at: new Date(),
      };
    });
    await UsageLog.collection.insertMany(batch, { ordered: false });
  }
  console.log(`seeded ${LOGS.toLocaleString("en")} usage logs in ${seconds(seeding)}`);
  // Indexed after the load, as a restore would be: much faster than index upkeep per insert.
  const indexing = performance.now();
  await ensureIndexes();
  console.log(`indexed in ${seconds(indexing)}`);

  const admin: SessionUser = {
    id: new Types.ObjectId().toString(),
    role: "admin",
    email: "bench@example.com",
    displayName: "Bench",
    avatarUrl: "",
    theme: "system",
  };
  const straight = async () => {
    await sumLogs(
      { day: { $in: days } },
      {
        day: (log) => log.day,
        model: (log) => log.model_id,
        user: (log) => log.user_id.toString(),
      },
    );
  };
  const dashboard = () => getDashboard(admin, { range: "90" });

  const cold = await timed(dashboard);
  const fromLogs: number[] = [];
  const fromRollups: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which side goes first so neither always meets a warmer cache.
    if (round % 2 === 0) {
      fromLogs.push(await timed(straight));
      fromRollups.push(await timed(dashboard));
    } else {
      fromRollups.push(await timed(dashboard));
      fromLogs.push(await timed(straight));
    }
  }
  const logsMs = median(fromLogs);
  const rollupsMs = median(fromRollups);
  console.log(`first dashboard (sums 89 finished days once): ${cold.toFixed(0)} ms`);
  console.log(
    `dashboard, 90 days, from roll-ups:           ${rollupsMs.toFixed(0)} ms (median of ${ROUNDS})`,
  );
  console.log(
    `same sums aggregated from the logs:          ${logsMs.toFixed(0)} ms (median of ${ROUNDS})`,
  );
  console.log(`ratio roll-ups ÷ logs:                       ${(rollupsMs / logsMs).toFixed(3)}`);

  await connection.disconnect();
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

void main();
