import { request as httpRequest } from "node:http";
import { createInterface } from "node:readline";
import { streamTimings } from "./measure";

/**
 * Reads streams for the benchmark in a process of its own, so that the
 * benchmark's process, which runs the app, spends its CPU and memory on the
 * app alone. Each line on stdin is one command, and each line on stdout
 * answers one, with the command's id; commands run at the same time:
 * `time` reads a stream to its end and answers its timing; `hold` reads one
 * at `bytesPerSecond` and answers once its response began; `release` drops
 * a held stream.
 */
type Command = { id: number } & (
  | {
      command: "time";
      kind: "openai" | "ui";
      url: string;
      headers: Record<string, string>;
      body: unknown;
      paceMs?: number;
    }
  | {
      command: "hold";
      url: string;
      headers: Record<string, string>;
      body: unknown;
      bytesPerSecond: number;
    }
  | { command: "release"; holdId: number }
);

const held = new Map<number, () => void>();

async function run(command: Command): Promise<unknown> {
  switch (command.command) {
    case "time":
      return streamTimings(command.kind, command.url, command);
    case "hold":
      held.set(command.id, await holdSlowly(command));
      return null;
    case "release":
      held.get(command.holdId)?.();
      held.delete(command.holdId);
      return null;
  }
}

/** POSTs a streaming request and reads its answer a little each second; resolves to a release. */
function holdSlowly(command: Extract<Command, { command: "hold" }>): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(command.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...command.headers },
    });
    request.on("error", reject);
    request.on("response", (response) => {
      response.pause();
      response.on("error", () => {});
      const timer = setInterval(() => response.read(command.bytesPerSecond), 1000);
      resolve(() => {
        clearInterval(timer);
        request.destroy();
      });
    });
    request.end(JSON.stringify(command.body));
  });
}

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as Command;
  run(command).then(
    (result) => console.log(JSON.stringify({ id: command.id, result })),
    (error: unknown) => console.log(JSON.stringify({ id: command.id, error: String(error) })),
  );
}
