import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { startFakeUpstream } from "../fake-upstream/server";
import { startMailCatcher } from "../mail-catcher/server";
import { TEST_ADMIN, TEST_APP_URL } from "../support/constants";
import { startApp } from "./app";
import { startRedis } from "./redis";

declare module "vitest" {
  export interface ProvidedContext {
    mongoUri: string;
    /** The fake model provider's origin, for reading what it was sent (GET /__calls). */
    upstreamOrigin: string;
    /** The mail catcher the app sends through, for reading what it mailed (GET /messages). */
    mailCatcherUrl: string;
    redisUrl: string;
    appUrl: string;
    dataDir: string;
  }
}

/**
 * One embedded database, one Redis and one production app server for the
 * whole run, all in a throwaway folder: a test run never touches dev data.
 */
export default async function setup(project: TestProject) {
  const cleanups: Array<() => Promise<unknown>> = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  };

  try {
    await mkdir("test-results", { recursive: true });
    const dataDir = await mkdtemp(path.join(tmpdir(), "uni-chat-test-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const db = await startEmbeddedDb(path.join(dataDir, "embedded-db"));
    cleanups.push(() => db.stop());
    const mongoUri = `${db.uri}unichat`;
    const redis = await startRedis();
    cleanups.push(() => redis.stop());
    const upstream = await startFakeUpstream();
    cleanups.push(() => upstream.stop());
    const mail = await startMailCatcher();
    cleanups.push(() => mail.stop());

    // Without a production build only service-level tests can run; HTTP tests
    // then fail with a message that says to build first.
    let appUrl = "";
    if (existsSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`)) {
      const app = await startApp(
        {
          MONGODB_URI: mongoUri,
          REDIS_URL: redis.url,
          OPENROUTER_BASE_URL: upstream.url,
          OPENROUTER_API_KEY: "test-key",
          // Short, so the hung-upstream test finishes quickly.
          LLM_IDLE_TIMEOUT_MS: "1500",
          DATA_DIR: path.join(dataDir, "app"),
          AUTH_SECRET: randomBytes(32).toString("base64url"),
          ADMIN_EMAIL: TEST_ADMIN.email,
          ADMIN_PASSWORD: TEST_ADMIN.password,
          ADMIN_NAME: TEST_ADMIN.displayName,
          // As if behind one reverse proxy: tests present their own client address.
          TRUSTED_PROXY_HOPS: "1",
          SMTP_URL: mail.smtpUrl,
          APP_URL: TEST_APP_URL,
        },
        "test-results/app-server.log",
      );
      cleanups.push(() => app.stop());
      appUrl = app.url;
    }

    project.provide("mongoUri", mongoUri);
    project.provide("redisUrl", redis.url);
    project.provide("upstreamOrigin", new URL(upstream.url).origin);
    project.provide("mailCatcherUrl", mail.url);
    project.provide("appUrl", appUrl);
    project.provide("dataDir", dataDir);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
