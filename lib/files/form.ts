import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";
import { uploadTooLarge } from "@/lib/files/upload";
import { readBytes } from "@/lib/http/body";

// Room for the multipart boundaries and part headers around the file itself.
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** The `file` field of a multipart upload of at most `maxBytes`; `tooLarge` past it. */
export async function readUploadedFile(
  req: Request,
  maxBytes = MAX_UPLOAD_BYTES,
  tooLarge = uploadTooLarge,
): Promise<File> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw AppError.badRequest("Send the file as multipart/form-data in a field named `file`.");
  }
  const body = await readBytes(req, maxBytes + FORM_OVERHEAD_BYTES, tooLarge);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { "content-type": contentType },
    }).formData();
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
