import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { TEST_ADMIN } from "../support/constants";
import { startApp } from "./app";
import { startRedis } from "./redis";

declare module "vitest" {
  export interface ProvidedContext {
    mongoUri: string;
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
  const dataDir = await mkdtemp(path.join(tmpdir(), "uni-chat-test-"));
  const db = await startEmbeddedDb(path.join(dataDir, "embedded-db"));
  const mongoUri = `${db.uri}unichat`;
  const redis = await startRedis();
  // Without a production build only service-level tests can run; HTTP tests
  // then fail with a message that says to build first.
  const app = existsSync(".next/BUILD_ID")
    ? await startApp({
        MONGODB_URI: mongoUri,
        REDIS_URL: redis.url,
        DATA_DIR: path.join(dataDir, "app"),
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        ADMIN_EMAIL: TEST_ADMIN.email,
        ADMIN_PASSWORD: TEST_ADMIN.password,
        ADMIN_NAME: TEST_ADMIN.displayName,
      })
    : undefined;

  project.provide("mongoUri", mongoUri);
  project.provide("redisUrl", redis.url);
  project.provide("appUrl", app?.url ?? "");
  project.provide("dataDir", dataDir);

  return async () => {
    await app?.stop();
    await redis.stop();
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
