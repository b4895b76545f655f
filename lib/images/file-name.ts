const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};

const MAX_SLUG_LENGTH = 60;

/**
 * A download's name from the first words of its prompt, e.g.
 * "a-fox-in-the-snow-3f9a2c.png": ASCII only, so it needs no encoding in a
 * header, with the end of the id so two images of one prompt differ.
 */
export function imageFileName(image: { id: string; prompt: string; mimeType: string }): string {
  const slug = image.prompt
    .normalize("NFKD")
    // Accents come apart from their letters under NFKD; keep the letters.
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
  const extension = EXTENSIONS[image.mimeType] ?? "img";
  return `${slug || "image"}-${image.id.slice(-6)}.${extension}`;
}
