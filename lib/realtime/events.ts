import { log } from "@/lib/log";
import { bus } from "./bus";
import { eventLog, type StoredEvent } from "./event-log";
import type { LiveEventData, LiveEventType } from "./shared/events";

/** The bus channel of one user's events. */
export function eventChannel(userId: string): string {
  return `events:${userId}`;
}

/**
 * Tells every open tab of `userId`, on any instance, that something
 * changed: logged first (for tabs that reconnect), then published. Never
 * throws: what an event announces is already stored, and a tab that missed
 * it reads it again when it reconnects.
 */
export async function publishEvent<T extends LiveEventType>(
  userId: string,
  type: T,
  data: LiveEventData[T],
  options: { exceptSession?: string } = {},
): Promise<void> {
  const entry = { type, data, ...options };
  let id: string;
  try {
    id = await eventLog().append(userId, entry);
  } catch (error) {
    log.warn("could not log a live event", { error, type });
    id = `${Date.now()}-0`;
  }
  const event: StoredEvent = { id, ...entry };
  await bus().publish(eventChannel(userId), event);
}
