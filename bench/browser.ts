/**
 * `npm run bench:browser`: the chat page in Chromium against the production
 * build, each figure a ratio or a budget measured in this one run:
 * - first-load JavaScript of /chat: every script the page loads, gzipped
 *   (target ≤ 250 KB; BENCH_LIST_SCRIPTS=1 lists them, biggest first);
 * - opening a long conversation ÷ a short one: from navigation until its
 *   last message shows (target ≤ 2×);
 * - streaming an answer at the end of each: main-thread time per streamed
 *   token, long ÷ short (target ≤ 1.5×), and the longest task (target ≤ 50 ms).
 */
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "@playwright/test";
import { question, seedConversation } from "../tests/support/long-conversation";
import { type BenchApp, startBenchApp } from "./bench-app";

const LONG = Number(process.env.BENCH_LONG_MESSAGES ?? 500);
const SHORT = 10;
const STREAMED_TOKENS = Number(process.env.BENCH_STREAMED_TOKENS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FIRST_LOAD_BUDGET_KB = 250;

async function newPage(browser: Browser, app: BenchApp): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const [name = "", value = ""] = app.cookie.split("=");
  await context.addCookies([{ name, value, url: app.base }]);
  return context.newPage();
}

/** The gzipped size of every script /chat loads, and how many there are. */
async function firstLoad(browser: Browser, app: BenchApp) {
  const page = await newPage(browser, app);
  const scripts = new Map<string, Promise<number>>();
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.set(
      response.url(),
      response.body().then(
        (body) => gzipSync(body).byteLength,
        () => 0,
      ),
    );
  });
  await page.goto(`${app.base}/chat`, { waitUntil: "networkidle" });
  const sizes = await Promise.all(scripts.values());
  await page.context().close();
  if (process.env.BENCH_LIST_SCRIPTS) {
    const urls = [...scripts.keys()];
    const rows = sizes.map((size, index) => ({ kb: size / 1024, url: urls[index] ?? "" }));
    for (const row of rows.sort((a, b) => b.kb - a.kb)) {
      console.log(`${row.kb.toFixed(1).padStart(7)} KB  ${row.url}`);
    }
  }
  return { kb: sizes.reduce((sum, size) => sum + size, 0) / 1024, count: sizes.length };
}

interface Opened {
  openMs: number;
  taskMsPerToken: number;
  longestTaskMs: number;
}

/** Opens the conversation, then streams an answer at its end while counting main-thread work. */
async function openAndStream(browser: Browser, app: BenchApp, id: string, count: number) {
  const page = await newPage(browser, app);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const started = Date.now();
  await page.goto(`${app.base}/chat/${id}`);
  // A long conversation keeps only the rows near the screen in the page: its end shows first.
  await page.getByText(question(count / 2)).waitFor();
  const replies = page.getByRole("article", { name: "Assistant's reply" });
  await replies.last().waitFor();
  const openMs = Date.now() - started;
  // What the page still does after showing the conversation (the model list, lazy parts) is
  // opening, not streaming: measure from a settled page.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);

  await page.evaluate(() => {
    const w = window as typeof window & { __longest?: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longest = Math.max(w.__longest ?? 0, entry.duration);
    }).observe({ type: "longtask" });
  });
  const taskTime = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return (metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0) * 1000;
  };
  const before = await taskTime();
  const composer = page.getByLabel("Message", { exact: true });
  await composer.fill(`Stream [[tokens:${STREAMED_TOKENS}]] [[delay:10]]`);
  await composer.press("Enter");
  // Polled a few times a second, not every frame: the bench's own checks would otherwise
  // cost the page more than the answer does.
  const polling = { polling: 200, timeout: 60_000 };
  await page.waitForFunction(
    () => document.querySelector('[aria-label="Stop generating"]') !== null,
    undefined,
    polling,
  );
  await page.waitForFunction(
    () => document.querySelector('[aria-label="Stop generating"]') === null,
    undefined,
    polling,
  );
  // The last render after the answer's end counts too.
  await page.waitForTimeout(300);
  const taskMs = (await taskTime()) - before;
  const longestTaskMs = await page.evaluate(
    () => (window as typeof window & { __longest?: number }).__longest ?? 0,
  );
  await page.context().close();
  return { openMs, taskMsPerToken: taskMs / STREAMED_TOKENS, longestTaskMs } satisfies Opened;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main() {
  const app = await startBenchApp();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    await firstLoad(browser, app); // warm-up: the server's caches
    const load = await firstLoad(browser, app);
    const short: Opened[] = [];
    const long: Opened[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first so neither always meets a warmer machine.
      const pair = [
        async () =>
          short.push(
            await openAndStream(browser, app, await seedConversation(app.user._id, SHORT), SHORT),
          ),
        async () =>
          long.push(
            await openAndStream(browser, app, await seedConversation(app.user._id, LONG), LONG),
          ),
      ];
      if (round % 2 === 1) pair.reverse();
      for (const run of pair) await run();
    }
    report(load, short, long);
  } finally {
    await browser.close();
    await app.stop();
  }
  process.exit(0);
}

function report(load: { kb: number; count: number }, short: Opened[], long: Opened[]) {
  const check = (ok: boolean) => (ok ? "ok" : "MISSED");
  const of = (side: Opened[], key: keyof Opened) => median(side.map((run) => run[key]));
  const openRatio = of(long, "openMs") / of(short, "openMs");
  const tokenRatio = of(long, "taskMsPerToken") / of(short, "taskMsPerToken");
  const longest = Math.max(...long.map((run) => run.longestTaskMs));

  console.log(`\nThe chat page in Chromium, ${short.length} rounds, medians\n`);
  console.log(
    `first-load JavaScript of /chat:   ${load.kb.toFixed(0)} KB gzipped in ${load.count} scripts   target ≤ ${FIRST_LOAD_BUDGET_KB} KB  ${check(load.kb <= FIRST_LOAD_BUDGET_KB)}`,
  );
  console.log(`                                  ${SHORT} messages   ${LONG} messages`);
  const row = (name: string, key: keyof Opened) =>
    console.log(
      `${name.padEnd(34)}${of(short, key).toFixed(1).padStart(11)}${of(long, key).toFixed(1).padStart(15)}`,
    );
  row("open, until the last message (ms)", "openMs");
  row("main thread per streamed token (ms)", "taskMsPerToken");
  row("longest task while streaming (ms)", "longestTaskMs");
  console.log("");
  console.log(
    `open ratio (long ÷ short):          ${openRatio.toFixed(2)}   target ≤ 2     ${check(openRatio <= 2)}`,
  );
  console.log(
    `per-token ratio (long ÷ short):     ${tokenRatio.toFixed(2)}   target ≤ 1.5   ${check(tokenRatio <= 1.5)}`,
  );
  console.log(
    `longest task, long chat:            ${longest.toFixed(0)} ms   target ≤ 50   ${check(longest <= 50)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
