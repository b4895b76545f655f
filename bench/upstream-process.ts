import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { freePort } from "../tests/setup/wait";
import type { Timing } from "./measure";

interface Child {
  url: string;
  stop: () => Promise<void>;
}

/**
 * The fake model provider in a process of its own. A real provider is on
 * another machine: run in the benchmark's process, its token production would
 * share one event loop with the app and count as the app's delay.
 */
export async function startUpstreamProcess(): Promise<Child> {
  const port = await freePort();
  return startServerProcess("tests/fake-upstream/cli.ts", ["--port", String(port)]);
}

/**
 * The minimal relay (bench/relay.ts) in front of `upstreamUrl`, with its CPU
 * time so far and its memory after a full garbage collection.
 */
export async function startRelayProcess(
  upstreamUrl: string,
): Promise<Child & { cpuMs: () => Promise<number>; memory: () => Promise<NodeJS.MemoryUsage> }> {
  const relay = await startServerProcess(
    "bench/relay.ts",
    ["--upstream", upstreamUrl],
    ["--expose-gc"],
  );
  const cpuMs = async () => {
    const usage = (await (await fetch(`${relay.url}/cpu`)).json()) as NodeJS.CpuUsage;
    return (usage.user + usage.system) / 1000;
  };
  const memory = async () =>
    (await (await fetch(`${relay.url}/memory`)).json()) as NodeJS.MemoryUsage;
  return { ...relay, cpuMs, memory };
}

type StreamRequest = { headers: Record<string, string>; body: unknown };

/** The stream reader (bench/reader.ts): reads streams outside the process that runs the app. */
export async function startReaderProcess(): Promise<{
  /** Reads a stream to its end; `paceMs` asks for its added gaps (see streamTimings). */
  time: (
    kind: "openai" | "ui",
    url: string,
    request: StreamRequest & { paceMs?: number },
  ) => Promise<Timing>;
  /** Reads a stream at `bytesPerSecond` once its response began, until the returned release. */
  hold: (
    url: string,
    request: StreamRequest,
    bytesPerSecond: number,
  ) => Promise<() => Promise<void>>;
  stop: () => Promise<void>;
}> {
  const child = spawn("node_modules/.bin/tsx", ["bench/reader.ts"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const pending = new Map<
    number,
    { resolve: (result: unknown) => void; reject: (error: Error) => void }
  >();
  lines.on("line", (line) => {
    const { id, result, error } = JSON.parse(line) as {
      id: number;
      result?: unknown;
      error?: string;
    };
    const answer = pending.get(id);
    pending.delete(id);
    if (error === undefined) answer?.resolve(result);
    else answer?.reject(new Error(error));
  });
  child.once("exit", (code) => {
    for (const answer of pending.values())
      answer.reject(new Error(`the stream reader exited with code ${code}`));
  });
  let lastId = 0;
  const send = (command: Record<string, unknown>) => {
    const id = ++lastId;
    child.stdin.write(`${JSON.stringify({ id, ...command })}\n`);
    return {
      id,
      answer: new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject })),
    };
  };
  return {
    time: async (kind, url, request) =>
      (await send({ command: "time", kind, url, ...request }).answer) as Timing,
    hold: async (url, request, bytesPerSecond) => {
      const { id, answer } = send({ command: "hold", url, ...request, bytesPerSecond });
      await answer;
      return async () => {
        await send({ command: "release", holdId: id }).answer;
      };
    },
    stop: async () => {
      lines.close();
      child.stdin.end();
      if (child.exitCode === null) await once(child, "exit");
    },
  };
}

/** Runs a tsx script that prints its URL as its first line and serves until SIGTERM. */
async function startServerProcess(
  script: string,
  args: string[],
  nodeFlags: string[] = [],
): Promise<Child> {
  const child = spawn("node_modules/.bin/tsx", [...nodeFlags, script, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const [url] = (await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(([code]) => {
      throw new Error(`${script} exited with code ${code} before it was ready`);
    }),
  ])) as [string];
  lines.close();
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
