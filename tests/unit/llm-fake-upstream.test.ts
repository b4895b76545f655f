import { crc32, inflateSync } from "node:zlib";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { FAKE_MODELS } from "../fake-upstream/models";
import { type RecordedCall, startFakeUpstream } from "../fake-upstream/server";

// The fake is a test tool other tests lean on, so its own contract is pinned here.
const upstream = await startFakeUpstream();
afterAll(() => upstream.stop());
beforeEach(() => upstream.reset());

const AUTH = { authorization: "Bearer anything", "content-type": "application/json" };

function complete(body: Record<string, unknown>) {
  return fetch(`${upstream.url}/chat/completions`, {
    method: "POST",
    headers: AUTH,
    body: JSON.stringify(body),
  });
}

interface Chunk {
  choices: { delta: { content?: string }; finish_reason: string | null }[];
  usage?: unknown;
}

interface Completion {
  choices: {
    finish_reason: string | null;
    message: { content: string; images?: { type: string; image_url: { url: string } }[] };
  }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number; cost: number };
}

/** Checks a PNG the way a decoder would: signature, chunk CRCs, and the pixel data size. */
function decodePng(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length)).toBe(
      crc32(bytes.subarray(offset + 4, offset + 8 + length)),
    );
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
    }
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  expect(inflateSync(Buffer.concat(idat)).length).toBe((1 + width * 3) * height);
  return { width, height };
}

function imageBytes(completion: Completion): Buffer {
  const url = completion.choices[0]?.message.images?.[0]?.image_url.url ?? "";
  expect(url).toMatch(/^data:image\/png;base64,/);
  return Buffer.from(url.split(",")[1] ?? "", "base64");
}

