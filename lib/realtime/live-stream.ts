import type { Redis } from "ioredis";
import { env } from "@/lib/env";
import { connectRedis } from "@/lib/rate-limit/redis-adapter";
import { type JoinChunks, type LiveChunk, LiveLog } from "./live-log";
import { RedisLiveWriter, readRedisLive } from "./redis-live";

/** A finished stream stays in memory this long, for a reader that was about to attach. */
const KEEP_ENDED_MS = 30_000;

export interface LiveWriter<T> {
  write(chunk: T): void;
  /** The stream is over; what was written stays readable a little longer. */
  end(): void;
  /** This stream from its start, as any other reader gets it. */
  read(): ReadableStream<T>;
}

const store = globalThis as typeof globalThis & {
  __uniChatLive?: Map<string, LiveLog<LiveChunk>>;
  __uniChatLiveRedis?: Redis | null;
};
store.__uniChatLive ??= new Map();
const logs = store.__uniChatLive;

/** The connection live streams are written on; null without REDIS_URL. */
function redisWriter(): Redis | null {
  if (store.__uniChatLiveRedis === undefined) {
    const url = env().REDIS_URL;
    store.__uniChatLiveRedis = url ? connectRedis(url) : null;
  }
  return store.__uniChatLiveRedis;
}

/**
 * Opens the live stream `key` (an answer, an arena turn): what is written
 * is kept in this process for readers here and, with REDIS_URL, in Redis
 * for readers on other instances, so a reload, a second tab or another
 * device can replay it from its start and follow it.
 */
export function openLive<T extends LiveChunk>(key: string, join: JoinChunks<T>): LiveWriter<T> {
  const local = new LiveLog<T>(join);
  logs.set(key, local as unknown as LiveLog<LiveChunk>);
  const client = redisWriter();
  const shared = client ? new RedisLiveWriter<T>(client, key, join) : null;
  return {
    write(chunk) {
      local.append(chunk);
      shared?.write(chunk);
    },
    end() {
      local.end();
      void shared?.end();
      setTimeout(() => {
        if (logs.get(key) === (local as unknown)) logs.delete(key);
      }, KEEP_ENDED_MS).unref();
    },
    read: () => local.read(),
  };
}

/**
 * The live stream `key` replayed from its start and followed to its end:
 * from this process's memory when it runs here, else from Redis. Null when
 * it runs nowhere that this instance can see. `isRunning` is asked when a
 * stream from elsewhere falls quiet, since a dead writer never ends it.
 */
export async function followLive<T extends LiveChunk>(
  key: string,
  isRunning: () => Promise<boolean>,
): Promise<ReadableStream<T> | null> {
  const local = logs.get(key);
  if (local) return (local as unknown as LiveLog<T>).read();
  const url = env().REDIS_URL;
  return url ? readRedisLive<T>(url, key, isRunning) : null;
}
