import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";
import { uploadTooLarge } from "@/lib/files/upload";

// Room for the multipart boundaries and part headers around the file itself.
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_FORM_BYTES = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;

/**
 * Reads the body up to the limit: refused from Content-Length when it says
 * too much, and cut off while reading when it lies or is chunked, so an
 * oversized upload is never buffered whole.
 */
async function readLimited(req: Request): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) throw uploadTooLarge();
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FORM_BYTES) {
      await reader.cancel();
      throw uploadTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The `file` field of a multipart upload. */
export async function readUploadedFile(req: Request): Promise<File> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw AppError.badRequest("Send the file as multipart/form-data in a field named `file`.");
  }
  const body = await readLimited(req);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw AppError.badRequest("The upload could not be read as multipart/form-data.");
  }
  const file = form.get("file");
  // Not `instanceof File`: the parser's File class need not be this realm's global.
  if (file === null || typeof file === "string") {
    throw AppError.badRequest("Choose a file to upload in a field named `file`.", {
      file: ["required"],
    });
  }
  return file;
}
