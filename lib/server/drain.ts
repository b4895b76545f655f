import { AppError } from "@/lib/errors";

/**
 * What a shutdown waits for. Shared through globalThis because server.ts,
 * which drains, runs outside Next's module graph, where the answers run.
 */
interface DrainState {
  /** Aborted when draining starts: long-lived streams end, and their browsers reconnect elsewhere. */
  draining: AbortController;
  /** Aborted when the grace period ends: every answer still running is interrupted. */
  interrupt: AbortController;
  /** Answers running in this process, from the model call to their last write. */
  running: Set<Promise<unknown>>;
  /** How many were still running when the grace period ended. */
  interrupted: number;
}

const store = globalThis as typeof globalThis & { __uniChatDrain?: DrainState };

function state(): DrainState {
  store.__uniChatDrain ??= {
    draining: new AbortController(),
    interrupt: new AbortController(),
    running: new Set(),
    interrupted: 0,
  };
  return store.__uniChatDrain;
}

/** How long a client should wait before trying again elsewhere or here. */
const RETRY_AFTER_SECONDS = 5;

export function isDraining(): boolean {
  return state().draining.signal.aborted;
}

/** Aborted when the server starts shutting down. */
export function drainingSignal(): AbortSignal {
  return state().draining.signal;
}

/** Refuses a new answer once the server is shutting down: 503 with Retry-After. */
export function refuseNewAnswersWhileDraining(): void {
  if (!isDraining()) return;
  throw new AppError(
    "shutting_down",
    503,
    "The server is restarting. Try again in a few seconds.",
  ).withHeaders({ "Retry-After": String(RETRY_AFTER_SECONDS) });
}

/** Aborted when a shutdown's grace period ends; a model call listens to it besides its own Stop. */
export function shutdownSignal(): AbortSignal {
  return state().interrupt.signal;
}

/** Whether an answer that just ended was cut short by a shutdown rather than by its user. */
export function interruptedByShutdown(): boolean {
  return state().interrupt.signal.aborted;
}

/** Counts an answer's work, from its model call to its last write, as something a shutdown waits for. */
export function holdShutdownFor<T>(work: Promise<T>): Promise<T> {
  const { running } = state();
  running.add(work);
  const forget = () => running.delete(work);
  work.then(forget, forget);
  return work;
}

async function settled(running: Set<Promise<unknown>>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const all = Promise.allSettled([...running]).then(() => true);
  const done = await Promise.race([all, timeout]);
  clearTimeout(timer);
  return done;
}

/**
 * Stops taking new answers, lets the running ones finish for `graceMs`,
 * then interrupts the rest, which save what they said as `interrupted` and
 * settle their reservations. Returns how many answers were interrupted.
 */
export async function drainAnswers(graceMs: number): Promise<{ interrupted: number }> {
  const current = state();
  current.draining.abort();
  // The set only shrinks from here: new answers are refused.
  if (!(await settled(current.running, graceMs))) interruptAnswersNow();
  // Their last writes are quick; a database that is down does not hold the exit forever.
  await settled(current.running, 10_000);
  return { interrupted: current.interrupted };
}

/** Ends the grace period now (a second Ctrl-C): what still runs is interrupted at once. */
export function interruptAnswersNow(): void {
  const current = state();
  if (current.interrupt.signal.aborted) return;
  current.interrupted = current.running.size;
  current.interrupt.abort();
}
