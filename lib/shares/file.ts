import "server-only";
import { AppError } from "@/lib/errors";
import { openOwnedFile } from "@/lib/files/access";
import type { FileDoc } from "@/models/file";
import { findLiveShare } from "./get-snapshot";

/**
 * A file the link's copy holds, with its bytes. Any other id answers 404,
 * even one of the same owner's files; so does a file the owner has deleted.
 */
export async function openSharedFile(
  token: string,
  fileId: string,
): Promise<{ file: FileDoc; body: ReadableStream<Uint8Array> }> {
  const link = await findLiveShare(token, ["file_ids"]);
  if (!link.file_ids.includes(fileId.toLowerCase())) throw AppError.notFound("file");
  return openOwnedFile({ id: link.user_id.toString() }, fileId);
}
