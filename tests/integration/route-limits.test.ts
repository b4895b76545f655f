import { readFileSync } from "node:fs";
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { createConversation } from "../support/chat";
import type { Client } from "../support/http";
import { createUser, signedIn, signedInAdmin } from "../support/users";

const WINDOW_MS = 60_000;
/** More than a burst of requests takes here, even on a busy machine. */
const BURST_ROOM_MS = 20_000;

/**
 * Waits, when the minute is nearly over, for the next one. The limits count
 * in a sliding window that weighs the minute before as if its requests were
 * spread evenly; a burst that crosses the minute is therefore forgiven a
 * few, which is right for people and wrong for an exact count.
 */
async function clearOfWindowEdge(): Promise<void> {
  const left = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (left < BURST_ROOM_MS) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** Sends `count` requests, ten at a time, and returns their statuses with the first 429. */
async function hammer(count: number, request: () => Promise<Response>) {
  await clearOfWindowEdge();
  const statuses: number[] = [];
  let refused: Response | undefined;
  for (let sent = 0; sent < count; sent += 10) {
    const batch = await Promise.all(Array.from({ length: Math.min(10, count - sent) }, request));
    for (const response of batch) {
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
      else await response.body?.cancel();
    }
  }
  return { statuses, refused };
}

async function expectLimited(limit: number, request: () => Promise<Response>) {
  const { statuses, refused } = await hammer(limit + 10, request);
  expect(statuses.filter((status) => status !== 429).length).toBeLessThanOrEqual(limit);
  expect(refused).toBeDefined();
  const headers = refused?.headers;
  const retryAfter = Number(headers?.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(headers?.get("ratelimit-limit")).toBe(String(limit));
  expect(headers?.get("ratelimit-remaining")).toBe("0");
  expect(headers?.get("ratelimit-reset")).toBe(String(retryAfter));
  expect(headers?.get("ratelimit-policy")).toBe(`${limit};w=60`);
  if (!refused) return;
  const body = (await refused.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("rate_limited");
  expect(body.error.message).toMatch(/try again in \d+ seconds?/i);
}

function upload(client: Client, name: string) {
  const form = new FormData();
  form.set("file", new Blob(["some notes"], { type: "text/plain" }), name);
  return client.fetch("/api/files", { method: "POST", body: form });
}

const missingId = () => new Types.ObjectId().toString();

/** The id the production build gave a server action, as the browser sends it in `Next-Action`. */
function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.filename === filename && action.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}`);
  return found[0];
}

/** Calls a server action as the page's form would; its result comes back in the RSC payload. */
async function callAction(client: Client, id: string, args: unknown[]): Promise<Response> {
  const response = await client.fetch("/chat", {
    method: "POST",
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
    body: JSON.stringify(args),
  });
  // The action answers 200 whatever its outcome; the code is in the payload.
  const text = await response.text();
  const code = /"code":"(\w+)"/.exec(text)?.[1] ?? "ok";
  return new Response(null, { status: code === "rate_limited" ? 429 : response.status });
}

// Each test may first wait out the end of a minute (clearOfWindowEdge).
describe("rate limits beyond sign-in and model calls", { timeout: 90_000 }, () => {
  it("ordinary use meets none of them", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const conversation = await createConversation(user);
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const folder = await client.json("/api/folders", "POST", { name: `Folder ${i}` });
      statuses.push(folder.status);
      const { id } = (await folder.json()) as { id: string };
      statuses.push((await client.json(`/api/folders/${id}`, "DELETE")).status);
      statuses.push((await client.fetch(`/api/conversations?q=word${i}`)).status);
    }
    for (let i = 0; i < 5; i++) statuses.push((await upload(client, `notes-${i}.txt`)).status);
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await client.fetch(`/api/conversations/${conversation}/export?format=md`)).status,
      );
    }
    expect(statuses.filter((status) => status >= 400)).toEqual([]);
  });

  it("limits an account's changes to 120 a minute", async () => {
    const client = await signedIn(await createUser());
    await expectLimited(120, () => client.json(`/api/folders/${missingId()}`, "DELETE"));
  });

  it("counts server actions against the same 120 changes a minute", async () => {
    const client = await signedIn(await createUser());
    const id = actionId("app/(app)/chat/actions.ts", "deleteFolderAction");
    const { statuses, refused } = await hammer(130, () => callAction(client, id, [missingId()]));
    expect(statuses.filter((status) => status !== 429).length).toBeLessThanOrEqual(120);
    expect(statuses.filter((status) => status !== 429).length).toBeGreaterThanOrEqual(100);
    expect(refused).toBeDefined();
  });

  it("limits uploads to 30 a minute", async () => {
    const client = await signedIn(await createUser());
    await expectLimited(30, () => upload(client, "notes.txt"));
  });

  it("limits searches to 60 a minute, and plain pages not at all", async () => {
    const client = await signedIn(await createUser());
    await expectLimited(60, () => client.fetch("/api/conversations?q=needle"));
    expect((await client.fetch("/api/conversations")).status).toBe(200);
  });

  it("limits exports to 20 a minute", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const conversation = await createConversation(user);
    await expectLimited(20, () =>
      client.fetch(`/api/conversations/${conversation}/export?format=json`),
    );
  });

  it("limits an admin's requests to 300 a minute", async () => {
    const admin = await signedInAdmin();
    await expectLimited(300, () => admin.fetch(`/api/admin/users/${missingId()}`));
  });
});
