/**
 * `npm run bench:many`: many answers at once, and the memory answers hold,
 * through the app and through the minimal relay (bench/relay.ts) in the
 * same run. The app runs in this process and is started with --expose-gc,
 * so memory is read after a full collection; the relay reports its own,
 * and a process of its own reads the streams.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { startBenchApp } from "./bench-app";
import { benchUsers } from "./bench-users";
import type { Timing } from "./measure";
import { startReaderProcess, startRelayProcess } from "./upstream-process";

const COUNTS = (process.env.BENCH_MANY_COUNTS ?? "10,25,50,100").split(",").map(Number);
// A realistic answer: a few hundred tokens at 50 tokens/s, 300 ms to the first.
const TOKENS = Number(process.env.BENCH_MANY_TOKENS ?? 250);
const PACE_MS = Number(process.env.BENCH_MANY_PACE_MS ?? 20);
const FIRST_TOKEN_MS = 300;
const LONE_ROUNDS = 6;
const OPEN_ANSWERS = Number(process.env.BENCH_MANY_OPEN ?? 100);
// Slow answers, one token a second: open long enough to be measured while open.
const OPEN_ANSWER_TOKENS = 20;
const SLOW_READER_BYTES = 10 * 1024 * 1024;
const SLOW_READER_BYTES_PER_SECOND = 1024;
// An answer's live stream stays readable 30 s after it ends (lib/realtime/live-stream.ts).
const SETTLE_MS = Number(process.env.BENCH_MANY_SETTLE_MS ?? 35_000);
const MB = 1024 * 1024;

type Reader = Awaited<ReturnType<typeof startReaderProcess>>;
type Relay = Awaited<ReturnType<typeof startRelayProcess>>;
type Bench = Awaited<ReturnType<typeof startBenchApp>>;
type BenchUser = Awaited<ReturnType<typeof benchUsers>>[number];

interface Sides {
  bench: Bench;
  relay: Relay;
  reader: Reader;
  users: BenchUser[];
}

const check = (ok: boolean) => (ok ? "ok" : "MISSED");

async function main() {
  if (typeof globalThis.gc !== "function")
    throw new Error("Run with --expose-gc: npm run bench:many");
  const started = performance.now();
  const bench = await startBenchApp();
  const users = await benchUsers(bench, Math.max(...COUNTS, OPEN_ANSWERS, LONE_ROUNDS));
  const relay = await startRelayProcess(bench.upstreamUrl);
  const reader = await startReaderProcess();
  const sides: Sides = { bench, relay, reader, users };

  const short = prompt(20, FIRST_TOKEN_MS, PACE_MS);
  await Promise.all([viaApp(sides, users[0] as BenchUser, short), viaRelay(sides, short)]);
  const lone: Timing[] = [];
  for (const user of users.slice(0, LONE_ROUNDS)) lone.push(await viaApp(sides, user, short));
  const loneTtft = quantile(
    lone.map((timing) => timing.firstTokenMs),
    0.5,
  );

  const openAnswers = await reportOpenAnswers(sides);
  await reportSlowReader(sides);
  // Asked again a phase later: not all that answers leave is freed within one settle period.
  const left = appHeld().heap - openAnswers.baseline;
  const seconds = (performance.now() - openAnswers.endedAt) / 1000;
  console.log(
    `\napp heap ${seconds.toFixed(0)} s after the open answers ended: ${megabytes(left)} left   target ≤ 1 MB  ${check(left <= MB)}`,
  );
  await reportConcurrent(sides, loneTtft);

  console.log(`\n(the run took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  await reader.stop();
  await relay.stop();
  await bench.stop();
  process.exit(0);
}

function prompt(tokens: number, firstMs: number, paceMs: number): string {
  return `Benchmark many [[tokens:${tokens}]] [[first:${firstMs}]] [[delay:${paceMs}]]`;
}

/** A new conversation of `user`'s and the URL that answers in it. */
async function appUrl({ bench }: Sides, user: BenchUser): Promise<string> {
  const conversation = await Conversation.create({
    user_id: user.userId,
    model_id: "fake/echo",
    title: "Benchmark",
  });
  return `${bench.base}/api/conversations/${conversation._id}/messages`;
}

function appRequest({ bench }: Sides, user: BenchUser, content: string) {
  return { headers: { cookie: user.cookie, origin: bench.base }, body: { content } };
}

function relayRequest(content: string) {
  return {
    headers: { authorization: "Bearer bench-key" },
    body: { model: "fake/echo", stream: true, messages: [{ role: "user", content }] },
  };
}

async function viaApp(sides: Sides, user: BenchUser, content: string, paceMs?: number) {
  const url = await appUrl(sides, user);
  return sides.reader.time("ui", url, { ...appRequest(sides, user, content), paceMs });
}

function viaRelay(sides: Sides, content: string, paceMs?: number) {
  return sides.reader.time("openai", `${sides.relay.url}/chat/completions`, {
    ...relayRequest(content),
    paceMs,
  });
}

