import "server-only";
import type { FilePart, ImagePart, TextPart } from "ai";
import { readStoredFile } from "@/lib/files/storage";
import type { FileDoc } from "@/models/file";

/** How much of a text document goes to the model; the rest is cut with a note. */
export const MAX_DOCUMENT_CHARS = 100_000;

export const IMAGE_OMITTED_NOTE = "[image omitted: the model cannot read images]";

type ModelPart = TextPart | ImagePart | FilePart;

/**
 * A fence longer than any run of backticks in the content, so a document
 * that contains ``` cannot close the block early.
 */
function fenceFor(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}

function documentText(file: FileDoc, bytes: Buffer): string {
  const full = bytes.toString("utf8");
  let cut = Math.min(full.length, MAX_DOCUMENT_CHARS);
  // Never split a surrogate pair: half an emoji is invalid text upstream.
  if (/[\uD800-\uDBFF]/.test(full.charAt(cut - 1))) cut -= 1;
  const content = full.slice(0, cut);
  const fence = fenceFor(content);
  const note =
    cut < full.length ? `\n[truncated: showing the first ${cut} of ${full.length} characters]` : "";
  return `Attached file "${file.name}":\n${fence}\n${content}\n${fence}${note}`;
}

/** The stored bytes, or null when they are gone (deleted while a reply was being built). */
async function bytesOf(file: FileDoc): Promise<Buffer | null> {
  try {
    return await readStoredFile(file.storage_key);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function toModelPart(file: FileDoc, supportsImages: boolean): Promise<ModelPart> {
  if (file.kind === "image" && !supportsImages) return { type: "text", text: IMAGE_OMITTED_NOTE };
  const bytes = await bytesOf(file);
  if (!bytes) return { type: "text", text: `[attachment "${file.name}" is no longer available]` };
  if (file.kind === "image") return { type: "image", image: bytes, mediaType: file.mime_type };
  // OpenRouter parses PDFs itself, for every model.
  if (file.mime_type === "application/pdf") {
    return { type: "file", data: bytes, mediaType: file.mime_type, filename: file.name };
  }
  return { type: "text", text: documentText(file, bytes) };
}

/** The parts a user message's attachments become for the model, in the files' order. */
export function toModelParts(
  files: FileDoc[],
  options: { supportsImages: boolean },
): Promise<ModelPart[]> {
  return Promise.all(files.map((file) => toModelPart(file, options.supportsImages)));
}
