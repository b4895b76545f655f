import { describe, expect, it } from "vitest";
import { imageFileName } from "@/lib/images/file-name";
import { imageHeaders } from "@/lib/images/headers";
import { noImageError } from "@/lib/images/no-image";
import { supportsImageSize } from "@/lib/images/options";
import { promptText } from "@/lib/images/prompt-text";
import { generateImageSchema } from "@/lib/images/schemas";
import { thumbnailSize } from "@/lib/images/thumbnail-size";

describe("image options", () => {
  it("offers an image size for Gemini image models only", () => {
    expect(supportsImageSize("google/gemini-3-pro-image-preview")).toBe(true);
    expect(supportsImageSize("openai/gpt-5-image")).toBe(false);
    expect(supportsImageSize("fake/image")).toBe(false);
  });

  it("scales thumbnails to 384 wide and never enlarges", () => {
    expect(thumbnailSize(1344, 768)).toEqual({ width: 384, height: 219 });
    expect(thumbnailSize(768, 1344)).toEqual({ width: 384, height: 672 });
    expect(thumbnailSize(64, 36)).toEqual({ width: 64, height: 36 });
  });

  it("fills defaults and trims the prompt", () => {
    expect(generateImageSchema.parse({ prompt: "  a fox ", modelId: "x/y" })).toEqual({
      prompt: "a fox",
      negativePrompt: "",
      modelId: "x/y",
      aspectRatio: "1:1",
      references: [],
    });
  });
});

describe("promptText", () => {
  it("says what to avoid after the prompt, when there is anything", () => {
    expect(promptText("a fox", "")).toBe("a fox");
    expect(promptText("a fox", "snow")).toBe("a fox\n\nAvoid: snow");
  });
});

describe("noImageError", () => {
  it("asks for another prompt after a refusal, quoting the model", () => {
    const error = noImageError({ text: "I can't create that.", finishReason: "content_filter" });
    expect(error).toMatchObject({ code: "image_refused", status: 400 });
    expect(error.message).toBe(
      "The model refused to make this image: “I can't create that.” Change the prompt and try again.",
    );
  });

  it("asks to try again when words came instead of a picture", () => {
    expect(noImageError({ text: "", finishReason: "stop" })).toMatchObject({
      code: "no_image",
      status: 502,
      message:
        "The model answered without an image. Try again, or describe more plainly the picture you want.",
    });
    const long = noImageError({ text: "word ".repeat(100), finishReason: "stop" });
    expect(long.message.length).toBeLessThan(330);
  });
});

describe("imageFileName", () => {
  const id = "65f0c0ffee0000000000abcd";

  it("names a download after its prompt, in plain ASCII", () => {
    expect(imageFileName({ id, prompt: "A fox — in the snow!", mimeType: "image/png" })).toBe(
      "a-fox-in-the-snow-00abcd.png",
    );
    expect(imageFileName({ id, prompt: "Café crème", mimeType: "image/jpeg" })).toBe(
      "cafe-creme-00abcd.jpg",
    );
  });

  it("falls back to 'image' when the prompt has no usable letters", () => {
    expect(imageFileName({ id, prompt: "日本の猫", mimeType: "image/webp" })).toBe(
      "image-00abcd.webp",
    );
  });
});

describe("imageHeaders", () => {
  const image = { mimeType: "image/png", size: 10, fileName: "a-fox-00abcd.png" };

  it("serves inline with nosniff, a sandbox and a private cache", () => {
    const headers = imageHeaders(image, { download: false });
    expect(Object.fromEntries(headers)).toEqual({
      "content-type": "image/png",
      "content-length": "10",
      "content-disposition": 'inline; filename="a-fox-00abcd.png"',
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=31536000, immutable",
      "content-security-policy": "sandbox; default-src 'none'",
    });
  });

  it("makes a download an attachment", () => {
    expect(imageHeaders(image, { download: true }).get("content-disposition")).toBe(
      'attachment; filename="a-fox-00abcd.png"',
    );
  });
});