/** What a process holds: its resident set, and its JavaScript heap with the buffers outside it. */
interface Held {
  rss: number;
  heap: number;
}

function held(usage: NodeJS.MemoryUsage): Held {
  return { rss: usage.rss, heap: usage.heapUsed + usage.external };
}

function appHeld(): Held {
  globalThis.gc?.();
  return held(process.memoryUsage());
}

async function relayHeld(relay: Relay): Promise<Held> {
  return held(await relay.memory());
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** Many slow answers open at once, through both sides together: what each holds, and what stays after. */
async function reportOpenAnswers(sides: Sides): Promise<{ baseline: number; endedAt: number }> {
  const { relay, users } = sides;
  const before = { app: appHeld(), relay: await relayHeld(relay) };
  const content = prompt(OPEN_ANSWER_TOKENS, 0, 1000);
  const urls = await Promise.all(users.slice(0, OPEN_ANSWERS).map((user) => appUrl(sides, user)));
  const answers = Promise.all([
    ...urls.map((url, index) =>
      sides.reader.time("ui", url, appRequest(sides, users[index] as BenchUser, content)),
    ),
    ...urls.map(() => viaRelay(sides, content)),
  ]);
  await until(async () => (await Message.countDocuments({ status: "streaming" })) >= OPEN_ANSWERS);
  await sleep(3000);
  const open = { app: appHeld(), relay: await relayHeld(relay) };
  await answers;
  const endedAt = performance.now();
  await sleep(SETTLE_MS);
  const after = { app: appHeld(), relay: await relayHeld(relay) };

  const perAnswer = (side: "app" | "relay", kind: keyof Held) =>
    (open[side][kind] - before[side][kind]) / OPEN_ANSWERS / 1024;
  const left = (side: "app" | "relay", kind: keyof Held) => after[side][kind] - before[side][kind];
  console.log(`
${OPEN_ANSWERS} slow answers open at once (one token a second)
`);
  console.log("                             relay     via app");
  for (const kind of ["heap", "rss"] as const) {
    console.log(
      `${`${kind} KB per open answer`.padEnd(24)}${perAnswer("relay", kind).toFixed(1).padStart(11)}${perAnswer("app", kind).toFixed(1).padStart(12)}`,
    );
    console.log(
      `${`${kind} left ${SETTLE_MS / 1000} s after`.padEnd(24)}${megabytes(left("relay", kind)).padStart(11)}${megabytes(left("app", kind)).padStart(12)}`,
    );
  }
  console.log("");
  console.log(
    `app heap per open answer:          ${perAnswer("app", "heap").toFixed(1)} KB   target ≤ 100 KB  ${check(perAnswer("app", "heap") <= 100)}`,
  );
  return { baseline: before.app.heap, endedAt };
}

/**
 * One reader taking 1 KB a second while the provider sends 10 MB as fast as
 * it can, through both sides together: what each process grows by once the
 * provider is done, and what stays after the reader goes.
 */
async function reportSlowReader(sides: Sides) {
  const { bench, relay, reader, users } = sides;
  const tokens = Math.round(SLOW_READER_BYTES / (await bytesPerToken(bench.upstreamUrl)));
  const content = prompt(tokens, 0, 0);
  const user = users[0] as BenchUser;
  const before = { app: appHeld(), relay: await relayHeld(relay) };
  const url = await appUrl(sides, user);
  const conversationId = url.split("/").at(-2);
  const releases = await Promise.all([
    reader.hold(url, appRequest(sides, user, content), SLOW_READER_BYTES_PER_SECOND),
    reader.hold(
      `${relay.url}/chat/completions`,
      relayRequest(content),
      SLOW_READER_BYTES_PER_SECOND,
    ),
  ]);
  // The app reads the provider to the end whatever its reader does, then saves the answer.
  await until(
    async () =>
      (await Message.exists({ conversation_id: conversationId, status: "streaming" })) === null,
  );
  await sleep(2000);
  const during = { app: appHeld(), relay: await relayHeld(relay) };
  await Promise.all(releases.map((release) => release()));
  await sleep(SETTLE_MS);
  const after = { app: appHeld(), relay: await relayHeld(relay) };

  const grew = (side: "app" | "relay", kind: keyof Held) => during[side][kind] - before[side][kind];
  const left = (side: "app" | "relay", kind: keyof Held) => after[side][kind] - before[side][kind];
  console.log(
    `
A reader taking ${SLOW_READER_BYTES_PER_SECOND / 1024} KB/s while the provider sends ${megabytes(SLOW_READER_BYTES)} (${tokens} tokens)
`,
  );
  console.log("                             relay     via app");
  for (const kind of ["heap", "rss"] as const) {
    console.log(
      `${`${kind} growth`.padEnd(24)}${megabytes(grew("relay", kind)).padStart(11)}${megabytes(grew("app", kind)).padStart(12)}`,
    );
    console.log(
      `${`${kind} left ${SETTLE_MS / 1000} s after`.padEnd(24)}${megabytes(left("relay", kind)).padStart(11)}${megabytes(left("app", kind)).padStart(12)}`,
    );
  }
  console.log("");
  console.log(
    `app growth with a slow reader:     ${megabytes(grew("app", "heap"))}   target ≤ 5 MB  ${check(grew("app", "heap") <= 5 * MB)}`,
  );
}

/** The bytes of the provider's stream per token, read straight from it. */
async function bytesPerToken(upstreamUrl: string): Promise<number> {
  const sample = 1000;
  const response = await fetch(`${upstreamUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer bench-key" },
    body: JSON.stringify(relayRequest(prompt(sample, 0, 0)).body),
  });
  return (await response.arrayBuffer()).byteLength / sample;
}

/** N answers at once through the app, then through the relay (alternating which goes first), for each N. */
async function reportConcurrent(sides: Sides, loneTtft: number) {
  const content = prompt(TOKENS, FIRST_TOKEN_MS, PACE_MS);
  // The embedded database serves one command at a time: its busy time per
  // answer, times the answers, is the wait the last one sees.
  let databaseMs = 0;
  /** Per command and collection of the last batch through the app: how many, and their time. */
  let commands = new Map<string, { count: number; ms: number }>();
  const client = sides.bench.connection.connection.getClient();
  const collections = new Map<number, string>();
  client.on("commandStarted", (event) => {
    collections.set(
      event.requestId,
      `${event.commandName} ${String(event.command[event.commandName])}`,
    );
  });
  client.on("commandSucceeded", (event) => {
    databaseMs += event.duration;
    const name = collections.get(event.requestId) ?? event.commandName;
    collections.delete(event.requestId);
    const command = commands.get(name) ?? { count: 0, ms: 0 };
    command.count += 1;
    command.ms += event.duration;
    commands.set(name, command);
  });
  const rows: string[] = [];
  for (const [round, count] of COUNTS.entries()) {
    const users = sides.users.slice(0, count);
    let appDatabaseMs = 0;
    const app = async () => {
      const urls = await Promise.all(users.map((user) => appUrl(sides, user)));
      const databaseBefore = databaseMs;
      commands = new Map();
      const timings = await Promise.all(
        urls.map((url, index) =>
          sides.reader.time("ui", url, {
            ...appRequest(sides, users[index] as BenchUser, content),
            paceMs: PACE_MS,
          }),
        ),
      );
      appDatabaseMs = (databaseMs - databaseBefore) / count;
      return timings;
    };
    const relay = () => Promise.all(users.map(() => viaRelay(sides, content, PACE_MS)));
    let appTimings: Timing[];
    let relayTimings: Timing[];
    if (round % 2 === 0) {
      appTimings = await app();
      relayTimings = await relay();
    } else {
      relayTimings = await relay();
      appTimings = await app();
    }
    const ttft = (timings: Timing[]) =>
      quantile(
        timings.map((timing) => timing.firstTokenMs),
        0.95,
      );
    const gap = (timings: Timing[]) =>
      quantile(
        timings.flatMap((timing) => timing.addedGapsMs ?? []),
        0.99,
      );
    const ratio = ttft(appTimings) / loneTtft;
    rows.push(
      `${String(count).padStart(4)}${ttft(relayTimings).toFixed(0).padStart(11)}${ttft(appTimings).toFixed(0).padStart(10)}${ratio.toFixed(2).padStart(9)} ${check(ratio <= 2).padEnd(7)}${gap(relayTimings).toFixed(1).padStart(10)}${gap(appTimings).toFixed(1).padStart(10)} ${check(gap(appTimings) <= 50).padEnd(7)}${appDatabaseMs.toFixed(0).padStart(9)}`,
    );
  }
  console.log(
    `
Answers at once: ${TOKENS} tokens each at ${(1000 / PACE_MS).toFixed(0)} tokens/s, ${FIRST_TOKEN_MS} ms to the first; a lone answer's time to first token via the app: ${loneTtft.toFixed(0)} ms (median)
`,
  );
  console.log(
    "                TTFT p95 (ms)                p99 added gap (ms)              database ms",
  );
  console.log(
    "   N      relay   via app  ÷ lone (≤ 2)       relay   via app (≤ 50)     per answer",
  );
  for (const row of rows) console.log(row);
  const count = COUNTS.at(-1) ?? 1;
  const costliest = [...commands]
    .sort(([, a], [, b]) => b.ms - a.ms)
    .slice(0, 8)
    .map(
      ([name, { count: times, ms }]) =>
        `${name} ${(times / count).toFixed(1)} × ${(ms / times).toFixed(0)} ms`,
    );
  console.log(`\ndatabase commands per answer at ${count} at once (each waits its turn):`);
  for (const line of costliest) console.log(`  ${line}`);
}

/** Waits until `done` holds, asking every quarter second, for at most two minutes. */
async function until(done: () => Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 120_000;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error("gave up waiting");
    await sleep(250);
  }
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
