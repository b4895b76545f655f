export interface Timing {
  firstTokenMs: number;
  /** The rate of text, from the first piece to the last. */
  tokensPerSecond: number;
  tokens: number;
  /** From the last piece of text to the stream's end: the app saves the answer in between. */
  finishLagMs: number;
  /**
   * With a pace given: for each piece of text after the first, how much
   * longer it took than the provider's pace for the tokens it carries.
   */
  addedGapsMs?: number[];
}

/**
 * POSTs a streaming request and times it: the first piece of text, the
 * rate of text after it, and how long the stream goes on after its text. `openai` reads chat-completion chunks, `ui` reads
 * the app's UI message stream; tokens are counted as words in both.
 * `paceMs`, the provider's time between tokens, asks for the added gaps.
 */
export async function streamTimings(
  kind: "openai" | "ui",
  url: string,
  request: { headers: Record<string, string>; body: unknown; paceMs?: number },
): Promise<Timing> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...request.headers },
    body: JSON.stringify(request.body),
  });
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
  let first = 0;
  let last = 0;
  let text = "";
  let buffer = "";
  const addedGapsMs: number[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
      const delta = textOf(kind, JSON.parse(line.slice(6)) as Record<string, unknown>);
      if (!delta) continue;
      const now = performance.now();
      if (first && request.paceMs !== undefined)
        addedGapsMs.push(now - last - request.paceMs * delta.trim().split(/\s+/).length);
      last = now;
      if (!first) first = last;
      text += delta;
    }
  }
  const ended = performance.now();
  const tokens = text.trim().split(/\s+/).length;
  return {
    firstTokenMs: first - started,
    tokens,
    tokensPerSecond: tokens / Math.max((last - first) / 1000, 1e-6),
    finishLagMs: ended - last,
    ...(request.paceMs === undefined ? {} : { addedGapsMs }),
  };
}

function textOf(kind: "openai" | "ui", chunk: Record<string, unknown>): string {
  if (kind === "ui") return chunk.type === "text-delta" ? String(chunk.delta) : "";
  const choices = chunk.choices as Array<{ delta?: { content?: string } }> | undefined;
  return choices?.[0]?.delta?.content ?? "";
}

/** Signs in through next-auth's credentials flow and returns the session cookie. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.includes("session-token"));
  if (!session)
    throw new Error(
      `benchmark sign-in failed: ${response.status} ${response.headers.get("location")}`,
    );
  return session;
}

/**
 * Counts the database commands sent between `start()` and the first call
 * to the model provider. On the embedded database's single connection each
 * one is a round trip the answer waits for. The provider is reached with
 * the global fetch, looked up at call time, so wrapping it marks the call.
 */
export function roundTripsBeforeModelCall(
  client: {
    on(
      event: "commandStarted",
      listener: (event: { commandName: string; command: Record<string, unknown> }) => void,
    ): void;
  },
  providerUrl: string,
) {
  let counting = false;
  let commands: string[] = [];
  client.on("commandStarted", (event) => {
    if (counting) commands.push(`${event.commandName} ${String(event.command[event.commandName])}`);
  });
  const fetchBefore = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(providerUrl) && url.endsWith("/chat/completions")) counting = false;
    return fetchBefore(input, init);
  };
  return {
    start() {
      commands = [];
      counting = true;
    },
    /** The commands of the last request: each one's name and collection. */
    commands: () => commands,
  };
}
