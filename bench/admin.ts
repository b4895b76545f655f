/**
 * `npm run bench:admin`: fills an embedded database with a million usage
 * logs (BENCH_LOGS) over 90 days, with the roll-ups the app keeps beside
 * them, and times, side by side in one run, the 90-day admin dashboard
 * (read from the roll-ups) against the same sums computed straight from the
 * logs. Prints the times and their ratio.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Types } from "mongoose";
import { getDashboard, lastDays } from "@/lib/admin/dashboard";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { ensureIndexes } from "@/models/index";
import { UsageLog } from "@/models/usage-log";
import { UsageRollup, userModelKey } from "@/models/usage-rollup";

const LOGS = Number(process.env.BENCH_LOGS ?? 1_000_000);
const USERS = 200;
const MODELS = 20;
const BATCH = 10_000;
// Each read of a million logs takes a minute or more on the embedded database.
const ROUNDS = 3;

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "uni-chat-bench-admin-"));
  const db = await startEmbeddedDb(path.join(dataDir, "embedded-db"));
  Object.assign(process.env, { MONGODB_URI: `${db.uri}unichat`, DATA_DIR: dataDir });
  const connection = await connectDb();

  const days = lastDays(90);
  const users = Array.from({ length: USERS }, () => new Types.ObjectId());
  const seeding = performance.now();
  // The roll-ups the app would have kept with $inc, summed here as the logs are made.
  const rollups = new Map<
    string,
    { day: string; dim: string; key: string; replies: number; tokens: number; cost_usd: number }
  >();
  const addTo = (day: string, dim: string, key: string, tokens: number, cost: number) => {
    const id = `${day}|${dim}|${key}`;
    const sum = rollups.get(id) ?? { day, dim, key, replies: 0, tokens: 0, cost_usd: 0 };
    sum.replies += 1;
    sum.tokens += tokens;
    sum.cost_usd += cost;
    rollups.set(id, sum);
  };
  for (let start = 0; start < LOGS; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, LOGS - start) }, (_, i) => {
      const n = start + i;
      const tokens = 100 + (n % 900);
      const user = users[n % USERS] as Types.ObjectId;
      const model = `vendor/model-${n % MODELS}`;
      const day = days[n % days.length] as string;
      addTo(day, "model", model, tokens, tokens / 1e6);
      addTo(day, "user", user.toString(), tokens, tokens / 1e6);
      addTo("", "user_model", userModelKey(user.toString(), model), tokens, tokens / 1e6);
      return {
        user_id: user,
        kind: "chat",
        conversation_id: null,
        message_id: null,
        arena_session_id: null,
        model_id: model,
        tokens: { prompt: tokens / 2, completion: tokens / 2, total: tokens },
        cost_usd: tokens / 1e6,
        day,
        created_at: new Date(),
      };
    });
    await UsageLog.collection.insertMany(batch, { ordered: false });
  }
  await UsageRollup.collection.insertMany(
    [...rollups.values()].map((sum) => ({ ...sum, created_at: new Date() })),
  );
  console.log(
    `seeded ${LOGS.toLocaleString("en")} usage logs and ${rollups.size.toLocaleString("en")} roll-ups in ${seconds(seeding)}`,
  );
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
    notifyReplies: false,
    language: null,
  };
  // Without roll-ups: read every log of the range and sum by day, model and user.
  const straight = async () => {
    const sums = new Map<string, number>();
    const cursor = UsageLog.find({ day: { $in: days } })
      .select("day model_id user_id tokens.total cost_usd")
      .lean()
      .cursor({ batchSize: 5_000 });
    for await (const log of cursor) {
      for (const key of [log.day, log.model_id, log.user_id.toString()]) {
        sums.set(key, (sums.get(key) ?? 0) + log.cost_usd);
      }
    }
    return sums;
  };
  const dashboard = () => getDashboard(admin, { range: "90" });

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
