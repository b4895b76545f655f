/**
 * Joins the provider's consecutive plain-text events that arrive in one
 * network read into one event, before the AI SDK parses them. A provider
 * sending faster than we read fills each read with many one-token events,
 * and every event costs the same long chain of stream stages whatever its
 * length; a provider sending slowly delivers one event per read, which goes
 * on alone and at once. Nothing waits for more to come.
 */

/** A chat-completion chunk, as far as joining needs to know it. */
interface Chunk {
  choices: [{ delta: { content: string } }];
}

/** Top-level fields a plain-text chunk may have; the first chunk's are kept. */
const CHUNK_FIELDS = new Set([
  "id",
  "provider",
  "model",
  "object",
  "created",
  "system_fingerprint",
  "choices",
]);
const CHOICE_FIELDS = new Set([
  "index",
  "delta",
  "finish_reason",
  "native_finish_reason",
  "logprobs",
]);

/** Empty: null, absent or an empty list, as providers send for "nothing of this kind". */
function isEmpty(value: unknown): boolean {
  return value == null || (Array.isArray(value) && value.length === 0);
}

/** The chunk when it carries text and nothing else (no finish, usage, tools, reasoning, error). */
function plainText(data: string): Chunk | null {
  if (!data.startsWith("{")) return null;
  let chunk: Record<string, unknown>;
  try {
    chunk = JSON.parse(data) as Record<string, unknown>;
  } catch {
    return null;
  }
  for (const key in chunk) if (!CHUNK_FIELDS.has(key) && !isEmpty(chunk[key])) return null;
  const { choices } = chunk;
  if (!Array.isArray(choices) || choices.length !== 1) return null;
  const choice = choices[0] as Record<string, unknown>;
  for (const key in choice) if (!CHOICE_FIELDS.has(key)) return null;
  if (!isEmpty(choice.finish_reason) || !isEmpty(choice.logprobs)) return null;
  const delta = choice.delta as Record<string, unknown> | null;
  if (delta === null || typeof delta !== "object" || typeof delta.content !== "string") return null;
  for (const key in delta)
    if (key !== "role" && key !== "content" && !isEmpty(delta[key])) return null;
  return chunk as unknown as Chunk;
}

/** The complete events of `text` joined where they can be; `data: ` blocks only. */
function joinEvents(text: string): string {
  let out = "";
  let held: Chunk | null = null;
  let heldRaw = "";
  let joined = false;
  const release = () => {
    if (held) out += joined ? `data: ${JSON.stringify(held)}\n\n` : heldRaw;
    held = null;
    joined = false;
  };
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n\n", start) + 2;
    const block = text.slice(start, end);
    start = end;
    const data = block.startsWith("data: ") && block.indexOf("\n") === block.length - 2;
    const chunk = data ? plainText(block.slice(6, -2)) : null;
    if (chunk === null) {
      release();
      out += block;
    } else if (held === null) {
      held = chunk;
      heldRaw = block;
    } else {
      held.choices[0].delta.content += chunk.choices[0].delta.content;
      joined = true;
    }
  }
  release();
  return out;
}

/** A `text/event-stream` body with the events of each read joined (see above). */
export function joinTextEvents(): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = "";
  // Events split by "\r\n" are passed on as they come: joining only knows "\n\n".
  let passThrough = false;
  return new TransformStream({
    transform(bytes, controller) {
      const text = pending + decoder.decode(bytes, { stream: true });
      if (passThrough || text.includes("\r")) {
        passThrough = true;
        pending = "";
        return controller.enqueue(encoder.encode(text));
      }
      const complete = text.lastIndexOf("\n\n") + 2;
      pending = text.slice(complete);
      if (complete > 1) controller.enqueue(encoder.encode(joinEvents(text.slice(0, complete))));
    },
    flush(controller) {
      const rest = pending + decoder.decode();
      if (rest) controller.enqueue(encoder.encode(rest));
    },
  });
}

/** `fetch` with event streams joined as above; every other response is left as it is. */
export const joiningFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !response.body || !type.startsWith("text/event-stream")) return response;
  return new Response(response.body.pipeThrough(joinTextEvents()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
