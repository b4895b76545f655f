import type { ModelMessage } from "ai";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type ChatEvent, type ChatInput, generateTitle, streamChat } from "@/lib/llm/stream-chat";
import { gradientPng } from "../fake-upstream/png";
import { startFakeUpstream } from "../fake-upstream/server";

// Before anything calls env(), which reads the environment once per worker.
const upstream = await startFakeUpstream();
process.env.OPENROUTER_BASE_URL = upstream.url;
process.env.OPENROUTER_API_KEY = "test-key";

afterAll(() => upstream.stop());
beforeEach(() => upstream.reset());

function user(text: string): ModelMessage[] {
  return [{ role: "user", content: text }];
}

async function collect(input: ChatInput, onText?: (count: number) => void) {
  const events: ChatEvent[] = [];
  let texts = 0;
  for await (const event of streamChat(input)) {
    events.push(event);
    if (event.type === "text") onText?.(++texts);
  }
  const text = events.flatMap((event) => (event.type === "text" ? [event.delta] : [])).join("");
  const terminal = events.filter((event) => event.type !== "text");
  expect(terminal).toHaveLength(1);
  expect(events.at(-1)).toBe(terminal[0]);
  return { events, text, end: terminal[0] as Exclude<ChatEvent, { type: "text" }> };
}

function chatCalls() {
  return upstream.calls().filter((call) => call.path === "/chat/completions");
}

