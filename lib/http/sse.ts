import { createUIMessageStreamResponse, type UIMessageChunk } from "ai";

// no-transform: neither Next's gzip nor a proxy on the way may hold events
// back to compress or buffer them; each one goes out as it comes.
const STREAM_CACHE_CONTROL = "no-cache, no-transform";

/**
 * A stream of JSON events as Server-Sent Events: one `data:` line each,
 * ended by `data: [DONE]` as OpenAI-style clients expect. When the client
 * goes away the source is cancelled; what it does then is its own business.
 */
export function sseResponse(events: ReadableStream<unknown>): Response {
  const encoder = new TextEncoder();
  const body = events.pipeThrough(
    new TransformStream<unknown, Uint8Array>({
      transform(event, controller) {
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
      },
      flush(controller) {
        controller.enqueue(encoder.encode("data: [DONE]\n\n"));
      },
    }),
  );
  return eventStreamResponse(body);
}

/** Server-Sent Events the caller has already written in the wire format. */
export function eventStreamResponse(body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": STREAM_CACHE_CONTROL,
      "x-accel-buffering": "no",
    },
  });
}

/** An AI SDK UI message stream (what `useChat` reads), sent like the events above. */
export function uiStreamResponse(stream: ReadableStream<UIMessageChunk>): Response {
  return createUIMessageStreamResponse({
    stream,
    headers: { "cache-control": STREAM_CACHE_CONTROL },
  });
}
