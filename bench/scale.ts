/**
 * `npm run bench:scale`: the embedded database at the size of a school or a
 * company after a year, side by side with a fresh instance. Two embedded
 * databases, each in a process of its own: "small" holds one person's 1,000
 * conversations (10,000 messages); "large" holds 100 people's 100,000
 * conversations (1,000,000 messages), the same person's 1,000 among them.
 * Times, in turns, what that person waits for: the sidebar's first page,
 * opening a conversation and a search. Prints the p95 of each side, their
 * ratio against the target, and how SQLite reads the large side.
 *
 * The first run seeds both databases (minutes); they are kept in
 * BENCH_SCALE_DIR (default .data/bench-scale) for the next runs.
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Operation, Size } from "./scale-side";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const TARGET = 1.2;
const OPERATIONS: Operation[] = ["sidebar", "open", "search"];

interface Side {
  child: ChildProcess;
  ask: (request: unknown) => Promise<Record<string, unknown>>;
}

async function startSide(root: string, size: Size): Promise<Side> {
  const folder = path.join(root, size);
  await mkdir(folder, { recursive: true });
  const child = fork(path.join(import.meta.dirname, "scale-side.ts"), [folder, size], {
    // Services import "server-only", which is empty under the react-server condition.
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const exited = (code: number | null) =>
        reject(new Error(`the ${size} side exited (${code})`));
      child.once("exit", exited);
      child.once("message", (message) => {
        child.off("exit", exited);
        resolve(message as Record<string, unknown>);
      });
    });
  await next();
  return {
    child,
    ask: (request) => {
      const answer = next();
      child.send(request as never);
      return answer;
    },
  };
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

async function main() {
  const root = path.resolve(process.env.BENCH_SCALE_DIR ?? ".data/bench-scale");
  console.log("Seeding or opening both databases (the first run takes minutes)…");
  const small = await startSide(root, "small");
  const large = await startSide(root, "large");
  const samples = new Map<string, number[]>();
  const record = (key: string, ms: number) => samples.set(key, [...(samples.get(key) ?? []), ms]);

  // A warm-up round each, then the sides in turn, so a busy moment of the
  // machine falls on both.
  for (const operation of OPERATIONS) {
    await small.ask({ operation });
    await large.ask({ operation });
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const operation of OPERATIONS) {
      for (const [size, side] of round % 2
        ? ([
            ["large", large],
            ["small", small],
          ] as const)
        : ([
            ["small", small],
            ["large", large],
          ] as const)) {
        record(`${operation}:${size}`, Number((await side.ask({ operation })).ms));
      }
    }
  }

  console.log(`\n${ROUNDS} rounds, p95 in ms (target: large ÷ small ≤ ${TARGET})\n`);
  console.log("operation   1,000 convs   100,000 convs   ratio");
  for (const operation of OPERATIONS) {
    const a = p95(samples.get(`${operation}:small`) ?? []);
    const b = p95(samples.get(`${operation}:large`) ?? []);
    const ratio = b / a;
    console.log(
      `${operation.padEnd(10)} ${a.toFixed(1).padStart(12)} ${b.toFixed(1).padStart(15)} ${ratio.toFixed(2).padStart(7)} ${ratio <= TARGET ? "met" : "missed"}`,
    );
  }
  const { plans } = (await large.ask("plans")) as { plans: string[] };
  console.log("\nHow SQLite reads the large side (sidebar, then a conversation's messages):");
  for (const line of plans) console.log(`  ${line}`);

  for (const side of [small, large]) side.child.send("stop");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
