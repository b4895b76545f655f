/**
 * `npm run bench`: streams replies straight from the fake model provider and
 * through the app, interleaved in one run, and prints the ratios: time to
 * first token, tokens per second, and database writes per reply (counted
 * with the MongoDB driver's command monitoring). Then a firehose, the
 * provider sending as fast as it can, three ways side by side: straight,
 * through a minimal relay and through the app, with the CPU time each
 * spends per token. Needs a production build.
 */
import { Conversation } from "@/models/conversation";
import { startBenchApp } from "./bench-app";
import { roundTripsBeforeModelCall, streamTimings, type Timing } from "./measure";
import { startReaderProcess, startRelayProcess } from "./upstream-process";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const TOKENS = Number(process.env.BENCH_TOKENS ?? 2000);
// A real provider takes a few hundred milliseconds to its first token.
const FIRST_TOKEN_MS = Number(process.env.BENCH_FIRST_TOKEN_MS ?? 300);
// Paced at 5,000 tokens/s: flat out, the fake outruns any client's parser,
// and the ratio would measure the SDK's JSON parsing rather than the app.
const TOKEN_DELAY_MS = Number(process.env.BENCH_TOKEN_DELAY_MS ?? 0.2);
// The firehose: no pacing, so the cost of each token is all there is to measure.
const FIREHOSE_ROUNDS = Number(process.env.BENCH_FIREHOSE_ROUNDS ?? 6);
const FIREHOSE_TOKENS = Number(process.env.BENCH_FIREHOSE_TOKENS ?? 5000);
// Set to 1 or more, every token comes alone: the cost per token of a paced answer.
const FIREHOSE_DELAY_MS = Number(process.env.BENCH_FIREHOSE_DELAY_MS ?? 0);
const WRITE_COMMANDS = new Set(["insert", "update", "delete", "findAndModify", "bulkWrite"]);

async function main() {
  const bench = await startBenchApp();
  const { base, cookie, connection, user, upstreamUrl } = bench;
  let counting = false;
  let writes: string[] = [];
  connection.connection.getClient().on("commandStarted", (event) => {
    if (counting && WRITE_COMMANDS.has(event.commandName))
      writes.push(String(event.command[event.commandName]));
  });
  const beforeCall = roundTripsBeforeModelCall(connection.connection.getClient(), upstreamUrl);
  const prompt = `Benchmark reply [[tokens:${TOKENS}]] [[first:${FIRST_TOKEN_MS}]] [[delay:${TOKEN_DELAY_MS}]]`;

  const direct: Timing[] = [];
  const app: Timing[] = [];
  /** Per reply, the collection each write command went to. */
  const writesPerReply: string[][] = [];
  const viaUpstream = () =>
    streamTimings("openai", `${upstreamUrl}/chat/completions`, {
      headers: { authorization: "Bearer bench-key" },
      body: { model: "fake/echo", stream: true, messages: [{ role: "user", content: prompt }] },
    });
  const viaApp = async () => {
    const conversation = await Conversation.create({
      user_id: user._id,
      model_id: "fake/echo",
      title: "Benchmark",
    });
    writes = [];
    counting = true;
    beforeCall.start();
    const timing = await streamTimings(
      "ui",
      `${base}/api/conversations/${conversation._id}/messages`,
      {
        headers: { cookie, origin: base },
        body: { content: prompt },
      },
    );
    counting = false;
    writesPerReply.push(writes);
    return timing;
  };

  await viaApp(); // warm-up: compiles routes, fills the model list cache
  await viaUpstream();
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which side goes first so neither always meets a warmer machine.
    if (round % 2 === 0) {
      direct.push(await viaUpstream());
      app.push(await viaApp());
    } else {
      app.push(await viaApp());
      direct.push(await viaUpstream());
    }
  }

  report(direct, app, writesPerReply);
  console.log(
    `round trips before the model call: ${beforeCall.commands().length} (${beforeCall.commands().join(", ")})`,
  );

  const firehose = await measureFirehose({
    upstreamUrl,
    appUrl: async () => {
      const conversation = await Conversation.create({
        user_id: user._id,
        model_id: "fake/echo",
        title: "Benchmark",
      });
      return `${base}/api/conversations/${conversation._id}/messages`;
    },
    cookie,
    origin: base,
  });
  reportFirehose(firehose);
  console.log(
    "\nThe other targets: npm run bench:many (many answers at once, memory), bench:browser (long chats, first load), bench:scale (a large embedded database).",
  );

  await bench.stop();
  process.exit(0);
}

