import type { ArenaStreamEvent } from "@/lib/arena/dto";

/** The stream ended before `[DONE]`: the connection dropped or the server gave up. */
export class StreamCutError extends Error {
  override name = "StreamCutError";

  constructor() {
    super("The connection was lost before every answer arrived.");
  }
}

const EVENT_TYPES = new Set(["turn", "panel-start", "text-delta", "panel-finish"]);

/**
 * The events of an arena SSE body, in order, until `data: [DONE]`. Comment
 * lines (keep-alives) and other fields are skipped, as are events this
 * version does not know, so a newer server does not break an older page.
 */
export async function* readArenaStream(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<ArenaStreamEvent, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let data: string[] = [];
  try {
    while (true) {
      const { value, done } = await read(reader);
      buffer += decoder.decode(value, { stream: !done });
      const lines = buffer.split(/\r\n|\r|\n/);
      // The last piece may be half a line: keep it for the next chunk.
      buffer = done ? "" : (lines.pop() ?? "");
      for (const line of lines) {
        if (line === "") {
          const payload = data.join("\n");
          data = [];
          if (payload === "[DONE]") return;
          const event = parseEvent(payload);
          if (event) yield event;
        } else if (line.startsWith("data:")) {
          data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
        }
      }
      if (done) break;
    }
    // A last event without its blank line still counts.
    const last = data.join("\n");
    if (last === "[DONE]") return;
    const event = parseEvent(last);
    if (event) yield event;
    throw new StreamCutError();
  } finally {
    reader.releaseLock();
  }
}

async function read(reader: ReadableStreamDefaultReader<Uint8Array>) {
  try {
    return await reader.read();
  } catch (error) {
    // Leaving the page cancels on purpose; anything else is a lost connection.
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new StreamCutError();
  }
}

function parseEvent(payload: string): ArenaStreamEvent | null {
  if (payload === "") return null;
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== "object" || value === null) return null;
    const type = (value as { type?: unknown }).type;
    return typeof type === "string" && EVENT_TYPES.has(type) ? (value as ArenaStreamEvent) : null;
  } catch {
    return null;
  }
}
