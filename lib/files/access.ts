import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { deleteStoredFile, openStoredFile } from "@/lib/files/storage";
import { type FileDoc, StoredFile } from "@/models/file";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

/**
 * The owner's file and a stream of its bytes. Ownership is part of the
 * query, so another user's file, a bad id and a missing one all look alike.
 */
export async function openOwnedFile(
  actor: SessionUser,
  id: string,
): Promise<{ file: FileDoc; body: ReadableStream<Uint8Array> }> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("file");
  await connectDb();
  const file = await StoredFile.findOne({ _id, user_id: actor.id }).lean();
  if (!file) throw AppError.notFound("file");
  try {
    return { file, body: await openStoredFile(file.storage_key) };
  } catch (error) {
    if (isMissing(error)) throw AppError.notFound("file");
    throw error;
  }
}

/** Deletes the owner's file: its record first, so no one is served bytes half-removed. */
export async function deleteOwnedFile(actor: SessionUser, id: string): Promise<void> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("file");
  await connectDb();
  const file = await StoredFile.findOneAndDelete({ _id, user_id: actor.id }).lean();
  if (!file) throw AppError.notFound("file");
  await deleteStoredFile(file.storage_key);
}
