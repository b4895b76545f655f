import type { Redis } from "ioredis";
import { env } from "@/lib/env";
import { connectRedis } from "@/lib/rate-limit/redis-adapter";
import type { LiveEventType } from "./shared/events";

/** An event as it travels between instances; `exceptSession` never reaches a browser. */
export interface StoredEvent {
  id: string;
  type: LiveEventType;
  data: unknown;
  /** A session the event is not about (the one that changed the password). */
  exceptSession?: string;
}

type Entry = Omit<StoredEvent, "id">;

/**
 * Each user's recent events, so a tab that reconnects with Last-Event-ID
 * gets what it missed. Ids are `<ms>-<seq>`, as Redis streams make them,
 * and only grow within one user's log.
 */
interface EventLog {
  append(userId: string, entry: Entry): Promise<string>;
  /** Events after `afterId`, oldest first. */
  since(userId: string, afterId: string): Promise<StoredEvent[]>;
  /** The newest id so far: where a new connection starts. */
  latestId(userId: string): Promise<string>;
}

// A tab that was away longer than this reads everything again anyway.
const KEEP_MS = 5 * 60 * 1000;
const KEEP_COUNT = 200;
const NO_EVENT = "0-0";

const EVENT_ID = /^(\d{1,15})-(\d{1,15})$/;

export function isEventId(value: string): boolean {
  return EVENT_ID.test(value);
}

/** Orders two event ids: negative when `a` came first. */
export function compareEventIds(a: string, b: string): number {
  const [, aMs = "0", aSeq = "0"] = EVENT_ID.exec(a) ?? [];
  const [, bMs = "0", bSeq = "0"] = EVENT_ID.exec(b) ?? [];
  return Number(aMs) - Number(bMs) || Number(aSeq) - Number(bSeq);
}

class MemoryEventLog implements EventLog {
  private readonly logs = new Map<string, Array<StoredEvent & { at: number }>>();
  private lastMs = 0;
  private seq = 0;
  private sweptAt = 0;

  async append(userId: string, entry: Entry): Promise<string> {
    const now = Date.now();
    if (now > this.lastMs) {
      this.lastMs = now;
      this.seq = 0;
    } else {
      this.seq += 1;
    }
    const id = `${this.lastMs}-${this.seq}`;
    const events = this.logs.get(userId) ?? [];
    events.push({ id, ...entry, at: now });
    this.logs.set(userId, events.slice(-KEEP_COUNT));
    this.sweep(now);
    return id;
  }

  async since(userId: string, afterId: string): Promise<StoredEvent[]> {
    const oldest = Date.now() - KEEP_MS;
    return (this.logs.get(userId) ?? [])
      .filter((event) => event.at >= oldest && compareEventIds(event.id, afterId) > 0)
      .map(({ at: _at, ...event }) => event);
  }

  async latestId(userId: string): Promise<string> {
    return this.logs.get(userId)?.at(-1)?.id ?? NO_EVENT;
  }

  /** Now and then, forgets the logs of users who have been quiet. */
  private sweep(now: number): void {
    if (now - this.sweptAt < KEEP_MS) return;
    this.sweptAt = now;
    for (const [userId, events] of this.logs) {
      const recent = events.filter((event) => now - event.at < KEEP_MS);
      if (recent.length > 0) this.logs.set(userId, recent);
      else this.logs.delete(userId);
    }
  }
}

/** A capped Redis stream per user, which expires once the user has been quiet a while. */
class RedisEventLog implements EventLog {
  constructor(private readonly redis: Redis) {}

  async append(userId: string, entry: Entry): Promise<string> {
    const key = streamKey(userId);
    const results = await this.redis
      .multi()
      .xadd(key, "MAXLEN", "~", KEEP_COUNT, "*", "event", JSON.stringify(entry))
      .pexpire(key, KEEP_MS)
      .exec();
    const [error, id] = results?.[0] ?? [new Error("no answer from Redis")];
    if (error || typeof id !== "string") throw error ?? new Error("Redis gave no event id");
    return id;
  }

  async since(userId: string, afterId: string): Promise<StoredEvent[]> {
    const entries = await this.redis.xrange(streamKey(userId), `(${afterId}`, "+");
    return entries.flatMap(([id, fields]) => {
      try {
        return [{ id, ...(JSON.parse(fields[1] ?? "") as Entry) }];
      } catch {
        return [];
      }
    });
  }

  async latestId(userId: string): Promise<string> {
    const [newest] = await this.redis.xrevrange(streamKey(userId), "+", "-", "COUNT", 1);
    return newest?.[0] ?? NO_EVENT;
  }
}

function streamKey(userId: string): string {
  return `events:log:${userId}`;
}

const store = globalThis as typeof globalThis & { __uniChatEventLog?: EventLog };

/** The process's event log: in Redis when REDIS_URL is set, else in memory. */
export function eventLog(): EventLog {
  const url = env().REDIS_URL;
  store.__uniChatEventLog ??= url ? new RedisEventLog(connectRedis(url)) : new MemoryEventLog();
  return store.__uniChatEventLog;
}
