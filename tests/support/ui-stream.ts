/** One parsed chunk of an AI SDK UI message stream. */
export interface UiChunk {
  type: string;
  [key: string]: unknown;
}

export interface UiStream {
  chunks: UiChunk[];
  text: string;
  /** The `start` chunk's message id: the saved assistant message. */
  messageId: string | undefined;
  errorText: string | undefined;
  finish: UiChunk | undefined;
}

/**
 * Reads an SSE UI message stream to its end (or until `until` says stop,
 * when the caller aborts) and gathers what a browser would show.
 */
export async function readUiStream(
  response: Response,
  until?: (stream: UiStream) => boolean,
): Promise<UiStream> {
  const stream: UiStream = {
    chunks: [],
    text: "",
    messageId: undefined,
    errorText: undefined,
    finish: undefined,
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
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf("\n\n");
      const data = event
        .split("\n")
        .filter((line) => line.startsWith("data: "))
        .map((line) => line.slice(6))
        .join("\n");
      if (!data || data === "[DONE]") continue;
      const chunk = JSON.parse(data) as UiChunk;
      stream.chunks.push(chunk);
      if (chunk.type === "start") stream.messageId = chunk.messageId as string;
      if (chunk.type === "text-delta") stream.text += chunk.delta as string;
      if (chunk.type === "error") stream.errorText = chunk.errorText as string;
      if (chunk.type === "finish") stream.finish = chunk;
      if (until?.(stream)) {
        await reader.cancel();
        return stream;
      }
    }
  }
  return stream;
}
