import { createInterface } from "node:readline";
import { streamTimings } from "./measure";

/**
 * Reads streams for the benchmark in a process of its own, so that the
 * benchmark's process, which runs the app, spends its CPU on the app
 * alone. Each line on stdin names one request; each line on stdout is its
 * timing.
 */
for await (const line of createInterface({ input: process.stdin })) {
  const { kind, url, headers, body } = JSON.parse(line) as {
    kind: "openai" | "ui";
    url: string;
    headers: Record<string, string>;
    body: unknown;
  };
  console.log(JSON.stringify(await streamTimings(kind, url, { headers, body })));
}