describe("streamChat against the fake upstream", () => {
  it("streams the text in order and finishes with usage and cost", async () => {
    const { text, end } = await collect({
      modelId: "fake/echo",
      messages: user("hello world [[tokens:6]]"),
    });
    // The fake opens with ": OPENROUTER PROCESSING" comments; none of it leaks into the text.
    expect(text).toBe("Echo: hello world lorem ipsum dolor");
    // 3 prompt words at $0.000001, 6 completion tokens at $0.000002.
    expect(end).toEqual({
      type: "finish",
      finishReason: "stop",
      promptTokens: 3,
      completionTokens: 6,
      costUsd: 0.000015,
    });
  });

  it("sends the system prompt, every parameter, images and files, and asks for usage", async () => {
    const { text, end } = await collect({
      modelId: "fake/echo",
      system: "Answer like a pirate.",
      messages: [
        { role: "user", content: "first question" },
        { role: "assistant", content: "first answer" },
        {
          role: "user",
          content: [
            { type: "text", text: "what is in this picture?" },
            { type: "image", image: gradientPng(8, 8), mediaType: "image/png" },
            {
              type: "file",
              data: Buffer.from("%PDF-1.4 fake"),
              mediaType: "application/pdf",
              filename: "notes.pdf",
            },
          ],
        },
      ],
      parameters: {
        temperature: 0.3,
        maxTokens: 50,
        topP: 0.9,
        frequencyPenalty: 0.1,
        presencePenalty: 0.2,
      },
    });
    expect(text).toMatch(/^Echo: what is in this picture\? \[images:1\] \[files:1\]/);
    expect(end).toMatchObject({ type: "finish", finishReason: "stop" });

    const [call] = chatCalls();
    expect(call?.headers.authorization).toBe("Bearer test-key");
    expect(call?.body).toMatchObject({
      model: "fake/echo",
      stream: true,
      temperature: 0.3,
      max_tokens: 50,
      top_p: 0.9,
      frequency_penalty: 0.1,
      presence_penalty: 0.2,
      usage: { include: true },
      stream_options: { include_usage: true },
      messages: [
        // The provider sends every system prompt as text parts.
        { role: "system", content: [{ type: "text", text: "Answer like a pirate." }] },
        { role: "user", content: "first question" },
        { role: "assistant", content: "first answer" },
        {
          role: "user",
          content: [
            { type: "text", text: "what is in this picture?" },
            {
              type: "image_url",
              image_url: { url: expect.stringMatching(/^data:image\/png;base64,iVBOR/) },
            },
            { type: "file", file: expect.objectContaining({ filename: "notes.pdf" }) },
          ],
        },
      ],
    });
  });

  it("reports a reply cut by max_tokens as finish reason length", async () => {
    const { text, end } = await collect({
      modelId: "fake/echo",
      messages: user("count [[tokens:20]]"),
      parameters: { maxTokens: 4 },
    });
    expect(text.split(" ")).toHaveLength(4);
    expect(end).toMatchObject({ type: "finish", finishReason: "length", completionTokens: 4 });
  });

  it("maps a 429 to a rate-limit error without retrying", async () => {
    const { events, end } = await collect({ modelId: "fake/fault-429", messages: user("hi") });
    expect(events).toHaveLength(1);
    expect(end.type === "error" && end.error).toMatchObject({
      code: "upstream_rate_limited",
      status: 429,
      message: "The model provider is rate-limiting requests. Try again in 1 s.",
      headers: { "Retry-After": "1" },
    });
    expect(chatCalls()).toHaveLength(1);
  });

  it("maps a 500 to an upstream error that carries the provider's message", async () => {
    const { end } = await collect({ modelId: "fake/fault-500", messages: user("hi") });
    expect(end.type === "error" && end.error).toMatchObject({
      code: "upstream_error",
      status: 502,
      message: expect.stringContaining("Internal Server Error"),
    });
    expect(chatCalls()).toHaveLength(1);
  });

  it("maps an unknown model to a rejected request", async () => {
    const { end } = await collect({ modelId: "fake/nope", messages: user("hi") });
    expect(end.type === "error" && end.error).toMatchObject({
      code: "upstream_rejected",
      status: 400,
      message: expect.stringContaining("fake/nope is not a valid model ID"),
    });
  });

  it("ends a stream cut halfway with an error after the partial text", async () => {
    const { text, end } = await collect({
      modelId: "fake/cut",
      messages: user("one two three [[tokens:10]]"),
    });
    expect(text).toBe("Echo: one two three lorem");
    expect(end.type === "error" && end.error).toMatchObject({
      code: "upstream_incomplete",
      status: 502,
      message: "The model stopped before finishing its answer.",
    });
  });

  it("ends with an error when OpenRouter sends an error event after a 200", async () => {
    const { text, end } = await collect({
      modelId: "fake/error-after-200",
      messages: user("one two three [[tokens:10]]"),
    });
    expect(text).toBe("Echo: one two three lorem");
    expect(end.type === "error" && end.error).toMatchObject({
      code: "upstream_error",
      status: 502,
      message: "The model provider returned an error: Provider returned error",
    });
  });

  it("treats a stream that ends without a finish reason as incomplete", async () => {
    const { text, end } = await collect({
      modelId: "fake/no-finish",
      messages: user("one two [[tokens:4]]"),
    });
    expect(text).toBe("Echo: one two lorem");
    expect(end.type === "error" && end.error).toMatchObject({ code: "upstream_incomplete" });
  });

  it("times out a hung stream although keep-alive comments keep coming", async () => {
    // The fake sends a comment at once and every 500 ms: two would have reset a naive timer.
    const { events, end } = await collect({
      modelId: "fake/hang",
      messages: user("hi"),
      idleTimeoutMs: 1_200,
    });
    expect(events).toHaveLength(1);
    expect(end.type === "error" && end.error).toMatchObject({
      code: "upstream_timeout",
      status: 504,
      message: "The model did not answer for 1.2 seconds.",
    });
    // The upstream connection is released, not left hanging.
    await expect.poll(() => chatCalls()[0]?.endedAt).not.toBeNull();
  });

  it("hands on each piece of text as it comes, and a burst as fewer, longer pieces", async () => {
    const paced = await collect({
      modelId: "fake/echo",
      messages: user("paced [[tokens:4]] [[delay:30]]"),
    });
    expect(
      paced.events.filter((event) => event.type === "text").map((event) => event.delta),
    ).toEqual(["Echo:", " paced", " lorem", " ipsum"]);

    const burst = await collect({
      modelId: "fake/echo",
      messages: user("burst [[tokens:2000]] [[delay:0]]"),
    });
    expect(burst.text.split(" ")).toHaveLength(2000);
    expect(burst.events.filter((event) => event.type === "text").length).toBeLessThan(2000);
    expect(burst.end).toMatchObject({
      type: "finish",
      finishReason: "stop",
      completionTokens: 2000,
    });
  });

  it("counts idle time, not total time: a slow but steady stream finishes", async () => {
    const { text, end } = await collect({
      modelId: "fake/slow",
      messages: user("steady [[tokens:8]] [[delay:150]]"),
      idleTimeoutMs: 600,
    });
    expect(text.split(" ")).toHaveLength(8);
    expect(end).toMatchObject({ type: "finish", finishReason: "stop" });
  });

  it("finishes with 'stopped' when the signal aborts mid-stream", async () => {
    const controller = new AbortController();
    const { text, end } = await collect(
      {
        modelId: "fake/slow",
        messages: user("long story [[tokens:500]]"),
        signal: controller.signal,
      },
      (count) => {
        if (count === 3) controller.abort();
      },
    );
    expect(text.startsWith("Echo: long story")).toBe(true);
    expect(text.split(" ").length).toBeLessThan(500);
    expect(end).toEqual({
      type: "finish",
      finishReason: "stopped",
      promptTokens: 0,
      completionTokens: 0,
      costUsd: null,
    });
    await expect.poll(() => chatCalls()[0]?.endedAt).not.toBeNull();
  });

  it("finishes with 'stopped', not a timeout, when Stop comes before the first token", async () => {
    const { events } = await collect({
      modelId: "fake/hang",
      messages: user("hi"),
      signal: AbortSignal.timeout(200),
      idleTimeoutMs: 5_000,
    });
    expect(events).toEqual([
      {
        type: "finish",
        finishReason: "stopped",
        promptTokens: 0,
        completionTokens: 0,
        costUsd: null,
      },
    ]);
  });

  it("finishes with 'stopped' at once when the signal is already aborted", async () => {
    const { events } = await collect({
      modelId: "fake/echo",
      messages: user("hi"),
      signal: AbortSignal.abort(),
    });
    expect(events).toEqual([
      {
        type: "finish",
        finishReason: "stopped",
        promptTokens: 0,
        completionTokens: 0,
        costUsd: null,
      },
    ]);
    expect(chatCalls()).toHaveLength(0);
  });

  it("releases the upstream when the consumer stops reading early", async () => {
    for await (const event of streamChat({
      modelId: "fake/slow",
      messages: user("long [[tokens:500]]"),
    })) {
      if (event.type === "text") break;
    }
    await expect.poll(() => chatCalls()[0]?.endedAt).not.toBeNull();
  });
});

describe("generateTitle", () => {
  it("asks the model for a short title", async () => {
    const title = await generateTitle({
      modelId: "fake/echo",
      userText: "How do I bake sourdough bread at home with a very long question attached?",
      assistantText: "Start with a healthy starter.",
    });
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title).toMatch(/^Echo: How do I bake sourdough/);
    const [call] = chatCalls();
    expect(call?.body).toMatchObject({ model: "fake/echo", max_tokens: 24 });
    expect(call?.body).not.toHaveProperty("stream", true);
  });

  it("falls back to the first words of the user's text when the model fails", async () => {
    const title = await generateTitle({
      modelId: "fake/fault-500",
      userText:
        "  Plan a   three day trip to Lisbon with museums, food markets and a day at the beach  ",
      assistantText: "",
    });
    expect(title).toBe("Plan a three day trip to Lisbon with museums, food markets…");
    expect(title.length).toBeLessThanOrEqual(60);
  });
});
