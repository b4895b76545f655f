import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { MAX_FILES_PER_MESSAGE } from "@/lib/files/limits";
import { type FileDoc, StoredFile } from "@/models/file";

/**
 * The files `ids` name, in that order, if the actor owns every one. Ownership
 * is part of the query: another user's file is reported as missing.
 */
export async function resolveOwnedFiles(actor: SessionUser, ids: string[]): Promise<FileDoc[]> {
  // Ids are hex: the same file written in two cases is one attachment.
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (unique.length > MAX_FILES_PER_MESSAGE) {
    throw AppError.badRequest(`A message can carry at most ${MAX_FILES_PER_MESSAGE} attachments.`, {
      attachments: [`at most ${MAX_FILES_PER_MESSAGE}`],
    });
  }
  if (unique.length === 0) return [];

  const objectIds = unique.map(toObjectId);
  const invalid = unique.find((_, index) => objectIds[index] === null);
  if (invalid !== undefined) throw AppError.notFound(`attachment ${invalid}`);

  await connectDb();
  const files = await StoredFile.find({ _id: { $in: objectIds }, user_id: actor.id }).lean();
  const byId = new Map(files.map((file) => [file._id.toString(), file]));
  return unique.map((id) => {
    const file = byId.get(id);
    if (!file) throw AppError.notFound(`attachment ${id}`);
    return file;
  });
}
