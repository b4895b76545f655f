import { afterEach, describe, expect, it, vi } from "vitest";
import { createFrameBatcher } from "@/lib/arena/client/frame-batcher";
import { applyArenaEvents, freezePanels, startLiveTurn } from "@/lib/arena/client/live-turn";
import { readArenaStream, StreamCutError } from "@/lib/arena/client/read-arena-stream";
import { streamArenaTurn } from "@/lib/arena/client/stream-turn";
import type { ArenaReplyDto, ArenaStreamEvent } from "@/lib/arena/dto";
import { ApiError } from "@/lib/http/client";

/** A body that delivers these pieces one read at a time, then ends (or fails). */
function body(pieces: (string | Uint8Array)[], failAtEnd = false): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const piece = pieces[next++];
      if (piece !== undefined)
        controller.enqueue(typeof piece === "string" ? encoder.encode(piece) : piece);
      else if (failAtEnd) controller.error(new TypeError("network error"));
      else controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<ArenaStreamEvent[]> {
  const events: ArenaStreamEvent[] = [];
  for await (const event of readArenaStream(stream)) events.push(event);
  return events;
}

const sse = (event: unknown) => `data: ${JSON.stringify(event)}\n\n`;

function reply(panel: number, content: string, isError = false): ArenaReplyDto {
  return {
    id: `reply-${panel}`,
    panel,
    content,
    status: isError ? "error" : "complete",
    isError,
    errorMessage: isError ? "The model failed." : null,
    metadata: {
      modelId: null,
      promptTokens: 10,
      completionTokens: 20,
      costUsd: 0.0001,
      generationTimeMs: 1500,
      firstTokenMs: 500,
      finishReason: isError ? "error" : "stop",
      contextDropped: 0,
    },
    createdAt: "2025-01-01T00:00:00.000Z",
  };
}

describe("readArenaStream", () => {
  it("reads events split anywhere, skipping comments, until [DONE]", async () => {
    const text =
      ": keep-alive\n\n" +
      sse({ type: "turn", turnId: "t1" }) +
      sse({ type: "text-delta", panel: 1, delta: "Hé" }) +
      "data: [DONE]\n\n" +
      sse({ type: "text-delta", panel: 0, delta: "after the end" });
    // Cut into 3-byte pieces, so lines and even a UTF-8 character are split.
    const bytes = new TextEncoder().encode(text);
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 3) pieces.push(bytes.slice(i, i + 3));
    const events = await collect(body(pieces));
    expect(events).toEqual([
      { type: "turn", turnId: "t1" },
      { type: "text-delta", panel: 1, delta: "Hé" },
    ]);
  });

  it("accepts CRLF lines and data without a space", async () => {
    const events = await collect(
      body(['data:{"type":"turn","turnId":"t2"}\r\n\r\n', "data: [DONE]\r\n\r\n"]),
    );
    expect(events).toEqual([{ type: "turn", turnId: "t2" }]);
  });

  it("skips unknown event types and broken JSON", async () => {
    const events = await collect(
      body([
        sse({ type: "usage", total: 3 }),
        "data: {not json\n\n",
        sse({ type: "panel-start", panel: 0, messageId: "m0" }),
        "data: [DONE]\n\n",
      ]),
    );
    expect(events).toEqual([{ type: "panel-start", panel: 0, messageId: "m0" }]);
  });

  it("says the stream was cut when it ends without [DONE]", async () => {
    const events: ArenaStreamEvent[] = [];
    const reading = (async () => {
      for await (const event of readArenaStream(
        body([sse({ type: "turn", turnId: "t3" }), "data: {}"]),
      ))
        events.push(event);
    })();
    await expect(reading).rejects.toBeInstanceOf(StreamCutError);
    expect(events).toEqual([{ type: "turn", turnId: "t3" }]);
  });

  it("turns a failed read into StreamCutError", async () => {
    await expect(collect(body([sse({ type: "turn", turnId: "t4" })], true))).rejects.toBeInstanceOf(
      StreamCutError,
    );
  });
});

