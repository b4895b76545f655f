import { AppError } from "@/lib/errors";

export const DEFAULT_JSON_LIMIT = 100 * 1024;

/**
 * Reads a JSON body up to `maxBytes` (413 past it, whatever Content-Length
 * claims). The result is unknown: the service's schema decides what it is.
 */
export async function readJson(req: Request, maxBytes = DEFAULT_JSON_LIMIT): Promise<unknown> {
  const text = await readText(req, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw AppError.badRequest("The request body must be valid JSON.");
  }
}

async function readText(req: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => AppError.tooLarge(`The request body must be at most ${maxBytes} bytes.`);
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
