import type { ArenaStreamEvent } from "@/lib/arena/dto";
import { streamFetch } from "@/lib/http/client";
import { readArenaStream, StreamCutError } from "./read-arena-stream";

export function arenaSessionPath(sessionId: string): string {
  return `/api/arena/sessions/${encodeURIComponent(sessionId)}`;
}

interface StreamTurnOptions {
  sessionId: string;
  content: string;
  clientId: string;
  signal: AbortSignal;
  onEvent: (event: ArenaStreamEvent) => void;
}

/**
 * Sends a prompt to every panel and reports the events of the one shared
 * stream until the server ends it. A refusal before streaming (limits,
 * ban, a deleted session) throws the server's ApiError; a dropped
 * connection throws StreamCutError, while the server goes on saving.
 */
export async function streamArenaTurn({
  sessionId,
  content,
  clientId,
  signal,
  onEvent,
}: StreamTurnOptions): Promise<void> {
  const response = await streamFetch(`${arenaSessionPath(sessionId)}/messages`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
    body: JSON.stringify({ content, clientId }),
    signal,
  });
  if (!response.body) throw new StreamCutError();
  for await (const event of readArenaStream(response.body)) onEvent(event);
}

interface ResumeTurnOptions {
  sessionId: string;
  turnId: string;
  signal: AbortSignal;
  onEvent: (event: ArenaStreamEvent) => void;
}

/**
 * Follows a turn that is still running (the page was reloaded, or opened
 * on another device): its events from the start, then live. False when it
 * no longer runs; the saved session then holds its answers.
 */
export async function resumeArenaTurn({
  sessionId,
  turnId,
  signal,
  onEvent,
}: ResumeTurnOptions): Promise<boolean> {
  const response = await streamFetch(
    `${arenaSessionPath(sessionId)}/messages/${encodeURIComponent(turnId)}/stream`,
    { credentials: "same-origin", headers: { Accept: "text/event-stream" }, signal },
  );
  if (response.status === 204) return false;
  if (!response.body) throw new StreamCutError();
  for await (const event of readArenaStream(response.body)) onEvent(event);
  return true;
}
