import { env } from "@/lib/env";

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * The client's address as our trusted proxies saw it. server.ts appends the
 * socket peer to X-Forwarded-For, so counting from the right passes over only
 * entries that our own proxies wrote; anything further left came from the
 * client and may be forged.
 */
export function clientAddress(headers: Headers, trustedHops = env().TRUSTED_PROXY_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const chosen = entries[Math.max(0, entries.length - 1 - trustedHops)];
  if (!chosen) return "unknown";
  // One client must get one key whichever spelling its address arrives in.
  const address = chosen.toLowerCase();
  return IPV4_MAPPED.exec(address)?.[1] ?? address;
}
