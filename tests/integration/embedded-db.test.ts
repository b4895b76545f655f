import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { waitFor } from "../setup/wait";

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function tempFolder() {
  const folder = await mkdtemp(path.join(tmpdir(), "uni-chat-edb-"));
  folders.push(folder);
  return folder;
}

/** The pid of the server that holds the folder, from the state file it writes. */
async function serverPid(folder: string): Promise<number> {
  const state = JSON.parse(await readFile(path.join(folder, "embedded-db.json"), "utf8"));
  return (state as { pid: number }).pid;
}

/** Kills the folder's server as a crash would, and waits for another to take its place. */
async function crash(folder: string): Promise<void> {
  const pid = await serverPid(folder);
  process.kill(pid, "SIGKILL");
  await waitFor(async () => (await serverPid(folder)) !== pid, "a new server", 30_000);
}

async function withNotes<T>(
  uri: string,
  work: (notes: mongoose.mongo.Collection) => Promise<T>,
): Promise<T> {
  const connection = await mongoose
    .createConnection(uri, { dbName: "unichat", serverSelectionTimeoutMS: 5_000 })
    .asPromise();
  try {
    return await work(connection.collection("notes"));
  } finally {
    await connection.close();
  }
}

describe("the embedded database", () => {
  it("keeps its data across a restart", async () => {
    const folder = await tempFolder();
    const first = await startEmbeddedDb(folder);
    await withNotes(first.uri, (notes) => notes.insertOne({ text: "kept" }));
    await first.stop();

    const second = await startEmbeddedDb(folder);
    const found = await withNotes(second.uri, (notes) => notes.findOne({ text: "kept" }));
    await second.stop();
    expect(found?.text).toBe("kept");
  });

  it("lets a second start join the running server instead of opening the files twice", async () => {
    const folder = await tempFolder();
    const owner = await startEmbeddedDb(folder);
    const joiner = await startEmbeddedDb(folder);
    expect(owner.owner).toBe(true);
    expect(joiner.owner).toBe(false);
    expect(joiner.uri).toBe(owner.uri);
    await joiner.stop();
    await owner.stop();
  });

  it("gives separate data folders separate servers", async () => {
    const [a, b] = await Promise.all([
      tempFolder().then(startEmbeddedDb),
      tempFolder().then(startEmbeddedDb),
    ]);
    expect(a.uri).not.toBe(b.uri);
    await Promise.all([a.stop(), b.stop()]);
  });

  it("is started again on the same address when it dies, with its data", async () => {
    const folder = await tempFolder();
    const db = await startEmbeddedDb(folder);
    await withNotes(db.uri, (notes) => notes.insertOne({ text: "before" }));
    await crash(folder);
    const found = await withNotes(db.uri, (notes) => notes.findOne({ text: "before" }));
    await db.stop();
    expect(found?.text).toBe("before");
  });

  it("is taken over by a process that joined it when its starter stops", async () => {
    const folder = await tempFolder();
    const owner = await startEmbeddedDb(folder);
    const joiner = await startEmbeddedDb(folder);
    const pid = await serverPid(folder);
    await owner.stop();
    await waitFor(async () => (await serverPid(folder)) !== pid, "a new server", 30_000);
    const count = await withNotes(joiner.uri, (notes) => notes.countDocuments());
    expect(count).toBe(0);
    // The joiner started the new server, so stopping it stops the server.
    const taken = await serverPid(folder);
    await joiner.stop();
    await waitFor(async () => !isRunning(taken), "the server to stop", 10_000);
  });

  it("keeps counters exact when several clients update one document at once", async () => {
    const folder = await tempFolder();
    const db = await startEmbeddedDb(folder);
    const clients = await Promise.all(
      [1, 2, 3, 4].map(() =>
        mongoose.createConnection(db.uri, { dbName: "unichat", maxPoolSize: 5 }).asPromise(),
      ),
    );
    try {
      const counters = clients.map((client) => client.collection("counters"));
      await counters[0]?.insertOne({ _id: "c" as never, n: 0 });
      await Promise.all(
        counters.flatMap((counter) =>
          Array.from({ length: 25 }, () =>
            counter.updateOne({ _id: "c" as never }, { $inc: { n: 1 } }),
          ),
        ),
      );
      // Of many conditional claims, exactly one wins.
      const claims = await Promise.all(
        counters.flatMap((counter) =>
          Array.from({ length: 5 }, () =>
            counter.updateOne(
              { _id: "c" as never, claimed: { $ne: true } },
              { $set: { claimed: true } },
            ),
          ),
        ),
      );
      const found = await counters[0]?.findOne({ _id: "c" as never });
      expect(found?.n).toBe(100);
      expect(claims.filter((claim) => claim.modifiedCount === 1)).toHaveLength(1);
    } finally {
      await Promise.all(clients.map((client) => client.close()));
      await db.stop();
    }
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