interface FirehoseRun {
  timing: Timing;
  /** CPU time of the process that relayed the stream; null straight from the provider. */
  cpuMs: number | null;
}

type FirehoseSide = "direct" | "relay" | "app";

/**
 * Streams firehose answers straight, through the relay and through the app,
 * rotating their order. A separate process reads the streams, so this
 * process's CPU time is the app's; the relay reports its own.
 */
async function measureFirehose(setup: {
  upstreamUrl: string;
  appUrl: () => Promise<string>;
  cookie: string;
  origin: string;
}): Promise<Record<FirehoseSide, FirehoseRun[]>> {
  const relay = await startRelayProcess(setup.upstreamUrl);
  const reader = await startReaderProcess();
  const content = `Benchmark firehose [[tokens:${FIREHOSE_TOKENS}]] [[first:0]] [[delay:${FIREHOSE_DELAY_MS}]]`;
  const completion = {
    headers: { authorization: "Bearer bench-key" },
    body: { model: "fake/echo", stream: true, messages: [{ role: "user", content }] },
  };
  const run: Record<FirehoseSide, () => Promise<FirehoseRun>> = {
    direct: async () => ({
      timing: await reader.time("openai", `${setup.upstreamUrl}/chat/completions`, completion),
      cpuMs: null,
    }),
    relay: async () => {
      const before = await relay.cpuMs();
      const timing = await reader.time("openai", `${relay.url}/chat/completions`, completion);
      return { timing, cpuMs: (await relay.cpuMs()) - before };
    },
    app: async () => {
      const url = await setup.appUrl();
      const before = process.cpuUsage();
      const timing = await reader.time("ui", url, {
        headers: { cookie: setup.cookie, origin: setup.origin },
        body: { content },
      });
      const used = process.cpuUsage(before);
      return { timing, cpuMs: (used.user + used.system) / 1000 };
    },
  };
  const sides: FirehoseSide[] = ["direct", "relay", "app"];
  const runs: Record<FirehoseSide, FirehoseRun[]> = { direct: [], relay: [], app: [] };
  for (const side of sides) await run[side](); // warm-up
  for (let round = 0; round < FIREHOSE_ROUNDS; round++) {
    for (let turn = 0; turn < sides.length; turn++) {
      const side = sides[(round + turn) % sides.length] as FirehoseSide;
      runs[side].push(await run[side]());
    }
  }
  await reader.stop();
  await relay.stop();
  return runs;
}

