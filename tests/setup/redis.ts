import { type ChildProcess, spawn } from "node:child_process";
import { freePort, waitFor } from "./wait";

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** A real, throwaway redis-server on a free loopback port with persistence off. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (error) =>
      reject(new Error(`redis-server could not start (${error.message}); install redis-server`)),
    );
  });
  const url = `redis://127.0.0.1:${port}`;
  await Promise.race([failed, waitFor(() => canConnect(port), "redis-server")]);
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
    },
  };
}

async function canConnect(port: number): Promise<boolean> {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
