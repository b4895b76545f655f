/**
 * A one-reader queue between a reply being generated and the response that
 * streams it. The generator never waits for the reader: when the browser
 * goes away the reader detaches, and generation runs on to the end.
 */
export class ChunkQueue<T> {
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
      this.items.push(item);
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
