import { type ChildProcess, spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { log } from "@/lib/log";
import { ensureBinary } from "./embedded-binary";

export interface EmbeddedDb {
  uri: string;
  /** True when this process started the server (and so must stop it). */
  owner: boolean;
  stop(): Promise<void>;
}

/** What one start of the launcher reported. */
interface Launch {
  uri: string;
  /** The server's process: ours when we own it, another app's when we joined. */
  pid: number;
  owner: boolean;
  child: ChildProcess;
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 5_000;
/** A server that ran this long was healthy: its next restart starts the backoff afresh. */
const STABLE_MS = 30_000;
/** How often a process that joined another's server checks that it still runs. */
const OWNER_CHECK_MS = 1_000;

function readFirstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error("embedded database has no stdout"));
    const lines = createInterface({ input: child.stdout });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    lines.once("line", (line) => {
      lines.close();
      resolve(line);
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      reject(new Error(`embedded database exited with code ${code}: ${stderr.trim()}`));
    });
  });
}

async function launch(binary: string, dataDir: string, address?: string): Promise<Launch> {
  const args = ["-data-dir", dataDir, ...(address ? ["-addr", address] : [])];
  const child = spawn(binary, args, { stdio: ["pipe", "pipe", "pipe"] });
  const { uri, pid, owner } = JSON.parse(await readFirstLine(child)) as Omit<Launch, "child">;
  // The child must not keep our event loop alive on its own.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
  return { uri, pid, owner, child };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** Resolves when the server a launch reported stops: our child's exit, or another app's server's. */
async function stopped(launched: Launch, stopping: () => boolean): Promise<void> {
  if (launched.owner) {
    const { child } = launched;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => child.once("exit", resolve));
    return;
  }
  while (!stopping() && isRunning(launched.pid)) {
    await sleep(OWNER_CHECK_MS, undefined, { ref: false });
  }
}

/**
 * Starts FerretDB on SQLite files under `dataDir`, or joins the server that
 * already runs there, and keeps it running: a server that dies is started
 * again on the same address, so the app's connection finds it without a
 * restart. Whoever notices first restarts it, the process that started it
 * or one that joined; the others join the new one. The server stops when
 * its starter exits, because it watches its stdin, which closes with it.
 */
export async function startEmbeddedDb(dataDir: string): Promise<EmbeddedDb> {
  const binary = await ensureBinary();
  const folder = path.resolve(dataDir);
  await mkdir(folder, { recursive: true });
  const first = await launch(binary, folder);
  const address = new URL(first.uri).host;
  let current = first;
  let stopping = false;

  // 250 ms, doubling to 5 s while the server keeps dying; afresh once it ran a while.
  let delayMs = FIRST_RETRY_MS;
  const wait = async () => {
    await sleep(delayMs, undefined, { ref: false });
    delayMs = Math.min(delayMs * 2, LAST_RETRY_MS);
  };

  /** Starts the server again on its address, or joins whoever did it first. */
  const restart = async (): Promise<Launch | null> => {
    for (;;) {
      await wait();
      if (stopping) return null;
      try {
        const launched = await launch(binary, folder, address);
        if (stopping && launched.owner) launched.child.kill("SIGTERM");
        return stopping ? null : launched;
      } catch (error) {
        log.warn("could not start the embedded database again; retrying", { error, address });
      }
    }
  };

  void (async () => {
    for (;;) {
      const startedAt = Date.now();
      await stopped(current, () => stopping);
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_MS) delayMs = FIRST_RETRY_MS;
      log.warn("the embedded database stopped; starting it again", { address, pid: current.pid });
      const launched = await restart();
      if (!launched) return;
      current = launched;
      log.info(current.owner ? "embedded database restarted" : "embedded database rejoined", {
        address,
        pid: current.pid,
      });
    }
  })();

  return {
    uri: first.uri,
    owner: first.owner,
    async stop() {
      stopping = true;
      const { child, owner } = current;
      if (!owner || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
