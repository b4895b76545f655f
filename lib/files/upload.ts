import "server-only";
import { createHash } from "node:crypto";
import type { SessionUser } from "@/lib/auth/types";
import type { AttachmentDto } from "@/lib/conversations/dto";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { ACCEPTED_DESCRIPTION, detectFileType } from "@/lib/files/detect";
import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";
import { deleteStoredFile, writeStoredFile } from "@/lib/files/storage";
import { toAttachmentDto } from "@/lib/files/to-dto";
import { StoredFile } from "@/models/file";

const MAX_NAME_LENGTH = 255;

export function uploadTooLarge(): AppError {
  return AppError.tooLarge(`Files can be at most ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`);
}

/**
 * The name to show for an upload. Some browsers send a whole path; control
 * and bidirectional-override characters could fake an extension on screen.
 */
function displayName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const clean = base.replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, "").trim();
  // By code point, so the cut never leaves half a character.
  return Array.from(clean).slice(0, MAX_NAME_LENGTH).join("") || "file";
}

/** Stores a user's upload after deciding its type from its content. */
export async function uploadFile(actor: SessionUser, file: File): Promise<AttachmentDto> {
  if (file.size > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength === 0) throw AppError.badRequest("The file is empty.");

  const name = displayName(file.name);
  const type = await detectFileType(bytes, name);
  if (!type) {
    throw new AppError(
      "unsupported_file_type",
      400,
      `This type of file is not supported. ${ACCEPTED_DESCRIPTION}`,
    );
  }

  await connectDb();
  const storageKey = await writeStoredFile(bytes);
  try {
    const doc = await StoredFile.create({
      user_id: actor.id,
      name,
      mime_type: type.mimeType,
      kind: type.kind,
      size: bytes.byteLength,
      storage_key: storageKey,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    return toAttachmentDto(doc.toObject());
  } catch (error) {
    // No record, no bytes: a failed insert must not leave an orphan on disk.
    await deleteStoredFile(storageKey).catch(() => {});
    throw error;
  }
}
