import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureBinary } from "@/lib/db/embedded-binary";
import type { AppServer } from "../setup/app";
import { freePort, waitFor } from "../setup/wait";
import { send } from "../support/chat";
import {
  type AppModels,
  embeddedDbOf,
  expectRecountsMatch,
  newConversation,
  OwnApps,
  registerOn,
} from "../support/own-app";
import { readUiStream } from "../support/ui-stream";

const own = new OwnApps();
afterAll(() => own.cleanUp());

async function health(app: AppServer): Promise<number> {
  return (await fetch(`${app.url}/api/health`)).status;
}

/**
 * Holds a port so that nothing else can listen there, refusing whoever
 * connects: a database whose restart takes a while.
 */
async function holdPort(port: number): Promise<Server> {
  const holder = createServer((socket) => socket.destroy());
  // Tried every few milliseconds: the port must be taken before the supervisor's restart.
  for (let attempt = 0; attempt < 1_000; attempt++) {
    const bound = await new Promise<boolean>((resolve) => {
      holder.once("error", () => resolve(false));
      holder.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (bound) return holder;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`port ${port} stayed taken`);
}

/**
 * Streams an answer, takes the database away once text flows (`down`) and
 * brings it back after the answer ended (`up`), then checks what the
 * user saw was stored and billed once, and that the app is healthy again
 * without a restart.
 */
async function answerThroughOutage(
  app: AppServer,
  db: AppModels,
  outage: { down(): Promise<void>; up(): Promise<void> },
) {
  const { email, clients } = await registerOn([app.url]);
  const [client] = clients;
  if (!client) throw new Error("no client");
  const conversationId = await newConversation(client, "fake/slow");
  expect(await health(app)).toBe(200);

  const response = await send(client, conversationId, {
    content: "through the outage [[tokens:200]] [[delay:20]]",
  });
  expect(response.status).toBe(200);
  let tookDown: Promise<void> | undefined;
  const stream = await readUiStream(response, (partial) => {
    if (partial.text.length > 0) tookDown ??= outage.down();
    return false;
  });
  await tookDown;

  // The browser got the whole answer and its end, not "the database cannot be reached".
  expect(stream.errorText).toBeUndefined();
  expect(stream.finish).toBeDefined();
  expect(stream.text.split(" ")).toHaveLength(200);
  expect(await health(app)).toBe(503);

  await outage.up();
  await waitFor(async () => (await health(app)) === 200, "the app's health", 30_000);
  await waitFor(
    async () => (await db.Message.findById(stream.messageId).lean())?.status === "complete",
    "the answer to be saved",
    30_000,
  );
  const answer = await db.Message.findById(stream.messageId).lean();
  expect(answer?.content).toBe(stream.text);
  expect(await db.Message.countDocuments({ conversation_id: conversationId, role: "user" })).toBe(
    1,
  );
  // Settled after the message, one write at a time (the log, then each counter):
  // wait until every counter has caught up, then compare once more to say what differs.
  await waitFor(
    () =>
      expectRecountsMatch(db, email).then(
        () => true,
        () => false,
      ),
    "the answer to be billed",
    30_000,
  );
  await expectRecountsMatch(db, email);
  expect(app.output()).toContain("answer saved: the database is back");
  expect(app.output()).not.toContain("answer lost");
}

describe("the embedded database dying mid-answer", () => {
  it("is restarted on its address; the answer is saved when it is back; the app recovers", async () => {
    const dataDir = await own.folder();
    const app = await own.start({ MONGODB_URI: "", DATA_DIR: dataDir });
    const first = await embeddedDbOf(dataDir);
    const db = await own.models(first.uri);
    const port = Number(new URL(first.uri).port);
    let holder: Server | undefined;

    await answerThroughOutage(app, db, {
      async down() {
        process.kill(first.pid, "SIGKILL");
        // The restart is held off until the answer has ended, so its last write meets no database.
        holder = await holdPort(port);
      },
      async up() {
        await new Promise((resolve) => holder?.close(resolve));
      },
    });

    const restarted = await embeddedDbOf(dataDir);
    expect(restarted.uri).toBe(first.uri);
    expect(restarted.pid).not.toBe(first.pid);
    expect(app.output()).toContain("embedded database restarted");
  }, 120_000);
});

describe("an external database going away mid-answer", () => {
  it("is found again when it comes back on its address; the answer is saved", async () => {
    const binary = await ensureBinary();
    const dataDir = await own.folder();
    const dbDir = path.join(dataDir, "embedded-db");
    const address = `127.0.0.1:${await freePort()}`;
    const servers: ChildProcess[] = [];
    const startServer = async () => {
      const child = spawn(binary, ["-data-dir", dbDir, "-addr", address], {
        stdio: ["pipe", "pipe", "inherit"],
      });
      servers.push(child);
      await waitFor(
        async () => (await embeddedDbOf(dataDir).catch(() => null))?.pid === child.pid,
        "the external database",
        15_000,
      );
    };
    try {
      await startServer();
      const uri = `mongodb://${address}/unichat`;
      const app = await own.start({ MONGODB_URI: uri, DATA_DIR: await own.folder() });
      const db = await own.models(uri);

      await answerThroughOutage(app, db, {
        async down() {
          servers.at(-1)?.kill("SIGKILL");
        },
        up: startServer,
      });
    } finally {
      for (const server of servers) server.kill("SIGTERM");
    }
  }, 120_000);
});
