import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "@/lib/env";

/**
 * Bytes on local disk under DATA_DIR/files, named by the server: a storage key
 * is 32 random hex characters, kept in a folder named by its first two so no
 * single folder grows huge. Nothing a user sends ever becomes part of a path.
 */
const KEY = /^[0-9a-f]{32}$/;

function storagePath(key: string): string {
  // A key only ever comes from our own records; refuse anything else outright.
  if (!KEY.test(key)) throw new Error("invalid storage key");
  return path.join(env().DATA_DIR, "files", key.slice(0, 2), key);
}

/** Stores `bytes` under a new key and returns it; readers never see a half-written file. */
export async function writeStoredFile(bytes: Uint8Array): Promise<string> {
  const key = randomBytes(16).toString("hex");
  const target = storagePath(key);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(bytes);
    // Flushed before the rename, so a crash leaves the old state or the whole file.
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, target);
  return key;
}

export function readStoredFile(key: string): Promise<Buffer> {
  return readFile(storagePath(key));
}

/** Opens the stored bytes for streaming; throws ENOENT at once if they are gone. */
export async function openStoredFile(key: string): Promise<ReadableStream<Uint8Array>> {
  const handle = await open(storagePath(key), "r");
  return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
}

/** Removes the stored bytes; a key whose bytes are already gone is not an error. */
export async function deleteStoredFile(key: string): Promise<void> {
  await rm(storagePath(key), { force: true });
}
