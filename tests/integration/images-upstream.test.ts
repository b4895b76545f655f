import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { generateImage, type ImageRequest } from "@/lib/llm/generate-image";
import { gradientPng } from "../fake-upstream/png";
import { startFakeUpstream } from "../fake-upstream/server";

// Before anything calls env(), which reads the environment once per worker.
const upstream = await startFakeUpstream();
process.env.OPENROUTER_BASE_URL = upstream.url;
process.env.OPENROUTER_API_KEY = "test-key";

afterAll(() => upstream.stop());
beforeEach(() => upstream.reset());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function request(overrides: Partial<ImageRequest> = {}): ImageRequest {
  return {
    modelId: "fake/image",
    text: "a lighthouse at dusk",
    referenceUrls: [],
    aspectRatio: "1:1",
    withText: true,
    ...overrides,
  };
}

function chatCalls() {
  return upstream.calls().filter((call) => call.path === "/chat/completions");
}

describe("generateImage against the fake upstream", () => {
  it("asks for image output with the image config and returns the image and usage", async () => {
    const answer = await generateImage(request({ aspectRatio: "16:9", imageSize: "2K" }));
    expect(answer.images).toHaveLength(1);
    const [url = ""] = answer.images;
    expect(url).toMatch(/^data:image\/png;base64,/);
    const bytes = Buffer.from(url.split(",")[1] ?? "", "base64");
    expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(bytes.readUInt32BE(16)).toBe(64);
    expect(bytes.readUInt32BE(20)).toBe(36);
    expect(answer.finishReason).toBe("stop");
    // 4 prompt words at $0.000001, 13 completion tokens at $0.000004, one image at $0.01.
    expect(answer.usage).toMatchObject({
      promptTokens: 4,
      completionTokens: 13,
      costUsd: 0.010056,
    });

    const [call] = chatCalls();
    expect(call?.headers.authorization).toBe("Bearer test-key");
    expect(call?.body).toMatchObject({
      model: "fake/image",
      stream: false,
      modalities: ["image", "text"],
      image_config: { aspect_ratio: "16:9", image_size: "2K" },
      messages: [{ role: "user", content: [{ type: "text", text: "a lighthouse at dusk" }] }],
    });
  });

  it("sends reference images as image_url parts after the text", async () => {
    const reference = `data:image/png;base64,${gradientPng(4, 4).toString("base64")}`;
    const answer = await generateImage(request({ referenceUrls: [reference, reference] }));
    expect(answer.text).toContain("[images:2]");
    expect(chatCalls()[0]?.body).toMatchObject({
      messages: [
        {
          content: [
            { type: "text" },
            { type: "image_url", image_url: { url: reference } },
            { type: "image_url", image_url: { url: reference } },
          ],
        },
      ],
    });
  });

  it("asks an image-only model for images alone and leaves the size out unless given", async () => {
    await generateImage(request({ withText: false }));
    const body = chatCalls()[0]?.body as Record<string, unknown>;
    expect(body.modalities).toEqual(["image"]);
    expect(body.image_config).toEqual({ aspect_ratio: "1:1" });
  });

  it("returns the words of an answer that has no image", async () => {
    const answer = await generateImage(request({ text: "a cat [[image:refuse]]" }));
    expect(answer).toMatchObject({
      images: [],
      text: "I can't create that image.",
      finishReason: "content_filter",
    });
    expect(answer.usage?.costUsd).toBeGreaterThan(0);
  });

  it.each([
    ["fake/fault-429", 429, "upstream_rate_limited", /rate-limiting/],
    ["fake/fault-500", 502, "upstream_error", /Internal Server Error/],
    ["fake/error-after-200", 502, "upstream_error", /Provider returned error/],
    ["fake/cut", 502, "upstream_incomplete", /stopped before finishing/],
    ["fake/nope", 400, "upstream_rejected", /not a valid model ID/],
  ])("maps %s to %i %s", async (modelId, status, code, message) => {
    await expect(generateImage(request({ modelId }))).rejects.toMatchObject({
      status,
      code,
      message: expect.stringMatching(message),
    });
    // No retries: the person decides whether to try again.
    expect(chatCalls()).toHaveLength(1);
  });

  it("gives up on a model that never answers", async () => {
    await expect(
      generateImage(request({ modelId: "fake/hang", timeoutMs: 300 })),
    ).rejects.toMatchObject({ status: 504, code: "upstream_timeout" });
  });

  it("drops the upstream call when the caller cancels", async () => {
    const controller = new AbortController();
    const pending = generateImage(
      request({ text: "slow [[first:5000]]", signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 200);
    await expect(pending).rejects.toMatchObject({ status: 499, code: "cancelled" });
    await expect.poll(() => chatCalls()[0]?.endedAt ?? null).not.toBeNull();
    const [call] = chatCalls();
    expect((call?.endedAt ?? 0) - (call?.startedAt ?? 0)).toBeLessThan(4_000);
  });
});
