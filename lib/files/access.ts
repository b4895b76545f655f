import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
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
  actor: Pick<SessionUser, "id">,
  id: string,
): Promise<{ file: FileDoc; body: ReadableStream<Uint8Array> }> {
  const file = await findOwned("file", id, (_id) =>
    StoredFile.findOne({ _id, user_id: actor.id }).lean(),
  );
  try {
    return { file, body: await openStoredFile(file.storage_key) };
  } catch (error) {
    if (isMissing(error)) throw AppError.notFound("file");
    throw error;
  }
}

/** Deletes the owner's file: its record first, so no one is served bytes half-removed. */
export async function deleteOwnedFile(actor: SessionUser, id: string): Promise<void> {
  const file = await findOwned("file", id, (_id) =>
    StoredFile.findOneAndDelete({ _id, user_id: actor.id }).lean(),
  );
  await deleteStoredFile(file.storage_key);
}
