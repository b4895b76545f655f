import { createHash } from "node:crypto";
import { Redis } from "ioredis";

type ScriptArgs = (string | number)[];

/**
 * The part of a Redis client that @upstash/ratelimit's single-region
 * limiter calls when analytics, deny lists and dynamic limits are off:
 * EVALSHA, and EVAL when the answer says NOSCRIPT.
 */
export interface ScriptRedis {
  eval(script: string, keys: string[], args: ScriptArgs): Promise<unknown>;
  evalsha(sha1: string, keys: string[], args: ScriptArgs): Promise<unknown>;
}

// @upstash/ratelimit 2.1+ starts its scripts with this Upstash-only flag;
// Redis refuses it ("Unexpected flag in script shebang"), and without it the
// script runs as it did before 2.1.
const UPSTASH_ONLY_SHEBANG = /^#!lua flags=allow-key-locking\r?\n/;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** Connects with short retries so a Redis outage fails a check quickly instead of queueing it. */
export function connectRedis(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1_000 });
  // Failures surface on each command, where the limiter logs them; without a
  // listener ioredis would print every reconnect attempt.
  client.on("error", () => {});
  return client;
}

export function ioredisAdapter(client: Redis): ScriptRedis {
  // The library names scripts by the SHA-1 of its own text, Redis by the
  // SHA-1 of the text we actually sent.
  const loaded = new Map<string, string>();
  return {
    async evalsha(sha, keys, args) {
      const ours = loaded.get(sha);
      // The library answers NOSCRIPT by sending the script with EVAL.
      if (!ours) throw new Error("NOSCRIPT this adapter has not sent that script yet");
      return client.evalsha(ours, keys.length, ...keys, ...args);
    },
    async eval(script, keys, args) {
      const portable = script.replace(UPSTASH_ONLY_SHEBANG, "");
      const result = await client.eval(portable, keys.length, ...keys, ...args);
      loaded.set(sha1(script), sha1(portable));
      return result;
    },
  };
}
