import { fileTypeFromBuffer } from "file-type";
import type { FileKind } from "@/models/file";

export interface DetectedType {
  mimeType: string;
  kind: FileKind;
}

/** Binary formats we accept, by what file-type finds in the bytes. */
const BINARY_TYPES = new Map<string, DetectedType>([
  ["png", { mimeType: "image/png", kind: "image" }],
  // Animated PNG is still a PNG to browsers and models.
  ["apng", { mimeType: "image/png", kind: "image" }],
  ["jpg", { mimeType: "image/jpeg", kind: "image" }],
  ["webp", { mimeType: "image/webp", kind: "image" }],
  ["gif", { mimeType: "image/gif", kind: "image" }],
  ["pdf", { mimeType: "application/pdf", kind: "document" }],
]);

const CODE_EXTENSIONS =
  "js ts tsx jsx py go rs java c cpp h cs rb php sh sql yaml yml toml html css xml".split(" ");

/**
 * Text has no signature to sniff, so its type comes from the extension, but
 * only after the bytes prove to be text. Code (HTML included) is served as
 * text/plain: a browser must never render or run it. A Map, because a name
 * like "x.constructor" must not find an object's inherited property.
 */
const TEXT_TYPES = new Map<string, string>([
  ["txt", "text/plain"],
  ["md", "text/markdown"],
  ["csv", "text/csv"],
  ["json", "application/json"],
  ...CODE_EXTENSIONS.map((extension): [string, string] => [extension, "text/plain"]),
]);

export const ACCEPTED_DESCRIPTION =
  "Accepted files: images (PNG, JPEG, WebP, GIF), PDF, and text documents " +
  `(${[...TEXT_TYPES.keys()].map((extension) => `.${extension}`).join(" ")}).`;

/** True for valid UTF-8 without NUL bytes: what a text document must be. */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * What an upload is, decided from its content; `null` when we do not accept
 * it. The name only picks among text types, never makes bytes acceptable:
 * SVG, HTML or a binary renamed to .png or .txt is refused.
 */
export async function detectFileType(
  bytes: Uint8Array,
  name: string,
): Promise<DetectedType | null> {
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed) {
    const binary = BINARY_TYPES.get(sniffed.ext);
    if (binary) return binary;
  }
  const textType = TEXT_TYPES.get(extensionOf(name));
  if (textType && isPlainText(bytes)) return { mimeType: textType, kind: "document" };
  return null;
}
