type Schedule = (run: () => void) => number;
type Cancel = (handle: number) => void;

/**
 * Collects items and hands them over once per animation frame: a fast
 * stream sends many deltas a frame, and rendering each would waste the
 * frame on work nobody sees.
 */
export function createFrameBatcher<T>(
  flush: (items: T[]) => void,
  schedule: Schedule = (run) => requestAnimationFrame(run),
  cancel: Cancel = (handle) => cancelAnimationFrame(handle),
) {
  let pending: T[] = [];
  let handle: number | null = null;

  const flushNow = () => {
    if (handle !== null) cancel(handle);
    handle = null;
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    flush(items);
  };

  return {
    push(item: T) {
      pending.push(item);
      if (handle === null)
        handle = schedule(() => {
          handle = null;
          flushNow();
        });
    },
    /** Hands over what is waiting now, e.g. when the stream ends. */
    flushNow,
    /** Drops what is waiting, e.g. when the page goes away. */
    cancel() {
      if (handle !== null) cancel(handle);
      handle = null;
      pending = [];
    },
  };
}
