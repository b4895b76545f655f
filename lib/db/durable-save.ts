import { setTimeout as sleep } from "node:timers/promises";
import { isDatabaseUnavailable, isDuplicateKey } from "@/lib/errors";
import { log } from "@/lib/log";
import { holdShutdownFor } from "@/lib/server/drain";

/** Runs one write, again and again while the database cannot be reached. */
export type Write = <T>(write: () => Promise<T>) => Promise<T>;

/** Each write once, as it comes: for callers that keep nothing for later. */
export const writeOnce: Write = (run) => run();

/** What a save is about, as its log lines name it: its user, message, conversation… */
type SaveIds = Record<string, string>;

/**
 * How long a save waits for the database before it is given up: long enough
 * for a restart (the embedded database comes back within seconds, a replica
 * set elects a new primary within a minute), short enough that a process
 * does not hold an outage's answers in memory for ever.
 */
const KEEP_FOR_MS = 5 * 60_000;
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 5_000;

// On globalThis: the app's route bundles and the recovery pass share one set.
const store = globalThis as typeof globalThis & { __uniChatKeptSaves?: Set<SaveIds> };
store.__uniChatKeptSaves ??= new Set();
const kept = store.__uniChatKeptSaves;

/**
 * Runs the last writes of something a user already saw (an answer, its
 * usage) so that a database that is away for a while loses nothing. While
 * the database answers, this is the writes and their errors, as if called
 * directly. When it cannot be reached, the save is kept in memory and each
 * write is retried, with backoff, until it goes through or KEEP_FOR_MS
 * passes; the promise then resolves at once, so the user hears that the
 * answer is done, and the save finishes when the database is back. A write
 * that went through is never repeated: `save` wraps each write (or each
 * group of writes that may be repeated together) in `write`. A save given
 * up is logged as "<what> lost" with its ids.
 */
export function saveDurably(
  what: string,
  ids: SaveIds,
  save: (write: Write) => Promise<void>,
): Promise<void> {
  const deadline = Date.now() + KEEP_FOR_MS;
  let keep = () => {};
  const keeping = new Promise<void>((resolve) => {
    keep = () => {
      if (kept.has(ids)) return;
      kept.add(ids);
      log.warn(`the database cannot be reached: ${what} kept in memory until it is back`, ids);
      resolve();
    };
  });
  const write: Write = async (run) => {
    let retryMs = FIRST_RETRY_MS;
    for (;;) {
      try {
        return await run();
      } catch (error) {
        if (!isDatabaseUnavailable(error) || Date.now() + retryMs > deadline) throw error;
        keep();
        await sleep(retryMs);
        retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
      }
    }
  };
  // A shutdown waits for it too, for as long as it waits for anything.
  const saving = holdShutdownFor(save(write)).then(
    () => {
      if (kept.delete(ids)) log.info(`${what} saved: the database is back`, ids);
    },
    (error: unknown) => {
      if (!kept.delete(ids)) throw error;
      log.error(`${what} lost`, { ...ids, error });
    },
  );
  return Promise.race([saving, keeping]);
}

/** Whether this process holds a save for the message (or held call) until the database is back. */
export function isKept(id: string): boolean {
  for (const ids of kept) if (ids.messageId === id || ids.callId === id) return true;
  return false;
}

/**
 * An insert of a document with an id of its own, made safe to repeat: an
 * attempt whose reply was lost may have stored it, and then the next one
 * finds it there.
 */
export async function insertOnce(insert: () => Promise<unknown>): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}
