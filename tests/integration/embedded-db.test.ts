import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "@/lib/db/embedded";

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function tempFolder() {
  const folder = await mkdtemp(path.join(tmpdir(), "uni-chat-edb-"));
  folders.push(folder);
  return folder;
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
});
