export interface WindowHit {
  success: boolean;
  remaining: number;
  /** When the current window ends, in ms since the epoch. */
  reset: number;
}

interface Counter {
  window: number;
  current: number;
  previous: number;
}

/**
 * Sliding-window counters in process memory. It uses the same two-bucket
 * approximation as @upstash/ratelimit's slidingWindow so that switching
 * between Redis and memory does not change who gets limited.
 */
export class MemoryWindow {
  private readonly counters = new Map<string, Counter>();
  private nextSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    // Bounds memory when someone sprays fresh keys (addresses, emails).
    private readonly maxKeys = 50_000,
  ) {}

  get size(): number {
    return this.counters.size;
  }

  hit(key: string, now = Date.now()): WindowHit {
    this.sweep(now);
    const window = Math.floor(now / this.windowMs);
    const counter = this.touch(key, window);
    const reset = (window + 1) * this.windowMs;
    const elapsed = (now % this.windowMs) / this.windowMs;
    const previous = Math.floor((1 - elapsed) * counter.previous);
    // Like the Redis script, a refused request is not counted.
    if (previous + counter.current >= this.limit) return { success: false, remaining: 0, reset };
    counter.current += 1;
    return { success: true, remaining: this.limit - previous - counter.current, reset };
  }

  /** Gives back one request counted earlier (a sign-in that turned out right). */
  refund(key: string, now = Date.now()): void {
    const counter = this.counters.get(key);
    if (!counter) return;
    const window = Math.floor(now / this.windowMs);
    // Counted in this window, or in the one before if the counter has not rolled yet.
    if (counter.window >= window - 1 && counter.current > 0) counter.current -= 1;
    else if (counter.window === window && counter.previous > 0) counter.previous -= 1;
  }

  /** Forgets the key's count. */
  clear(key: string): void {
    this.counters.delete(key);
  }

  /** Returns the key's counter rolled to `window`, moved to the most recently used end. */
  private touch(key: string, window: number): Counter {
    const found = this.counters.get(key);
    this.counters.delete(key);
    const previous = found?.window === window - 1 ? found.current : 0;
    const counter = found?.window === window ? found : { window, current: 0, previous };
    // Map order is least recently used first, so a busy key (an attacker's
    // own address) is never the one evicted by a spray of fresh keys.
    if (this.counters.size >= this.maxKeys) {
      const oldest = this.counters.keys().next();
      if (!oldest.done) this.counters.delete(oldest.value);
    }
    this.counters.set(key, counter);
    return counter;
  }

  /** Drops counters too old to affect any answer, at most once per window. */
  private sweep(now: number) {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.windowMs;
    const window = Math.floor(now / this.windowMs);
    for (const [key, counter] of this.counters) {
      if (counter.window < window - 1) this.counters.delete(key);
    }
  }
}
