import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { fileHeaders } from "@/lib/files/headers";
import type { FileDoc } from "@/models/file";

function file(name: string, mimeType: string): FileDoc {
  return {
    _id: new Types.ObjectId(),
    user_id: new Types.ObjectId(),
    name,
    mime_type: mimeType,
    kind: mimeType.startsWith("image/") ? "image" : "document",
    size: 3,
    storage_key: "0".repeat(32),
    sha256: "0".repeat(64),
    day: "2025-01-01",
    created_at: new Date(),
  };
}

describe("fileHeaders", () => {
  it.each(["image/png", "image/jpeg", "image/webp", "image/gif"])("shows %s inline", (type) => {
    expect(fileHeaders(file("a.img", type)).get("content-disposition")).toBe(
      "inline; filename*=UTF-8''a.img",
    );
  });

  it.each(["application/pdf", "text/plain", "text/markdown", "image/svg+xml", "text/html"])(
    "sends %s as a download",
    (type) => {
      expect(fileHeaders(file("a", type)).get("content-disposition")).toMatch(/^attachment;/);
    },
  );

  it("encodes any name safely for the header", () => {
    const headers = fileHeaders(file(`a"b;\r\nSet-Cookie: x=1 ü'(*)!.txt`, "text/plain"));
    expect(headers.get("content-disposition")).toBe(
      "attachment; filename*=UTF-8''a%22b%3B%0D%0ASet-Cookie%3A%20x%3D1%20%C3%BC%27%28%2A%29%21.txt",
    );
  });
});
