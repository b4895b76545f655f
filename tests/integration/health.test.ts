import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";
import { startApp } from "../setup/app";
import { freePort, waitFor } from "../setup/wait";
import { TEST_ADMIN } from "../support/constants";
import { Client } from "../support/http";

async function withApp<T>(
  env: Record<string, string>,
  work: (url: string, dataDir: string) => Promise<T>,
) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "uni-chat-app-"));
  const app = await startApp({
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ...env,
  });
  try {
    return await work(app.url, dataDir);
  } finally {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const response = await new Client().fetch("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", db: "ok" });
  });

  it("answers 503 when the database is down, and other routes say so in JSON", async () => {
    const deadPort = await freePort();
    await withApp({ MONGODB_URI: `mongodb://127.0.0.1:${deadPort}/unichat` }, async (url) => {
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: "degraded", db: "down" });
      // A liveness probe must not have a process restarted for its database's outage.
      const live = await fetch(`${url}/api/health?live=1`);
      expect(live.status).toBe(200);
      expect(await live.json()).toMatchObject({ status: "alive" });

      const register = await fetch(`${url}/api/auth/register`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "a@example.com", password: "Good-pass-1", displayName: "A" }),
      });
      expect(register.status).toBe(503);
      const body = (await register.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("database_unavailable");
      expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
    });
    // Starting an app whose every database call waits out server selection takes a while.
  }, 90_000);
});

describe("start-up", () => {
  it("starts its embedded database when MONGODB_URI is unset, and stops it on exit", async () => {
    let pid = 0;
    await withApp({ MONGODB_URI: "" }, async (url, dataDir) => {
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      const state = JSON.parse(
        await readFile(path.join(dataDir, "embedded-db", "embedded-db.json"), "utf8"),
      ) as { pid: number };
      pid = state.pid;
      expect(isAlive(pid)).toBe(true);
    });
    await waitFor(async () => !isAlive(pid), "the embedded database to stop", 10_000);
  });

  it("creates the first admin once, however often the app starts", async () => {
    await withApp(
      {
        MONGODB_URI: inject("mongoUri"),
        ADMIN_EMAIL: TEST_ADMIN.email,
        ADMIN_PASSWORD: "A-different-pass-3",
      },
      async (url) => {
        expect((await fetch(`${url}/api/health`)).status).toBe(200);
      },
    );
    await connectDb();
    const admins = await User.find({ email: TEST_ADMIN.email }).lean();
    expect(admins).toHaveLength(1);
    expect(admins[0]?.role).toBe("admin");
    // The environment does not overwrite the password of an existing admin.
    expect((await new Client().signIn(TEST_ADMIN.email, TEST_ADMIN.password)).ok).toBe(true);
  });

  it("refuses to start with a readable message naming a bad variable", async () => {
    await expect(
      withApp({ MONGODB_URI: "postgres://nope", PORT: "x" }, async () => undefined),
    ).rejects.toThrow(/MONGODB_URI: must start with mongodb:\/\//);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
