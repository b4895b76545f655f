import { Redis } from "ioredis";
import { log } from "@/lib/log";
import type { JoinChunks, LiveChunk } from "./live-log";

const KEY_PREFIX = "uni-chat:live:";
/** How often a running stream's new chunks are added: a bounded pace, never per token. */
const FLUSH_MS = 75;
/** A bound on a stream's length: at the pace above, far more than an answer runs. */
const MAX_ENTRIES = 50_000;
/** A stream whose writer died expires this long after its last write. */
const RUNNING_TTL_S = 15 * 60;
/** A finished stream stays this long for readers that were about to attach. */
const ENDED_TTL_S = 5 * 60;
/** How long a reader waits for a stream that does not exist yet (its writer is just starting). */
const APPEAR_MS = 2_000;
/** How long a reader blocks for news before it asks whether the stream still runs. */
const QUIET_MS = 10_000;

const redisKey = (key: string) => `${KEY_PREFIX}${key}`;

/**
 * Writes a live stream to a Redis stream, so readers on other instances can
 * replay and follow it: the chunks that came since the last write go in one
 * entry, at most every FLUSH_MS, text joined. A failing Redis costs the
 * other instances their view, never the answer itself.
 */
export class RedisLiveWriter<T extends LiveChunk> {
  private pending: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private first = true;

  constructor(
    private readonly client: Redis,
    private readonly key: string,
    private readonly join: JoinChunks<T>,
  ) {}

  write(chunk: T): void {
    const last = this.pending.at(-1);
    const joined = last === undefined ? null : this.join(last, chunk);
    if (joined === null) this.pending.push(chunk);
    else this.pending[this.pending.length - 1] = joined;
    // The first chunk goes at once, so a reader elsewhere finds the stream right away.
    this.timer ??= setTimeout(() => this.flush(false), this.first ? 0 : FLUSH_MS);
    this.first = false;
  }

  /** Writes what is left with the end mark; resolves once Redis has it (or failed). */
  end(): Promise<void> {
    this.flush(true);
    return this.writing;
  }

  private flush(end: boolean): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const chunks = this.pending;
    this.pending = [];
    if (chunks.length === 0 && !end) return;
    const key = redisKey(this.key);
    const fields = ["c", JSON.stringify(chunks), ...(end ? ["end", "1"] : [])];
    this.writing = this.writing.then(() =>
      this.client
        .multi()
        .xadd(key, "MAXLEN", "~", MAX_ENTRIES, "*", ...fields)
        .expire(key, end ? ENDED_TTL_S : RUNNING_TTL_S)
        .exec()
        .then(
          () => undefined,
          (error: unknown) => log.warn("could not share a live stream", { error, key: this.key }),
        ),
    );
  }
}

type StreamEntry = [id: string, fields: string[]];

function parseEntry<T>(fields: string[]): { chunks: T[]; end: boolean } {
  const values = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) values.set(fields[i] ?? "", fields[i + 1] ?? "");
  let chunks: T[] = [];
  try {
    chunks = JSON.parse(values.get("c") ?? "[]") as T[];
  } catch {}
  return { chunks, end: values.get("end") === "1" };
}

/**
 * Replays a live stream written on another instance from its start, then
 * follows it, on a connection of the reader's own (a blocking read holds
 * its connection). Null when there is no such stream. A stream that falls
 * quiet is asked about through `isRunning`: a writer that died leaves no end mark.
 */
export async function readRedisLive<T>(
  url: string,
  key: string,
  isRunning: () => Promise<boolean>,
): Promise<ReadableStream<T> | null> {
  const client = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  client.on("error", () => {});
  const close = () => client.disconnect();
  const stream = redisKey(key);
  let lastId = "0";

  const read = async (blockMs: number): Promise<StreamEntry[] | null> => {
    const answer = await client.xread("BLOCK", blockMs, "STREAMS", stream, lastId);
    const entries = (answer?.[0]?.[1] ?? null) as StreamEntry[] | null;
    const last = entries?.at(-1);
    if (last) lastId = last[0];
    return entries;
  };

  let first: StreamEntry[] | null;
  try {
    await client.connect();
    first = await read(APPEAR_MS);
  } catch (error) {
    log.warn("could not read a live stream", { error, key });
    close();
    return null;
  }
  if (!first) {
    close();
    return null;
  }

  let pending: StreamEntry[] | null = first;
  return new ReadableStream<T>({
    pull: async (controller) => {
      try {
        for (;;) {
          const entries: StreamEntry[] | null = pending ?? (await read(QUIET_MS));
          pending = null;
          if (!entries) {
            if (await isRunning()) continue;
            controller.close();
            close();
            return;
          }
          let sent = 0;
          let ended = false;
          for (const [, fields] of entries) {
            const { chunks, end } = parseEntry<T>(fields);
            for (const chunk of chunks) controller.enqueue(chunk);
            sent += chunks.length;
            ended ||= end;
          }
          if (ended) {
            controller.close();
            close();
            return;
          }
          // A pull must give something or the reader waits for good.
          if (sent > 0) return;
        }
      } catch (error) {
        close();
        controller.error(error);
      }
    },
    cancel: close,
  });
}
