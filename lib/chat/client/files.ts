import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";

const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);
const DOCUMENT_EXTENSIONS = new Set(
  "pdf txt md csv json js ts tsx jsx py go rs java c cpp h cs rb php sh sql yaml yml toml html css xml".split(
    " ",
  ),
);

/** For the file picker; the server checks the bytes whatever the browser claims. */
export const ACCEPT_ATTRIBUTE = [
  ...IMAGE_TYPES,
  ...[...DOCUMENT_EXTENSIONS].map((extension) => `.${extension}`),
].join(",");

export function isImageFile(file: Pick<File, "type">): boolean {
  return IMAGE_TYPES.has(file.type);
}

/** Why this file cannot be attached, in words for the person; null when it may be tried. */
export function fileProblem(file: Pick<File, "name" | "size" | "type">): string | null {
  if (file.size > MAX_UPLOAD_BYTES) {
    return `${file.name} is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  if (isImageFile(file)) return null;
  if (file.type === "image/svg+xml" || file.type.startsWith("image/")) {
    return `${file.name}: only PNG, JPEG, WebP and GIF images can be attached.`;
  }
  const dot = file.name.lastIndexOf(".");
  const extension = dot === -1 ? "" : file.name.slice(dot + 1).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(extension)) return null;
  return `${file.name}: this type of file can't be attached. Try an image, a PDF or a text file.`;
}

/** 900 B, 12 KB, 3.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
