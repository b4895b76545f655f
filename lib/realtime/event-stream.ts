import { randomUUID } from "node:crypto";
import { log } from "@/lib/log";
import { bus } from "./bus";
import { compareEventIds, eventLog, isEventId, type StoredEvent } from "./event-log";
import { eventChannel } from "./events";
import type { SignOutReason } from "./shared/events";

export interface EventStreamOptions {
  userId: string;
  /** The browser session listening: a sign-out elsewhere may not be about it. */
  sessionId: string;
  /** The tab's Last-Event-ID when it reconnects: what it missed since is sent first. */
  lastEventId: string | null;
  heartbeatMs: number;
  /**
   * Whether this session has ended, asked when an account event arrives: a
   * sign-out elsewhere, or one replayed from before this session began, may
   * not be about it. Null while it holds, else why it ended.
   */
  endedBecause(announced: SignOutReason): Promise<SignOutReason | null>;
  /** Aborted when the tab goes away or the server shuts down. */
  signal: AbortSignal;
}

// A probe can reach Redis before the subscription does, so it is sent again
// until it comes back; without an answer (Redis is slow or away) the
// connection goes live anyway.
const PROBE_EVERY_MS = 100;
const PROBE_TIMEOUT_MS = 3_000;
const REMEMBERED_IDS = 500;
// How long a browser waits before reconnecting after the connection drops.
const RETRY_MS = 3_000;

const encoder = new TextEncoder();

interface Probe {
  probe: string;
}

function isProbe(message: unknown): message is Probe {
  return typeof (message as Partial<Probe> | null)?.probe === "string";
}

/** Where a connection starts: after the tab's Last-Event-ID, else after the newest event. */
async function startingPoint(userId: string, lastEventId: string | null): Promise<string> {
  if (lastEventId && isEventId(lastEventId)) return lastEventId;
  // With the log out of reach, from now on: old events replayed would notify again.
  return eventLog()
    .latestId(userId)
    .catch(() => `${Date.now()}-0`);
}

/**
 * One tab's events as Server-Sent Events: what it missed since its
 * Last-Event-ID (or since the request arrived), then every event live, a
 * heartbeat comment meanwhile, and the end when its session ends. A new
 * subscription takes a round trip to start in Redis, so until it answers a
 * probe of its own the live events wait and the log fills the gap; ids seen
 * twice are sent once.
 */
export async function openEventStream(
  options: EventStreamOptions,
): Promise<ReadableStream<Uint8Array>> {
  const { userId } = options;
  const cursor = await startingPoint(userId, options.lastEventId);
  const probe = randomUUID();
  const seen = new Set<string>();
  let waiting: StoredEvent[] | null = [];
  let caughtUp = false;
  let delivery = Promise.resolve();
  let open = true;
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const end = () => {
        if (!open) return;
        open = false;
        cleanup();
        try {
          controller.close();
        } catch {
          // Already cancelled by the tab leaving.
        }
      };

      const deliver = async (event: StoredEvent) => {
        if (!open || seen.has(event.id)) return;
        seen.add(event.id);
        if (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value ?? "");
        let data = event.data;
        if (event.type === "account.signed_out") {
          if (event.exceptSession === options.sessionId) return;
          const announced = (event.data as { reason: SignOutReason }).reason;
          const reason = await options.endedBecause(announced);
          if (!reason) return;
          data = { reason };
        }
        send(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`);
        if (event.type === "account.signed_out") end();
      };
      const queue = (event: StoredEvent) => {
        delivery = delivery
          .then(() => deliver(event))
          .catch((error: unknown) => log.warn("could not send a live event", { error }));
      };

      const catchUp = async () => {
        if (caughtUp) return;
        caughtUp = true;
        clearInterval(probing);
        clearTimeout(probeTimer);
        const missed = await eventLog()
          .since(userId, cursor)
          .catch((error: unknown) => {
            log.warn("could not read missed live events", { error });
            return [];
          });
        const live = (waiting ?? []).sort((a, b) => compareEventIds(a.id, b.id));
        waiting = null;
        for (const event of [...missed, ...live]) queue(event);
      };

      const unsubscribe = bus().subscribe(eventChannel(userId), (message) => {
        if (isProbe(message)) {
          if (message.probe === probe) void catchUp();
          return;
        }
        const event = message as StoredEvent;
        if (waiting) waiting.push(event);
        else queue(event);
      });
      const sendProbe = () => void bus().publish(eventChannel(userId), { probe } satisfies Probe);
      const probing = setInterval(sendProbe, PROBE_EVERY_MS);
      const probeTimer = setTimeout(() => void catchUp(), PROBE_TIMEOUT_MS);
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), options.heartbeatMs);
      cleanup = () => {
        unsubscribe();
        clearInterval(probing);
        clearTimeout(probeTimer);
        clearInterval(heartbeat);
        options.signal.removeEventListener("abort", end);
      };
      options.signal.addEventListener("abort", end);

      send(`retry: ${RETRY_MS}\n: connected\n\n`);
      if (options.signal.aborted) end();
      else sendProbe();
    },
    cancel() {
      open = false;
      cleanup();
    },
  });
}
