import { describe, expect, it } from "vitest";
import { LiveLog } from "@/lib/realtime/live-log";

interface Chunk {
  type: string;
  delta?: string;
}

const joinText = (last: Chunk, next: Chunk): Chunk | null =>
  last.type === "text-delta" && next.type === "text-delta"
    ? { type: "text-delta", delta: (last.delta ?? "") + (next.delta ?? "") }
    : null;

async function readAll(stream: ReadableStream<Chunk>): Promise<Chunk[]> {
  const chunks: Chunk[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
  }
  return chunks;
}

const text = (chunks: Chunk[]) =>
  chunks.map((chunk) => (chunk.type === "text-delta" ? chunk.delta : `<${chunk.type}>`)).join("");

describe("LiveLog", () => {
  it("replays what was said to a late reader, then follows it to the end", async () => {
    const log = new LiveLog<Chunk>(joinText);
    log.append({ type: "start" });
    log.append({ type: "text-delta", delta: "Hello" });
    log.append({ type: "text-delta", delta: ", " });
    const early = readAll(log.read());
    log.append({ type: "text-delta", delta: "world" });
    const late = readAll(log.read());
    log.append({ type: "finish" });
    log.end();
    expect(text(await early)).toBe("<start>Hello, world<finish>");
    expect(text(await late)).toBe("<start>Hello, world<finish>");
    // Joined for the late reader: one chunk for the text said before it came.
    expect((await late).map((chunk) => chunk.type)).toEqual(["start", "text-delta", "finish"]);
  });

  it("gives a reader the rest of a text entry that grew after it read it", async () => {
    const log = new LiveLog<Chunk>(joinText);
    const reader = log.read().getReader();
    log.append({ type: "text-delta", delta: "ab" });
    expect((await reader.read()).value).toEqual({ type: "text-delta", delta: "ab" });
    log.append({ type: "text-delta", delta: "cd" });
    expect((await reader.read()).value).toEqual({ type: "text-delta", delta: "cd" });
    log.end();
    expect((await reader.read()).done).toBe(true);
  });

  it("keeps a long text in bounded entries, and says all of it", async () => {
    const log = new LiveLog<Chunk>(joinText);
    const word = "word ".repeat(100);
    for (let i = 0; i < 100; i++) log.append({ type: "text-delta", delta: word });
    log.end();
    const chunks = await readAll(log.read());
    expect(text(chunks)).toBe(word.repeat(100));
    expect(chunks.length).toBeGreaterThan(10);
  });

  it("lets a reader leave without holding the writer up", async () => {
    const log = new LiveLog<Chunk>(joinText);
    const reader = log.read().getReader();
    const pending = reader.read();
    await reader.cancel();
    log.append({ type: "text-delta", delta: "still written" });
    log.end();
    expect((await pending).done).toBe(true);
    expect(text(await readAll(log.read()))).toBe("still written");
  });
});
