import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import nextEnv from "@next/env";
import { connectDb } from "@/lib/db/connect";
import { type EmbeddedDb, startEmbeddedDb } from "@/lib/db/embedded";
import { EnvError, parseEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { tracer } from "@/lib/observability/tracer";
import { drainAnswers, interruptAnswersNow } from "@/lib/server/drain";
import { serveNext } from "@/lib/server/serve-next";
import { runStartupTasks } from "@/lib/startup";

/**
 * The app's one entry point for `npm run dev` and `npm start`: validates the
 * environment, starts the embedded database when MONGODB_URI is unset, then
 * serves Next.js.
 */
async function main() {
  const dev = process.env.NODE_ENV !== "production";
  // The same .env files Next itself reads, loaded before we validate them.
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });
  const config = parseEnv(process.env);
  await mkdir(config.DATA_DIR, { recursive: true });

  if (!config.AUTH_SECRET) {
    process.env.AUTH_SECRET = await loadOrCreateSecret(config.DATA_DIR);
    if (!dev) {
      log.warn("AUTH_SECRET is not set: using the one generated in the data folder", {
        dataDir: config.DATA_DIR,
      });
    }
  }

  let embedded: EmbeddedDb | undefined;
  if (!config.MONGODB_URI) {
    embedded = await startEmbeddedDb(path.join(config.DATA_DIR, "embedded-db"));
    process.env.MONGODB_URI = embedded.uri;
    log.info(embedded.owner ? "embedded database started" : "embedded database reused", {
      uri: embedded.uri,
    });
  }

  // Indexes and the first admin. A database that is down now is not fatal:
  // /api/health reports it and the tasks run again at the next start.
  await connectDb()
    .then(runStartupTasks)
    .catch((error: unknown) => log.error("start-up tasks failed", { error }));

  // Next reloads .env files later and resets process.env to what it was at
  // the first load: make what we decided part of that starting point.
  nextEnv.updateInitialEnv({
    AUTH_SECRET: process.env.AUTH_SECRET,
    MONGODB_URI: process.env.MONGODB_URI,
  });

  const server = await serveNext({ dev, port: config.PORT });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      // A second Ctrl-C does not wait out the grace period.
      interruptAnswersNow();
      return;
    }
    stopping = true;
    log.info("draining: new answers are refused, running ones may finish", {
      signal,
      graceMs: config.SHUTDOWN_GRACE_MS,
    });
    const { interrupted } = await drainAnswers(config.SHUTDOWN_GRACE_MS);
    log.info("stopping", { interrupted });
    // Responses still being written (an answer's last words) may end; the
    // events channel ended its streams when draining began.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    server.closeAllConnections();
    await (await connectDb().catch(() => undefined))?.disconnect();
    // The last spans, the shutdown's own among them, still reach the collector.
    await tracer()
      ?.shutdown()
      .catch(() => {});
    await embedded?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

async function loadOrCreateSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else log.error("failed to start", { error });
  process.exit(1);
});
