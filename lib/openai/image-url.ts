import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";

/** What an `image_url` names: base64 bytes sent inline, or a link the provider fetches itself. */
type ImageUrl = { kind: "inline"; base64: string } | { kind: "link"; url: URL };

/** An image may be as large as a chat upload, so the API and the chat take the same images. */
export const MAX_IMAGE_BYTES = MAX_UPLOAD_BYTES;

const MAX_LINK_LENGTH = 8_192;
const DATA_URL = /^data:image\/[a-z0-9.+-]+;base64,/i;
// One character class, no groups: linear on a 20 MB string.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ACCEPTED = "must be an https: URL or a base64 data: URL of an image";

/** Valid base64 decodes to three bytes per four characters, less its padding. */
function decodedSize(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * Reads an image URL without decoding or fetching anything. Only https:
 * links go on to the provider (never plain http:, file: or script URLs),
 * and inline images are held to the upload limit before a byte is decoded.
 * What the bytes are is decided later, from the bytes themselves.
 */
export function readImageUrl(url: string): { image: ImageUrl } | { problem: string } {
  const data = DATA_URL.exec(url);
  if (data) {
    const base64 = url.slice(data[0].length);
    if (decodedSize(base64) > MAX_IMAGE_BYTES) {
      return { problem: `must be an image of at most ${MAX_IMAGE_BYTES / (1024 * 1024)} MB` };
    }
    if (base64.length % 4 !== 0 || !BASE64.test(base64)) {
      return { problem: "is not valid base64" };
    }
    return { image: { kind: "inline", base64 } };
  }
  // Any other data: URL (SVG, text, not base64) is refused whatever its length.
  if (/^data:/i.test(url)) return { problem: ACCEPTED };
  if (url.length > MAX_LINK_LENGTH) {
    return { problem: `must be at most ${MAX_LINK_LENGTH.toLocaleString("en")} characters` };
  }
  if (!URL.canParse(url)) return { problem: ACCEPTED };
  const link = new URL(url);
  if (link.protocol !== "https:") return { problem: ACCEPTED };
  return { image: { kind: "link", url: link } };
}
