import type { AsyncLocalStorage } from "node:async_hooks";

/** What every log line and span a request causes may say about it. */
export interface RequestContext {
  requestId: string;
  /** The route template (`/api/conversations/[id]`), never the raw path. */
  route: string;
  /** Set once the request's user is known. */
  userId?: string;
}

// On globalThis: server.ts opens the context outside Next's module graph,
// and the code that reads it runs inside it, with a module copy of its own.
// Reading needs no Node module, so the logger stays importable anywhere.
export const contextStore = globalThis as typeof globalThis & {
  __uniChatRequestContext?: AsyncLocalStorage<RequestContext>;
};

/** The request being served, if any (start-up and timers have none). */
export function requestContext(): RequestContext | undefined {
  return contextStore.__uniChatRequestContext?.getStore();
}

/** Names the signed-in user in the request's log line. */
export function setRequestUser(userId: string): void {
  const context = requestContext();
  if (context) context.userId = userId;
}
