import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { connectRedis } from "@/lib/rate-limit/redis-adapter";

type Handler = (message: unknown) => void;

/**
 * Publish/subscribe between every instance of the app: through Redis
 * pub/sub when REDIS_URL is set, else within this process. A message is
 * JSON; with Redis it reaches its own publisher too, so a subscriber never
 * needs to know where a message came from.
 */
export interface Bus {
  publish(channel: string, message: unknown): Promise<void>;
  /** Calls `handler` for each message on `channel` until the returned function is called. */
  subscribe(channel: string, handler: Handler): () => void;
}

class MemoryBus implements Bus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(channel: string, message: unknown): Promise<void> {
    // A copy, as Redis would deliver: no subscriber shares the publisher's object.
    const copy: unknown = JSON.parse(JSON.stringify(message));
    queueMicrotask(() => this.emitter.emit(channel, copy));
  }

  subscribe(channel: string, handler: Handler): () => void {
    this.emitter.on(channel, handler);
    return () => this.emitter.off(channel, handler);
  }
}

class RedisBus implements Bus {
  private readonly handlers = new Map<string, Set<Handler>>();
  private subscriber: Redis | undefined;

  constructor(
    private readonly url: string,
    private readonly publisher: Redis = connectRedis(url),
  ) {}

  async publish(channel: string, message: unknown): Promise<void> {
    try {
      await this.publisher.publish(channel, JSON.stringify(message));
    } catch (error) {
      // Live updates are a convenience: what they announce is already stored.
      log.warn("could not publish a live update", { error, channel });
    }
  }

  subscribe(channel: string, handler: Handler): () => void {
    const subscriber = this.connectSubscriber();
    let handlers = this.handlers.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.handlers.set(channel, handlers);
      subscriber.subscribe(channel).catch((error: unknown) => {
        log.warn("could not subscribe to live updates", { error, channel });
      });
    }
    handlers.add(handler);
    return () => {
      const current = this.handlers.get(channel);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(channel);
      subscriber.unsubscribe(channel).catch(() => {});
    };
  }

  private connectSubscriber(): Redis {
    if (this.subscriber) return this.subscriber;
    // A connection in subscriber mode can do nothing else, so it is its own.
    // Its commands wait for a connection rather than time out, and ioredis
    // subscribes again by itself after a reconnect.
    const subscriber = new Redis(this.url, { maxRetriesPerRequest: null });
    subscriber.on("error", () => {});
    subscriber.on("message", (channel: string, text: string) => {
      const handlers = this.handlers.get(channel);
      if (!handlers) return;
      let message: unknown;
      try {
        message = JSON.parse(text);
      } catch {
        return;
      }
      for (const handler of handlers) handler(message);
    });
    this.subscriber = subscriber;
    return subscriber;
  }
}

const store = globalThis as typeof globalThis & { __uniChatBus?: Bus };

/** The process's bus, shared by every module graph of the server. */
export function bus(): Bus {
  store.__uniChatBus ??= busFromEnv();
  return store.__uniChatBus;
}

function busFromEnv(): Bus {
  return createBus(env().REDIS_URL);
}

/** A bus through the Redis at `redisUrl`, or within this process without one. */
export function createBus(redisUrl: string | undefined): Bus {
  return redisUrl ? new RedisBus(redisUrl) : new MemoryBus();
}
