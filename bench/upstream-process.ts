import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { freePort } from "../tests/setup/wait";

/**
 * The fake model provider in a process of its own. A real provider is on
 * another machine: run in the benchmark's process, its token production would
 * share one event loop with the app and count as the app's delay.
 */
export async function startUpstreamProcess(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    "node_modules/.bin/tsx",
    ["tests/fake-upstream/cli.ts", "--port", String(port)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const [url] = (await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(([code]) => {
      throw new Error(`the fake upstream exited with code ${code} before it was ready`);
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
