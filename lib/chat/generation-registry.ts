/**
 * The replies being generated in this process, so Stop can reach them. A
 * closed tab does not stop a reply (it is finished and saved); only an
 * explicit stop does. A stop sent to another instance arrives here through
 * the bus (see stop-signal.ts).
 */
export interface Generation {
  userId: string;
  controller: AbortController;
  /**
   * How much of the text the person had on screen when they pressed Stop:
   * what they saw is what is kept, not what the model wrote meanwhile.
   * Null when Stop did not say (an API call, an image, a shutdown).
   */
  shown: number | null;
}

const store = globalThis as typeof globalThis & { __uniChatGenerations?: Map<string, Generation> };
store.__uniChatGenerations ??= new Map();
const running = store.__uniChatGenerations;

export function registerGeneration(messageId: string, userId: string): Generation {
  const generation = { userId, controller: new AbortController(), shown: null };
  running.set(messageId, generation);
  return generation;
}

export function forgetGeneration(messageId: string): void {
  running.delete(messageId);
}

/** Stops the user's own running reply; false when there is none (already finished or not theirs). */
export function stopGeneration(messageId: string, userId: string, shown?: number): boolean {
  const generation = running.get(messageId);
  if (!generation || generation.userId !== userId) return false;
  if (shown !== undefined) generation.shown = shown;
  generation.controller.abort();
  return true;
}

/** The text to keep of a reply its person stopped: no more than they saw. */
export function keepShown(text: string, generation: Generation): string {
  const { shown } = generation;
  return shown !== null && generation.controller.signal.aborted && shown < text.length
    ? text.slice(0, shown)
    : text;
}
