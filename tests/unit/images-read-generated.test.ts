import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_IMAGE_BYTES, readGeneratedImage } from "@/lib/images/read-generated";
import { corruptImageDataUrl, gradientPng } from "../fake-upstream/png";

function dataUrl(bytes: Buffer, type = "image/png"): string {
  return `data:${type};base64,${bytes.toString("base64")}`;
}

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

describe("readGeneratedImage", () => {
  it("decodes a PNG, reads its size and makes a WebP thumbnail", async () => {
    const png = gradientPng(640, 360);
    const image = await readGeneratedImage(dataUrl(png));
    expect(image).toMatchObject({ mimeType: "image/png", width: 640, height: 360 });
    expect(image.bytes).toEqual(png);
    const thumbnail = await sharp(image.thumbnail).metadata();
    expect(thumbnail).toMatchObject({ format: "webp", width: 384, height: 216 });
  });

  it("goes by the bytes, not the type the data URL claims", async () => {
    const jpeg = await sharp(gradientPng(8, 8)).jpeg().toBuffer();
    expect(await readGeneratedImage(dataUrl(jpeg, "image/png"))).toMatchObject({
      mimeType: "image/jpeg",
    });
  });

  it.each([
    ["bytes that are no image", corruptImageDataUrl()],
    ["a truncated PNG", dataUrl(gradientPng(32, 32).subarray(0, 60))],
    ["a GIF", dataUrl(GIF, "image/gif")],
    ["a URL that is not a data URL", "https://example.com/image.png"],
    ["a data URL that is not base64", "data:image/png,abc"],
  ])("refuses %s", async (_label, url) => {
    await expect(readGeneratedImage(url)).rejects.toMatchObject({
      code: "invalid_image",
      status: 502,
    });
  });

  it("refuses an image over the size limit before decoding it", async () => {
    const url = `data:image/png;base64,${"A".repeat(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8)}`;
    await expect(readGeneratedImage(url)).rejects.toMatchObject({ code: "image_too_large" });
  });
});
