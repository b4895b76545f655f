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

/** The minimal relay (bench/relay.ts) in front of `upstreamUrl`, with its CPU time so far. */
export async function startRelayProcess(
  upstreamUrl: string,
): Promise<Child & { cpuMs: () => Promise<number> }> {
  const relay = await startServerProcess("bench/relay.ts", ["--upstream", upstreamUrl]);
  const cpuMs = async () => {
    const usage = (await (await fetch(`${relay.url}/cpu`)).json()) as NodeJS.CpuUsage;
    return (usage.user + usage.system) / 1000;
  };
  return { ...relay, cpuMs };
}

/** The stream reader (bench/reader.ts): times streams outside the process that runs the app. */
export async function startReaderProcess(): Promise<{
  time: (
    kind: "openai" | "ui",
    url: string,
    request: { headers: Record<string, string>; body: unknown },
  ) => Promise<Timing>;
  stop: () => Promise<void>;
}> {
  const child = spawn("node_modules/.bin/tsx", ["bench/reader.ts"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const answers = lines[Symbol.asyncIterator]();
  return {
    time: async (kind, url, request) => {
      child.stdin.write(`${JSON.stringify({ kind, url, ...request })}\n`);
      const answer = await answers.next();
      if (answer.done) throw new Error(`the stream reader exited with code ${child.exitCode}`);
      return JSON.parse(answer.value) as Timing;
    },
    stop: async () => {
      lines.close();
      child.stdin.end();
      if (child.exitCode === null) await once(child, "exit");
    },
  };
}

/** Runs a tsx script that prints its URL as its first line and serves until SIGTERM. */
async function startServerProcess(script: string, args: string[]): Promise<Child> {
  const child = spawn("node_modules/.bin/tsx", [script, ...args], {
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