describe("the live turn", () => {
  it("streams each panel on its own and keeps a failure in its panel", () => {
    let turn = startLiveTurn("Hello", "c1", 3);
    turn = applyArenaEvents(turn, [
      { type: "turn", turnId: "t1" },
      { type: "panel-start", panel: 0, messageId: "m0" },
      { type: "panel-start", panel: 2, messageId: "m2" },
      { type: "text-delta", panel: 0, delta: "Echo" },
      { type: "text-delta", panel: 2, delta: "Par" },
      { type: "text-delta", panel: 0, delta: ": Hello" },
      { type: "panel-finish", panel: 2, reply: reply(2, "Par", true) },
    ]);
    expect(turn.turnId).toBe("t1");
    expect(turn.panels.map((panel) => [panel.status, panel.text])).toEqual([
      ["streaming", "Echo: Hello"],
      ["waiting", ""],
      ["done", "Par"],
    ]);
    expect(turn.panels[2]?.reply?.isError).toBe(true);

    turn = applyArenaEvents(turn, [
      { type: "panel-finish", panel: 0, reply: reply(0, "Echo: Hello") },
      { type: "panel-finish", panel: 1, reply: reply(1, "Other") },
      // Late or stray events change nothing.
      { type: "text-delta", panel: 0, delta: " more" },
      { type: "text-delta", panel: 7, delta: "nobody" },
    ]);
    expect(turn.panels.map((panel) => panel.text)).toEqual(["Echo: Hello", "Other", "Par"]);
    expect(turn.panels.every((panel) => panel.status === "done")).toBe(true);
  });

  it("a stopped panel stays as it was on screen until its saved reply arrives", () => {
    let turn = startLiveTurn("Hi", "c3", 2);
    turn = applyArenaEvents(turn, [
      { type: "text-delta", panel: 0, delta: "one two" },
      { type: "text-delta", panel: 1, delta: "uno" },
    ]);
    // The screen showed "one" and "uno" when Stop was pressed for panel 0.
    turn = freezePanels(turn, [3, 3], 0);
    turn = applyArenaEvents(turn, [
      { type: "text-delta", panel: 0, delta: " three" },
      { type: "text-delta", panel: 1, delta: " dos" },
    ]);
    expect(turn.panels.map((panel) => panel.text)).toEqual(["one", "uno dos"]);
    turn = applyArenaEvents(turn, [{ type: "panel-finish", panel: 0, reply: reply(0, "one") }]);
    expect(turn.panels[0]).toMatchObject({ status: "done", text: "one" });
  });

  it("keeps the same object when an event changes nothing", () => {
    const turn = startLiveTurn("Hi", "c2", 2);
    expect(applyArenaEvents(turn, [{ type: "text-delta", panel: 5, delta: "x" }])).toBe(turn);
  });
});

describe("createFrameBatcher", () => {
  it("hands over everything pushed in a frame at once", () => {
    const frames: (() => void)[] = [];
    const flushed: number[][] = [];
    const batcher = createFrameBatcher<number>(
      (items) => flushed.push(items),
      (run) => frames.push(run),
      () => {},
    );
    batcher.push(1);
    batcher.push(2);
    batcher.push(3);
    expect(frames).toHaveLength(1);
    expect(flushed).toEqual([]);
    frames[0]?.();
    batcher.push(4);
    expect(frames).toHaveLength(2);
    batcher.flushNow();
    expect(flushed).toEqual([[1, 2, 3], [4]]);
    frames[1]?.();
    expect(flushed).toHaveLength(2);
  });

  it("drops what waits when cancelled", () => {
    const cancelled: number[] = [];
    const flushed: string[][] = [];
    const batcher = createFrameBatcher<string>(
      (items) => flushed.push(items),
      () => 42,
      (handle) => cancelled.push(handle),
    );
    batcher.push("a");
    batcher.cancel();
    batcher.flushNow();
    expect(cancelled).toEqual([42]);
    expect(flushed).toEqual([]);
  });
});

describe("streamArenaTurn", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const send = (onEvent: (event: ArenaStreamEvent) => void = () => {}) =>
    streamArenaTurn({
      sessionId: "s1",
      content: "Hello",
      clientId: "c1",
      signal: new AbortController().signal,
      onEvent,
    });

  it("posts the prompt and reports every event", async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(body([sse({ type: "turn", turnId: "t1" }), "data: [DONE]\n\n"]), {
          headers: { "Content-Type": "text/event-stream" },
        }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const events: ArenaStreamEvent[] = [];
    await send((event) => events.push(event));
    expect(events).toEqual([{ type: "turn", turnId: "t1" }]);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/arena/sessions/s1/messages");
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ content: "Hello", clientId: "c1" });
  });

  it("throws the server's error when it refuses before streaming", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json(
          { error: { code: "token_limit", message: "You have used your tokens for today." } },
          { status: 429 },
        ),
      ),
    );
    const error = await send().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: "token_limit",
      message: "You have used your tokens for today.",
    });
  });

  it("reports a network failure as an ApiError the person can act on", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(send()).rejects.toMatchObject({ code: "network_error" });
  });

  it("throws StreamCutError when the connection drops mid-stream", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(body([sse({ type: "turn", turnId: "t1" })], true))),
    );
    await expect(send()).rejects.toBeInstanceOf(StreamCutError);
  });
});
