import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { requireAdmin } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { bearerKey } from "@/lib/keys/bearer";

/** Compares digests, which have one length, so the time taken says nothing about the token. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

async function isAdmin(): Promise<boolean> {
  try {
    await requireAdmin({ apiKey: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Who may read the metrics: a scraper with METRICS_TOKEN, or an admin
 * (session or API key). Everyone else gets a 401 when a token is configured
 * (a scraper must be told its token is wrong) and a 404 when none is: the
 * endpoint then does not reveal that it exists.
 */
export async function assertMayScrape(req: Request): Promise<void> {
  const token = env().METRICS_TOKEN;
  const given = bearerKey(req.headers);
  if (token && given !== null && sameSecret(given, token)) return;
  if (await isAdmin()) return;
  if (token) {
    throw AppError.unauthorized("Send the metrics token as a Bearer token.").withHeaders({
      "WWW-Authenticate": 'Bearer realm="metrics"',
    });
  }
  // The very answer of a path that does not exist.
  throw new AppError("not_found", 404, "There is no API route at this path.");
}