function reportFirehose(runs: Record<FirehoseSide, FirehoseRun[]>) {
  const tps = (side: FirehoseSide) =>
    quantile(
      runs[side].map((run) => run.timing.tokensPerSecond),
      0.5,
    );
  const cpuPerThousand = (side: FirehoseSide) =>
    quantile(
      runs[side].map((run) => ((run.cpuMs ?? 0) / run.timing.tokens) * 1000),
      0.5,
    );
  const cpuRatio = cpuPerThousand("app") / cpuPerThousand("relay");
  const check = (ok: boolean) => (ok ? "ok" : "MISSED");

  console.log(
    `\nFirehose, ${runs.app.length} rounds of ${FIREHOSE_TOKENS} tokens sent ${FIREHOSE_DELAY_MS ? `${FIREHOSE_DELAY_MS} ms apart` : "as fast as they come"}\n`,
  );
  console.log("                       direct      relay     via app");
  console.log(
    `${"tokens/s median".padEnd(18)}${tps("direct").toFixed(0).padStart(12)}${tps("relay").toFixed(0).padStart(11)}${tps("app").toFixed(0).padStart(12)}`,
  );
  console.log(
    `${"CPU ms / 1k tokens".padEnd(18)}${"".padStart(12)}${cpuPerThousand("relay").toFixed(1).padStart(11)}${cpuPerThousand("app").toFixed(1).padStart(12)}`,
  );
  console.log("");
  console.log(
    `CPU per token (app ÷ relay):       ${cpuRatio.toFixed(2)}   target ≤ 8     ${check(cpuRatio <= 8)}`,
  );
  console.log(
    `firehose via app:                  ${tps("app").toFixed(0)} tokens/s   target ≥ 10000  ${check(tps("app") >= 10_000)}`,
  );
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function report(direct: Timing[], app: Timing[], writesPerReply: string[][]) {
  const ttft = (side: Timing[], q: number) =>
    quantile(
      side.map((t) => t.firstTokenMs),
      q,
    );
  const tps = (side: Timing[]) =>
    quantile(
      side.map((t) => t.tokensPerSecond),
      0.5,
    );
  const lag = (side: Timing[]) =>
    quantile(
      side.map((t) => t.finishLagMs),
      0.5,
    );
  const rows: Array<[string, string, string]> = [
    ["TTFT median (ms)", ttft(direct, 0.5).toFixed(1), ttft(app, 0.5).toFixed(1)],
    ["TTFT p95 (ms)", ttft(direct, 0.95).toFixed(1), ttft(app, 0.95).toFixed(1)],
    ["tokens/s median", tps(direct).toFixed(0), tps(app).toFixed(0)],
    ["finish lag (ms)", lag(direct).toFixed(1), lag(app).toFixed(1)],
  ];
  const ttftRatio = ttft(app, 0.5) / ttft(direct, 0.5);
  const ttftP95Ratio = ttft(app, 0.95) / ttft(direct, 0.95);
  const tpsRatio = tps(app) / tps(direct);
  const writes = writesPerReply.map((reply) => reply.length);
  const maxWrites = Math.max(...writes);
  // The user's first reply also starts the month's counter and sets last-active.
  const steady = writesPerReply.at(-1) ?? [];
  const byCollection = [...new Set(steady)].map(
    (collection) => `${collection} ${steady.filter((name) => name === collection).length}`,
  );
  const check = (ok: boolean) => (ok ? "ok" : "MISSED");

  console.log(`\nChat streaming, ${direct.length} rounds of ${TOKENS} tokens, interleaved\n`);
  console.log("                    direct     via app");
  for (const [name, a, b] of rows)
    console.log(`${name.padEnd(18)}${a.padStart(9)}${b.padStart(12)}`);
  console.log("");
  console.log(
    `TTFT ratio (app ÷ direct), median: ${ttftRatio.toFixed(3)}   target ≤ 1.10  ${check(ttftRatio <= 1.1)}`,
  );
  console.log(`TTFT ratio (app ÷ direct), p95:    ${ttftP95Ratio.toFixed(3)}`);
  console.log(
    `throughput ratio (app ÷ direct):   ${tpsRatio.toFixed(3)}   target ≥ 0.5   ${check(tpsRatio >= 0.5)}`,
  );
  console.log(
    `throughput via app:                ${tps(app).toFixed(0)} tokens/s   target ≥ 2000  ${check(tps(app) >= 2000)}`,
  );
  console.log(
    `database writes per reply:         max ${maxWrites}, all ${[...new Set(writes)].join("/")}   target ≤ 3  ${check(maxWrites <= 3)}`,
  );
  // The embedded database has neither transactions nor a cross-collection
  // bulkWrite, so each collection a reply touches costs one command.
  console.log(`  a later reply, by collection:    ${byCollection.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
