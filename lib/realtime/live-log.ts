/** A chunk of a live stream: a `text-delta` carries text that may be joined to the one before. */
export interface LiveChunk {
  type: string;
  delta?: string;
}

/** Joins two consecutive text deltas of the same part, or returns null when they stay apart. */
export type JoinChunks<T extends LiveChunk> = (last: T, next: T) => T | null;

/**
 * Text is joined into entries of about this many characters: a reader
 * rereads the end of the last entry each time, so a long answer must not
 * be one ever-growing string.
 */
const MAX_JOINED = 4_096;

/** Where a reader is: the entry it reads next, and how much of that entry's text it already had. */
interface Position {
  index: number;
  sent: number;
}

function isText(chunk: LiveChunk): chunk is LiveChunk & { delta: string } {
  return chunk.type === "text-delta" && typeof chunk.delta === "string";
}

/**
 * What a running stream has said so far, in memory, so any number of readers
 * can replay it from its start and then follow it. Consecutive text is joined
 * as it arrives, so the log holds about one entry per part however many
 * tokens came, and a reader that falls behind gets fewer, larger chunks. The
 * writer never waits for a reader.
 */
export class LiveLog<T extends LiveChunk> {
  private readonly entries: T[] = [];
  private readonly wakers = new Set<() => void>();
  private ended = false;

  constructor(private readonly join: JoinChunks<T>) {}

  append(chunk: T): void {
    if (this.ended) return;
    const last = this.entries.at(-1);
    const full = last !== undefined && isText(last) && last.delta.length >= MAX_JOINED;
    const joined = last === undefined || full ? null : this.join(last, chunk);
    if (joined === null) this.entries.push(chunk);
    else this.entries[this.entries.length - 1] = joined;
    this.wake();
  }

  end(): void {
    this.ended = true;
    this.wake();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Everything from the start, then each new chunk, until the end. */
  read(): ReadableStream<T> {
    const position: Position = { index: 0, sent: 0 };
    let waker: (() => void) | undefined;
    return new ReadableStream<T>({
      pull: async (controller) => {
        for (;;) {
          const chunks = this.since(position);
          if (chunks.length > 0) {
            for (const chunk of chunks) controller.enqueue(chunk);
            return;
          }
          if (this.ended) {
            controller.close();
            return;
          }
          await new Promise<void>((resolve) => {
            waker = resolve;
            this.wakers.add(resolve);
          });
        }
      },
      cancel: () => {
        if (waker) this.wakers.delete(waker);
      },
    });
  }

  /** What the reader at `position` has not had yet; moves it to the end. */
  private since(position: Position): T[] {
    const out: T[] = [];
    for (let index = position.index; index < this.entries.length; index++) {
      const entry = this.entries[index] as T;
      const sent = index === position.index ? position.sent : 0;
      if (!isText(entry)) {
        out.push(entry);
      } else if (entry.delta.length > sent) {
        out.push(sent === 0 ? entry : { ...entry, delta: entry.delta.slice(sent) });
      }
    }
    // The last entry may still grow if it is text: read it again from where this reader stopped.
    const last = this.entries.at(-1);
    if (last !== undefined && isText(last)) {
      position.index = this.entries.length - 1;
      position.sent = last.delta.length;
    } else {
      position.index = this.entries.length;
      position.sent = 0;
    }
    return out;
  }

  private wake(): void {
    const wakers = [...this.wakers];
    this.wakers.clear();
    for (const wake of wakers) wake();
  }
}
