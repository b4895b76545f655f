import type { ArenaReplyDto, ArenaStreamEvent } from "@/lib/arena/dto";

export interface ArenaStream {
  events: ArenaStreamEvent[];
  turnId: string | undefined;
  text: Record<number, string>;
  replies: Record<number, ArenaReplyDto>;
  /** When each panel's `panel-finish` arrived (Date.now()). */
  finishedAt: Record<number, number>;
  done: boolean;
}

/** Reads the arena's SSE to `[DONE]` (or until `until` says stop, then cancels). */
export async function readArenaStream(
  response: Response,
  until?: (stream: ArenaStream) => boolean,
): Promise<ArenaStream> {
  const stream: ArenaStream = {
    events: [],
    turnId: undefined,
    text: {},
    replies: {},
    finishedAt: {},
    done: false,
  };
  if (!response.body) return stream;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf("\n\n");
    while (end !== -1) {
      const data = buffer.slice(0, end).replace(/^data: /, "");
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf("\n\n");
      if (data === "[DONE]") {
        stream.done = true;
        continue;
      }
      const event = JSON.parse(data) as ArenaStreamEvent;
      stream.events.push(event);
      if (event.type === "turn") stream.turnId = event.turnId;
      if (event.type === "text-delta") {
        stream.text[event.panel] = (stream.text[event.panel] ?? "") + event.delta;
      }
      if (event.type === "panel-finish") {
        stream.replies[event.panel] = event.reply;
        stream.finishedAt[event.panel] = Date.now();
      }
      if (until?.(stream)) {
        await reader.cancel();
        return stream;
      }
    }
  }
  return stream;
}
