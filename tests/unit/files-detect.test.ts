import { describe, expect, it } from "vitest";
import { detectFileType, isPlainText } from "@/lib/files/detect";

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("isPlainText", () => {
  it.each([
    ["ASCII", text("hello\nworld\t!")],
    ["multi-byte UTF-8", text("naïve café ✓ 日本 🎉")],
    ["a byte-order mark", bytes(0xef, 0xbb, 0xbf, 0x68, 0x69)],
    ["nothing", bytes()],
  ])("accepts %s", (_label, value) => {
    expect(isPlainText(value)).toBe(true);
  });

  it.each([
    ["a NUL byte", bytes(0x68, 0x00, 0x69)],
    ["Latin-1", bytes(0x63, 0x61, 0x66, 0xe9)],
    ["a lone continuation byte", bytes(0x80)],
    ["a truncated sequence", bytes(0xe2, 0x9c)],
    ["an overlong encoding", bytes(0xc0, 0xaf)],
    ["an encoded surrogate", bytes(0xed, 0xa0, 0x80)],
    ["UTF-16", bytes(0xff, 0xfe, 0x68, 0x00)],
  ])("refuses %s", (_label, value) => {
    expect(isPlainText(value)).toBe(false);
  });
});

describe("detectFileType", () => {
  it.each([
    ["notes.txt", "text/plain"],
    ["README.MD", "text/markdown"],
    ["data.csv", "text/csv"],
    ["data.json", "application/json"],
    ["app.tsx", "text/plain"],
    ["index.html", "text/plain"],
    ["config.yaml", "text/plain"],
  ])("takes a text document's type from its extension: %s", async (name, mimeType) => {
    expect(await detectFileType(text("content"), name)).toEqual({ mimeType, kind: "document" });
  });

  it.each([
    ["an unlisted extension", text("hi"), "run.exe"],
    ["no extension", text("hi"), "LICENSE"],
    ["an inherited property name", text("hi"), "x.constructor"],
    ["SVG", text('<svg xmlns="http://www.w3.org/2000/svg"/>'), "x.svg"],
    ["HTML named as an image", text("<html><script></script></html>"), "x.png"],
    ["binary named as text", bytes(0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0), "x.txt"],
  ])("refuses %s", async (_label, value, name) => {
    expect(await detectFileType(value, name)).toBeNull();
  });

  it("trusts a PDF signature over the name", async () => {
    expect(await detectFileType(text("%PDF-1.4\n%%EOF\n"), "notes.txt")).toEqual({
      mimeType: "application/pdf",
      kind: "document",
    });
  });
});
