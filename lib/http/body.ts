import { AppError } from "@/lib/errors";

export const DEFAULT_JSON_LIMIT = 100 * 1024;

/**
 * Reads a JSON body up to `maxBytes` (413 past it, whatever Content-Length
 * claims). The result is unknown: the service's schema decides what it is.
 */
export async function readJson(req: Request, maxBytes = DEFAULT_JSON_LIMIT): Promise<unknown> {
  return parseJson((await readBytes(req, maxBytes)).toString("utf8"));
}

/** A JSON body that may be left out: none reads as `{}`. */
export async function readOptionalJson(
  req: Request,
  maxBytes = DEFAULT_JSON_LIMIT,
): Promise<unknown> {
  const text = (await readBytes(req, maxBytes)).toString("utf8");
  return text.trim() === "" ? {} : parseJson(text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw AppError.badRequest("The request body must be valid JSON.");
  }
}

/**
 * Reads the body up to `maxBytes`: refused from Content-Length when it says
 * too much, and cut off while reading when it lies or is chunked, so an
 * oversized body is never buffered whole.
 */
export async function readBytes(
  req: Request,
  maxBytes: number,
  tooLarge = () => AppError.tooLarge(`The request body must be at most ${maxBytes} bytes.`),
): Promise<Buffer> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
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
  return Buffer.concat(chunks);
}