describe("fake upstream", () => {
  it("lists its models in OpenRouter's shape", async () => {
    const response = await fetch(`${upstream.url}/models`, { headers: AUTH });
    const { data } = (await response.json()) as { data: Record<string, unknown>[] };
    expect(data.map((model) => model.id)).toEqual(FAKE_MODELS.map((model) => model.id));
    expect(data[0]).toMatchObject({
      id: "fake/echo",
      context_length: expect.any(Number),
      pricing: { prompt: "0.000001", completion: "0.000002" },
      architecture: { input_modalities: ["text", "image"], output_modalities: ["text"] },
      top_provider: { max_completion_tokens: expect.any(Number) },
    });
  });

  it("refuses requests without a bearer token in OpenAI's error shape", async () => {
    const response = await fetch(`${upstream.url}/models`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { code: 401, message: expect.any(String) },
    });
  });

  it("streams comments, chunks, a finish, usage with cost, then [DONE]", async () => {
    const response = await complete({
      model: "fake/echo",
      stream: true,
      messages: [{ role: "user", content: "hi [[tokens:3]]" }],
    });
    const events = (await response.text()).split("\n\n").filter(Boolean);
    expect(events.slice(0, 2)).toEqual([": OPENROUTER PROCESSING", ": OPENROUTER PROCESSING"]);
    expect(events.at(-1)).toBe("data: [DONE]");
    const chunks = events
      .slice(2, -1)
      .map((event) => JSON.parse(event.slice("data: ".length)) as Chunk);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta?.content)).toEqual([
      "Echo:",
      " hi",
      " lorem",
      "",
      undefined,
    ]);
    expect(chunks[3]?.choices[0]).toMatchObject({ finish_reason: "stop" });
    expect(chunks[4]).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 2, completion_tokens: 3, total_tokens: 5, cost: 0.000008 },
    });
  });

  it("answers without streaming, honouring max_tokens", async () => {
    const response = await complete({
      model: "fake/echo",
      max_tokens: 2,
      messages: [{ role: "user", content: "one two three" }],
    });
    const body = (await response.json()) as Completion;
    expect(body.choices[0]).toMatchObject({
      finish_reason: "length",
      message: { content: "Echo: one" },
    });
    expect(body.usage).toMatchObject({ prompt_tokens: 3, completion_tokens: 2 });
  });

  it("answers 429 with Retry-After and 500 in OpenAI's error shape", async () => {
    const limited = await complete({
      model: "fake/fault-429",
      messages: [{ role: "user", content: "x" }],
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(await limited.json()).toMatchObject({ error: { code: 429, type: expect.any(String) } });
    const broken = await complete({
      model: "fake/fault-500",
      messages: [{ role: "user", content: "x" }],
    });
    expect(broken.status).toBe(500);
    expect(await broken.json()).toMatchObject({ error: { code: 500 } });
  });

  it("draws a real PNG sized by the aspect ratio", async () => {
    const response = await complete({
      model: "fake/image",
      modalities: ["image", "text"],
      image_config: { aspect_ratio: "16:9" },
      messages: [{ role: "user", content: "a gradient" }],
    });
    const body = (await response.json()) as Completion;
    expect(decodePng(imageBytes(body))).toEqual({ width: 64, height: 36 });
    expect(body.choices[0]?.message.images?.[0]?.type).toBe("image_url");
    // 2 prompt words; "Echo: a gradient" plus 8 filler words; one image.
    expect(body.usage.cost).toBeCloseTo(2 * 0.000001 + 11 * 0.000004 + 0.01, 10);
  });

  it("streams the image as a delta, as OpenRouter does", async () => {
    const response = await complete({
      model: "fake/image",
      stream: true,
      modalities: ["image", "text"],
      messages: [{ role: "user", content: "a gradient" }],
    });
    const images = (await response.text())
      .split("\n\n")
      .filter((event) => event.startsWith("data: {"))
      .flatMap((event) => {
        const chunk = JSON.parse(event.slice("data: ".length)) as {
          choices: { delta: { images?: { image_url: { url: string } }[] } }[];
        };
        return chunk.choices[0]?.delta.images ?? [];
      });
    expect(images).toHaveLength(1);
    const bytes = Buffer.from(images[0]?.image_url.url.split(",")[1] ?? "", "base64");
    expect(decodePng(bytes)).toEqual({ width: 64, height: 64 });
  });

  it("supports the corrupt, none and refuse image directives", async () => {
    const ask = async (text: string) =>
      (await (
        await complete({
          model: "fake/image",
          modalities: ["image", "text"],
          messages: [{ role: "user", content: text }],
        })
      ).json()) as Completion;

    const corrupt = imageBytes(await ask("draw [[image:corrupt]]"));
    expect(corrupt.subarray(0, 8)).not.toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect((await ask("draw [[image:none]]")).choices[0]?.message.images).toBeUndefined();
    const refused = await ask("draw [[image:refuse]]");
    expect(refused.choices[0]).toMatchObject({ finish_reason: "content_filter" });
    expect(refused.choices[0]?.message.images).toBeUndefined();
  });

  it("draws nothing unless the request asks for image output", async () => {
    const response = await complete({
      model: "fake/image",
      messages: [{ role: "user", content: "a gradient" }],
    });
    expect(((await response.json()) as Completion).choices[0]?.message.images).toBeUndefined();
  });

  it("records calls with timestamps, also for other processes", async () => {
    await Promise.all(
      ["a", "b"].map((text) =>
        complete({
          model: "fake/slow",
          stream: true,
          messages: [{ role: "user", content: `${text} [[tokens:5]]` }],
        }).then((response) => response.text()),
      ),
    );
    const calls = upstream.calls();
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call).toMatchObject({ method: "POST", path: "/chat/completions" });
      expect(call.startedAt).toBeLessThanOrEqual(call.firstByteAt ?? Number.NaN);
      expect(call.firstByteAt).toBeLessThanOrEqual(call.endedAt ?? Number.NaN);
    }
    // Both started before either ended: the fake serves requests concurrently.
    const [first, second] = calls as [RecordedCall, RecordedCall];
    expect(Math.max(first.startedAt, second.startedAt)).toBeLessThan(
      Math.min(first.endedAt ?? 0, second.endedAt ?? 0),
    );

    const origin = new URL(upstream.url).origin;
    const remote = (await (await fetch(`${origin}/__calls`)).json()) as RecordedCall[];
    expect(remote.map((call) => call.body)).toEqual(calls.map((call) => call.body));
    expect((await fetch(`${origin}/__reset`, { method: "POST" })).status).toBe(204);
    expect(upstream.calls()).toEqual([]);
  });
});

describe("the echo's text", () => {
  async function answer(content: string): Promise<string> {
    const response = await complete({ model: "fake/echo", messages: [{ role: "user", content }] });
    return ((await response.json()) as Completion).choices[0]?.message.content ?? "";
  }

  it("keeps the message's line breaks, so code and tables can be tried", async () => {
    const text = await answer(
      "```js\nlet x = 1;\n```\n\n| a | b |\n| --- | --- |\n| 1 | 2 | [[tokens:22]]",
    );
    expect(text).toBe("Echo: ```js\nlet x = 1;\n```\n\n| a | b |\n| --- | --- |\n| 1 | 2 |");
  });

  it("answers [[markdown]] with a heading, a table, code and math, and nothing else", async () => {
    const text = await answer("show me [[markdown]]");
    expect(text).toMatch(/^## A sample answer\n/);
    expect(text).toContain("\n| --- | --- |\n");
    expect(text).toContain("\n```ts\n");
    expect(text).toMatch(/\n\$\$\n.+\n\$\$$/);
    expect(text).not.toContain("lorem");
  });
});
