import type { useTranslations } from "next-intl";
import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";

type AttachmentWords = ReturnType<typeof useTranslations<"chat.attachments">>;

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
export function fileProblem(
  file: Pick<File, "name" | "size" | "type">,
  t: AttachmentWords,
): string | null {
  const { name } = file;
  if (file.size > MAX_UPLOAD_BYTES) {
    return t("tooLarge", { name, megabytes: MAX_UPLOAD_BYTES / (1024 * 1024) });
  }
  if (file.size === 0) return t("empty", { name });
  if (isImageFile(file)) return null;
  if (file.type === "image/svg+xml" || file.type.startsWith("image/")) {
    return t("imageType", { name });
  }
  const dot = file.name.lastIndexOf(".");
  const extension = dot === -1 ? "" : file.name.slice(dot + 1).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(extension)) return null;
  return t("fileType", { name });
}
