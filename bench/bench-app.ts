import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import nextEnv from "@next/env";
import { hashPassword } from "@/lib/auth/password";
import { connectDb } from "@/lib/db/connect";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { serveNext } from "@/lib/server/serve-next";
import { runStartupTasks } from "@/lib/startup";
import { User, type UserDoc } from "@/models/user";
import { freePort } from "../tests/setup/wait";
import { signInCookie } from "./measure";
import { startUpstreamProcess } from "./upstream-process";

export interface BenchApp {
  /** The app's origin, e.g. http://127.0.0.1:4321. */
  base: string;
  /** The fake provider's OpenAI-compatible base URL. */
  upstreamUrl: string;
  connection: Awaited<ReturnType<typeof connectDb>>;
  user: UserDoc;
  password: string;
  /** The user's session cookie, `name=value`. */
  cookie: string;
  stop(): Promise<void>;
}

/**
 * The production build served in this process on a throwaway embedded
 * database, with the fake model provider in a process of its own (as a
 * real provider is elsewhere), and one signed-in user.
 */
export async function startBenchApp(): Promise<BenchApp> {
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("No production build: run `npm run build` first.");
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "uni-chat-bench-"));
  const db = await startEmbeddedDb(path.join(dataDir, "embedded-db"));
  const upstream = await startUpstreamProcess();
  const port = await freePort();
  const settings = {
    MONGODB_URI: `${db.uri}unichat`,
    OPENROUTER_BASE_URL: upstream.url,
    OPENROUTER_API_KEY: "bench-key",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    DATA_DIR: path.join(dataDir, "app"),
    // A line per request would bury the results.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  Object.assign(process.env, settings);
  // Next resets process.env to its first snapshot when it loads .env files.
  nextEnv.updateInitialEnv(settings);

  const connection = await connectDb();
  await runStartupTasks();
  const server = await serveNext({ dev: false, port });
  const base = `http://127.0.0.1:${port}`;

  const password = "Bench-pass-1";
  const user = await User.create({
    email: "bench@example.com",
    password_hash: await hashPassword(password),
    profile: { display_name: "Bench" },
  });
  const cookie = await signInCookie(base, "bench@example.com", password);
  return {
    base,
    upstreamUrl: upstream.url,
    connection,
    user: user.toObject(),
    password,
    cookie,
    async stop() {
      server.close();
      await connection.disconnect();
      await upstream.stop();
      await db.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
