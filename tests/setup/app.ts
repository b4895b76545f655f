import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { freePort, waitFor } from "./wait";

export interface AppServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
  /** Sends SIGTERM, as a deploy would, and resolves with the exit code once the app has drained. */
  terminate(): Promise<number | null>;
  /** Kills the app and the processes it started with SIGKILL, as an out-of-memory death would. */
  kill(): Promise<void>;
}

/** A process's descendants (tsx runs the server in a child of its own), from /proc. */
async function descendants(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  const ids = children.split(/\s+/).filter(Boolean).map(Number);
  return [...ids, ...(await Promise.all(ids.map(descendants))).flat()];
}

/**
 * Starts the production build (`npm start`'s server) with the given
 * environment on a free port and waits until it answers.
 */
export async function startApp(env: Record<string, string>, logFile?: string): Promise<AppServer> {
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn("node_modules/.bin/tsx", ["server.ts"], {
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = logFile ? createWriteStream(logFile) : undefined;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      log?.write(chunk);
    });
  }
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const failed = exited.then(() => {
    throw new Error(`the app exited during start-up:\n${output}`);
  });
  await Promise.race([
    failed,
    waitFor(async () => (await fetch(`${url}/api/health`)).status > 0, "the app", 120_000),
  ]);
  failed.catch(() => {});
  return {
    url,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
    terminate() {
      child.kill("SIGTERM");
      return exited;
    },
    async kill() {
      const pids = child.pid === undefined ? [] : await descendants(child.pid);
      child.kill("SIGKILL");
      for (const pid of pids) process.kill(pid, "SIGKILL");
      await exited;
    },
  };
}
