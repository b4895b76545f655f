import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { SERVER_BUNDLE, standaloneDir } from "@/tools/standalone/layout";
import { freePort, waitFor } from "../setup/wait";

/** The runtime stage's CMD and WORKDIR, so this test starts the server as the image would. */
function dockerCommand(): string[] {
  const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(readFileSync("Dockerfile", "utf8"))?.[1];
  if (!cmd) throw new Error("the Dockerfile has no CMD in exec form");
  return JSON.parse(cmd) as string[];
}

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Starts the standalone folder's server as the Docker image runs it: its CMD, in the folder, with only the environment it sets. */
async function startStandalone(env: Record<string, string>) {
  const [command = "", ...args] = dockerCommand();
  const dataDir = await mkdtemp(path.join(tmpdir(), "uni-chat-standalone-"));
  folders.push(dataDir);
  const port = await freePort();
  const child = spawn(command, args, {
    cwd: standaloneDir(),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      PORT: String(port),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { url: `http://127.0.0.1:${port}`, child, exited, output: () => output };
}

describe("the standalone server (what the Docker image runs)", () => {
  it("is built into the standalone folder", () => {
    expect(existsSync(path.join(standaloneDir(), SERVER_BUNDLE))).toBe(true);
  });

  it("serves the health check and the sign-in page, and exits 0 on SIGTERM", async () => {
    const app = await startStandalone({ MONGODB_URI: inject("mongoUri") });
    const failed = app.exited.then(() => {
      throw new Error(`the standalone server exited:\n${app.output()}`);
    });
    await Promise.race([
      failed,
      waitFor(async () => (await fetch(`${app.url}/api/health`)).status > 0, "the server", 60_000),
    ]);
    failed.catch(() => {});

    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", db: "ok" });

    const login = await fetch(`${app.url}/login`);
    expect(login.status).toBe(200);
    const page = await login.text();
    expect(page).toContain('name="password"');
    // Next leaves its static files out of the standalone folder; the build copies them in.
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${app.url}${script}`)).status).toBe(200);

    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
  }, 90_000);

  it("refuses to start without MONGODB_URI, saying it needs MongoDB", async () => {
    const app = await startStandalone({});
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("MONGODB_URI is not set");
  });
});
