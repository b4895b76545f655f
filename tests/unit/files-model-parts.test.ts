import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { IMAGE_OMITTED_NOTE, MAX_DOCUMENT_CHARS, toModelParts } from "@/lib/files/model-parts";
import { deleteStoredFile, writeStoredFile } from "@/lib/files/storage";
import type { FileDoc, FileKind } from "@/models/file";

/** A stored file and its record, as the upload service would have made them. */
async function stored(name: string, mimeType: string, kind: FileKind, bytes: Uint8Array) {
  const doc: FileDoc = {
    _id: new Types.ObjectId(),
    user_id: new Types.ObjectId(),
    name,
    mime_type: mimeType,
    kind,
    size: bytes.byteLength,
    storage_key: await writeStoredFile(bytes),
    sha256: "0".repeat(64),
    day: "2025-01-01",
    created_at: new Date(),
  };
  return doc;
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

describe("toModelParts", () => {
  it("sends images as image parts to a model that can read them", async () => {
    const [part] = await toModelParts([await stored("p.png", "image/png", "image", PNG)], {
      supportsImages: true,
    });
    expect(part).toMatchObject({ type: "image", mediaType: "image/png" });
    expect(part?.type === "image" && new Uint8Array(part.image as Buffer)).toEqual(PNG);
  });

  it("replaces images with a short note for a model that cannot read them", async () => {
    const parts = await toModelParts([await stored("p.png", "image/png", "image", PNG)], {
      supportsImages: false,
    });
    expect(parts).toEqual([{ type: "text", text: IMAGE_OMITTED_NOTE }]);
  });

  it("sends PDFs as file parts with their name", async () => {
    const [part] = await toModelParts(
      [await stored("paper.pdf", "application/pdf", "document", PDF)],
      { supportsImages: false },
    );
    expect(part).toMatchObject({
      type: "file",
      mediaType: "application/pdf",
      filename: "paper.pdf",
    });
    expect(part?.type === "file" && new Uint8Array(part.data as Buffer)).toEqual(PDF);
  });

  it("adds text documents as a fenced block under their name", async () => {
    const content = "a,b\n1,2";
    const parts = await toModelParts(
      [await stored("t.csv", "text/csv", "document", new TextEncoder().encode(content))],
      { supportsImages: true },
    );
    expect(parts).toEqual([{ type: "text", text: 'Attached file "t.csv":\n```\na,b\n1,2\n```' }]);
  });

  it("uses a longer fence when the document contains one", async () => {
    const content = "before\n````\ninside\n````\nafter";
    const [part] = await toModelParts(
      [await stored("n.md", "text/markdown", "document", new TextEncoder().encode(content))],
      { supportsImages: true },
    );
    expect(part).toEqual({
      type: "text",
      text: `Attached file "n.md":\n\`\`\`\`\`\n${content}\n\`\`\`\`\``,
    });
  });

  it("cuts long documents with a note, never inside a character", async () => {
    const content = `${"x".repeat(MAX_DOCUMENT_CHARS - 1)}🎉tail`;
    const [part] = await toModelParts(
      [await stored("big.txt", "text/plain", "document", new TextEncoder().encode(content))],
      { supportsImages: true },
    );
    const text = part?.type === "text" ? part.text : "";
    expect(text).toContain(`${"x".repeat(MAX_DOCUMENT_CHARS - 1)}\n\`\`\``);
    expect(text).not.toContain("tail");
    expect(text).toMatch(
      new RegExp(
        `\\[truncated: showing the first ${MAX_DOCUMENT_CHARS - 1} of ${content.length} characters\\]$`,
      ),
    );
  });

  it("notes a file whose bytes are gone instead of failing the reply", async () => {
    const file = await stored("gone.txt", "text/plain", "document", new TextEncoder().encode("x"));
    await deleteStoredFile(file.storage_key);
    expect(await toModelParts([file], { supportsImages: true })).toEqual([
      { type: "text", text: '[attachment "gone.txt" is no longer available]' },
    ]);
  });

  it("keeps the files' order", async () => {
    const parts = await toModelParts(
      [
        await stored("a.txt", "text/plain", "document", new TextEncoder().encode("A")),
        await stored("p.png", "image/png", "image", PNG),
        await stored("b.txt", "text/plain", "document", new TextEncoder().encode("B")),
      ],
      { supportsImages: true },
    );
    expect(parts.map((part) => part.type)).toEqual(["text", "image", "text"]);
  });
});
