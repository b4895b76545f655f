import type { FileDoc } from "@/models/file";

// Raster images are safe to show in the page; anything else (PDF, text, code)
// is downloaded, so no upload is ever rendered as a document of our origin.
const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);

/** RFC 8187 encoding: every byte outside the unreserved set is percent-encoded. */
function encodeFilename(name: string): string {
  return encodeURIComponent(name).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The headers a stored file is served with. */
export function fileHeaders(file: FileDoc): Headers {
  const disposition = INLINE_TYPES.has(file.mime_type) ? "inline" : "attachment";
  return new Headers({
    "Content-Type": file.mime_type,
    "Content-Length": String(file.size),
    "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeFilename(file.name)}`,
    "X-Content-Type-Options": "nosniff",
    // Ids are unguessable and a file's bytes never change.
    "Cache-Control": "private, max-age=31536000, immutable",
    // Should anything still render it, it runs nothing and loads nothing.
    "Content-Security-Policy": "sandbox; default-src 'none'",
  });
}
