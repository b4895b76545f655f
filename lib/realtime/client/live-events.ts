import { ApiError, apiFetch } from "@/lib/http/client";
import {
  LIVE_EVENT_TYPES,
  type LiveEvent,
  type LiveEventType,
  type SignOutReason,
} from "../shared/events";

export interface LiveEventHandlers {
  onEvent(event: LiveEvent): void;
  /**
   * The connection is open, or open again: what changed before (while the
   * page loaded, or longer ago than the server keeps) may have been missed.
   */
  onOpen(): void;
  onSignedOut(reason: SignOutReason): void;
}

/** Why a refused session ended; null while it holds, or when the server is away (try again). */
function endedBecause(error: unknown): SignOutReason | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === "banned") return "banned";
  return error.status === 401 ? "signed_out" : null;
}

const SESSION_RENEWED = "uni-chat:session-renewed";

/**
 * Says that this tab signed in again (after changing its password): its
 * events connection, opened under the old session, is opened again under
 * the new one, which is the session a sign-out elsewhere leaves alone.
 */
export function announceSessionRenewed(): void {
  window.dispatchEvent(new Event(SESSION_RENEWED));
}

/** Calls `renewed` each time this tab signs in again; returns the function that stops it. */
export function onSessionRenewed(renewed: () => void): () => void {
  window.addEventListener(SESSION_RENEWED, renewed);
  return () => window.removeEventListener(SESSION_RENEWED, renewed);
}

// After the server refused the connection and the session still holds (a restart, a blip).
const REOPEN_DELAY_MS = 5_000;

/**
 * The tab's one connection to the events channel. The browser reconnects
 * by itself when the stream drops, sending the last id it saw; when the
 * server refuses it instead (401, 403), the session's own state says
 * whether the tab was signed out or should try again. Returns the
 * function that closes it.
 */
export function connectLiveEvents(handlers: LiveEventHandlers): () => void {
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const open = () => {
    source = new EventSource("/api/events");
    source.onopen = () => handlers.onOpen();
    source.onerror = () => {
      if (source?.readyState === EventSource.CLOSED) void checkSession();
    };
    for (const type of LIVE_EVENT_TYPES) {
      source.addEventListener(type, (message) => receive(type, message));
    }
  };

  const receive = (type: LiveEventType, message: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    const event = { id: message.lastEventId, type, data } as LiveEvent;
    if (event.type === "account.signed_out") {
      close();
      handlers.onSignedOut(event.data.reason);
      return;
    }
    handlers.onEvent(event);
  };

  const checkSession = async () => {
    source?.close();
    const ended = await apiFetch("/api/users/me").then(() => null, endedBecause);
    if (closed) return;
    if (ended) handlers.onSignedOut(ended);
    else timer = setTimeout(open, REOPEN_DELAY_MS);
  };

  const close = () => {
    closed = true;
    clearTimeout(timer);
    source?.close();
  };

  open();
  return close;
}
