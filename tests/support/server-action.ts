import { readFileSync } from "node:fs";
import path from "node:path";
import type { Client } from "./http";

interface ReferenceManifest {
  node: Record<string, { filename?: string; exportedName?: string }>;
}

/** The id the build gave a server action, from the build's own manifest. */
export function actionId(file: string, exportedName: string): string {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(
    readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8"),
  ) as ReferenceManifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${file}`);
  return found[0];
}

/**
 * Calls a server action as the browser does: a POST to the page, naming the
 * action in `Next-Action`, with the session cookie. `origin` null sends no
 * Origin header at all. Returns the status and the raw RSC answer.
 */
export async function callServerAction(
  client: Client,
  page: string,
  id: string,
  args: unknown[],
  origin: string | null = client.baseUrl,
): Promise<{ status: number; text: string }> {
  const headers = new Headers({
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    "next-action": id,
    cookie: client.cookieHeader,
    "x-forwarded-for": client.address,
  });
  if (origin !== null) headers.set("origin", origin);
  const response = await fetch(`${client.baseUrl}${page}`, {
    method: "POST",
    headers,
    body: JSON.stringify(args),
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
}
