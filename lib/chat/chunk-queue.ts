/**
 * A one-reader queue between a reply being generated and the response that
 * streams it. The generator never waits for the reader: when the browser
 * goes away the reader detaches, and generation runs on to the end.
 */
export class ChunkQueue<T> {
  /**
   * @param merge joins a chunk into the one still waiting before it, or
   *   returns null when they must stay apart. When the reader falls behind,
   *   many small chunks go out as a few larger ones.
   */
  constructor(private readonly merge: (waiting: T, next: T) => T | null = () => null) {}

  private items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private closed = false;
  private detached = false;

  push(item: T): void {
    if (this.closed || this.detached) return;
    if (this.waiting) {
      this.waiting({ value: item, done: false });
      this.waiting = null;
    } else {
      const last = this.items.at(-1);
      const merged = last === undefined ? null : this.merge(last, item);
      if (merged === null) this.items.push(item);
      else this.items[this.items.length - 1] = merged;
    }
  }

  close(): void {
    this.closed = true;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
  }

  /** The reader is gone: stop keeping chunks nobody will read. */
  detach(): void {
    this.detached = true;
    this.items = [];
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  toReadableStream(): ReadableStream<T> {
    return new ReadableStream<T>({
      pull: async (controller) => {
        const result = await this.next();
        if (result.done) controller.close();
        else controller.enqueue(result.value);
      },
      cancel: () => this.detach(),
    });
  }
}
