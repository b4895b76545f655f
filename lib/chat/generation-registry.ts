/**
 * The replies being generated in this process, so Stop can reach them. A
 * closed tab does not stop a reply (it is finished and saved); only an
 * explicit stop does. A stop sent to another instance arrives here through
 * the bus (see stop-signal.ts).
 */
interface Running {
  userId: string;
  controller: AbortController;
}

const store = globalThis as typeof globalThis & { __uniChatGenerations?: Map<string, Running> };
store.__uniChatGenerations ??= new Map();
const running = store.__uniChatGenerations;

export function registerGeneration(messageId: string, userId: string): AbortController {
  const controller = new AbortController();
  running.set(messageId, { userId, controller });
  return controller;
}

export function forgetGeneration(messageId: string): void {
  running.delete(messageId);
}

/** Stops the user's own running reply; false when there is none (already finished or not theirs). */
export function stopGeneration(messageId: string, userId: string): boolean {
  const generation = running.get(messageId);
  if (!generation || generation.userId !== userId) return false;
  generation.controller.abort();
  return true;
}
