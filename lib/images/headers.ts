/** What a route needs to serve an image's bytes. */
export interface ServedImage {
  mimeType: string;
  size: number;
  fileName: string;
}

/**
 * The headers an image is served with, as for uploads: the stored type and
 * nothing sniffed, a sandbox should anything render it as a document, and a
 * private cache (ids are unguessable and the bytes never change).
 */
export function imageHeaders(image: ServedImage, options: { download: boolean }): Headers {
  const disposition = options.download ? "attachment" : "inline";
  return new Headers({
    "Content-Type": image.mimeType,
    "Content-Length": String(image.size),
    "Content-Disposition": `${disposition}; filename="${image.fileName}"`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, max-age=31536000, immutable",
    "Content-Security-Policy": "sandbox; default-src 'none'",
  });
}
