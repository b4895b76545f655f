import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppServer } from "../setup/app";
import { type RedisServer, startRedis } from "../setup/redis";
import { createKey, withKey } from "../support/api-keys";
import { readArenaStream } from "../support/arena-stream";
import { createConversation, sendAndRead } from "../support/chat";
import { Client } from "../support/http";
import { LiveEvents } from "../support/live-events";
import { OwnApps } from "../support/own-app";
import { banUser, createUser, signedIn, signedInAdmin, type TestUser } from "../support/users";

const NEW_PASSWORD = "Another-horse-7";

const open: LiveEvents[] = [];
async function listen(client: Client, headers: Record<string, string> = {}): Promise<LiveEvents> {
  const channel = await LiveEvents.open(client, headers);
  open.push(channel);
  expect(channel.response.status).toBe(200);
  expect(channel.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  return channel;
}
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});

async function account(): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser();
  return { user, client: await signedIn(user) };
}

async function json<T>(response: Response, status = 200): Promise<T> {
  expect(response.status).toBe(status);
  return (await response.json()) as T;
}

function rename(client: Client, id: string, title: string) {
  return client.json(`/api/conversations/${id}`, "PATCH", { title });
}

function about(id: string) {
  return (event: { data: Record<string, unknown> }) =>
    event.data.conversationId === id || event.data.sessionId === id || event.data.imageId === id;
}

describe("who may listen", () => {
  it("refuses anonymous callers (401), API keys (403) and banned accounts (403)", async () => {
    const anonymous = await LiveEvents.open(new Client());
    expect(anonymous.response.status).toBe(401);

    const { user, client } = await account();
    const { secret } = await createKey(client);
    const byKey = await withKey(secret)("/api/events");
    expect(byKey.status).toBe(403);

    await banUser(user);
    const banned = await LiveEvents.open(client);
    expect(banned.response.status).toBe(403);
    expect((await banned.response.json()) as unknown).toMatchObject({ error: { code: "banned" } });
  });
});

describe("what each account hears", () => {
  it("tells the owner every change to their conversations, and nobody else", async () => {
    const owner = await account();
    const other = await account();
    const admin = await signedInAdmin();
    const [mine, theirs, admins] = await Promise.all([
      listen(owner.client),
      listen(other.client),
      listen(admin),
    ]);

    const { id } = await json<{ id: string }>(
      await owner.client.json("/api/conversations", "POST", { title: "Plans" }),
      201,
    );
    await mine.next(about(id), "the creation");
    expect((await rename(owner.client, id, "Renamed")).status).toBe(200);
    const folder = await json<{ id: string }>(
      await owner.client.json("/api/folders", "POST", { name: "Work" }),
      201,
    );
    const patch = (body: Record<string, unknown>) =>
      owner.client.json(`/api/conversations/${id}`, "PATCH", body);
    expect((await patch({ folderId: folder.id })).status).toBe(200);
    expect((await patch({ isArchived: true })).status).toBe(200);
    expect(
      (await owner.client.fetch(`/api/conversations/${id}`, { method: "DELETE" })).status,
    ).toBe(204);
    await mine.next((event) => event.event === "conversation.deleted", "the deletion");
    expect(mine.events.map((event) => [event.event, event.data])).toEqual([
      ...Array.from({ length: 4 }, () => ["conversation.updated", { conversationId: id }]),
      ["conversation.deleted", { conversationId: id }],
    ]);
    // Ids grow, so a reconnecting tab can say where it stopped.
    expect([...mine.ids].sort(compareIds)).toEqual(mine.ids);
    expect(new Set(mine.ids).size).toBe(mine.ids.length);

    // The admin hears their own changes only.
    const own = await json<{ id: string }>(
      await admin.json("/api/conversations", "POST", { title: "Admin's" }),
      201,
    );
    await admins.next(about(own.id), "the admin's own event");
    expect(admins.events.map((event) => event.data)).toEqual([{ conversationId: own.id }]);
    expect(theirs.events).toEqual([]);
    expect(mine.events.some(about(own.id))).toBe(false);
  });

  it("announces an answer's start and end, an image, and a comparison's turn", async () => {
    const owner = await account();
    const other = await account();
    const [mine, theirs] = await Promise.all([listen(owner.client), listen(other.client)]);

    const conversationId = await createConversation(owner.user);
    const answer = await sendAndRead(owner.client, conversationId, { content: "hello there" });
    const messageId = answer.messageId ?? "";
    const finished = await mine.next(
      (event) => event.event === "message.finished",
      "the answer's end",
    );
    expect(mine.of("message.started").map((event) => event.data)).toEqual([
      { conversationId, messageId },
    ]);
    expect(finished.data).toEqual({
      conversationId,
      messageId,
      status: "complete",
      preview: answer.text.trim().slice(0, 140),
    });

    const image = await json<{ id: string }>(
      await owner.client.json("/api/images", "POST", {
        prompt: "a lighthouse",
        modelId: "fake/image",
      }),
      201,
    );
    const imageEvent = await mine.next(about(image.id), "the image's end");
    expect(imageEvent).toMatchObject({
      event: "image.finished",
      data: { imageId: image.id, status: "complete", preview: "a lighthouse" },
    });

    const session = await json<{ id: string }>(
      await owner.client.json("/api/arena/sessions", "POST", {
        panels: [{ modelId: "fake/echo" }, { modelId: "fake/echo" }],
      }),
      201,
    );
    const turn = await owner.client.json(`/api/arena/sessions/${session.id}/messages`, "POST", {
      content: "compare",
    });
    expect(turn.status).toBe(200);
    await readArenaStream(turn);
    const arenaEvent = await mine.next(about(session.id), "the comparison's end");
    expect(arenaEvent.event).toBe("arena.finished");

    expect(theirs.events).toEqual([]);
  });
});

describe("a reconnecting tab", () => {
  it("gets what it missed since its Last-Event-ID, and a new tab only what comes next", async () => {
    const { user, client } = await account();
    const id = await createConversation(user);
    const first = await listen(client);
    expect((await rename(client, id, "One")).status).toBe(200);
    const seen = await first.next(about(id), "the first rename");
    first.close();

    expect((await rename(client, id, "Two")).status).toBe(200);
    expect((await rename(client, id, "Three")).status).toBe(200);
    const back = await listen(client, { "last-event-id": seen.id });
    const fresh = await listen(client);
    await back.received(2, "the missed events");
    expect(back.events.every(about(id))).toBe(true);
    expect(back.ids.every((missed) => compareIds(missed, seen.id) > 0)).toBe(true);

    expect((await rename(client, id, "Four")).status).toBe(200);
    await fresh.next(about(id), "the next rename");
    await back.received(3, "the next rename, live");
    expect(fresh.events).toHaveLength(1);
    expect(fresh.events[0]?.id).toBe(back.events[2]?.id);
  });
});

describe("account changes end the open tabs", () => {
  it("a ban signs the tab out at once, saying why, and ends its stream", async () => {
    const target = await account();
    const bystander = await account();
    const admin = await signedInAdmin();
    const [targets, bystanders] = await Promise.all([
      listen(target.client),
      listen(bystander.client),
    ]);
    const ban = await admin.json(`/api/admin/users/${target.user.id}/ban`, "POST", {
      reason: "Spamming the models",
    });
    expect(ban.status).toBe(200);
    const signedOut = await targets.next(
      (event) => event.event === "account.signed_out",
      "the ban",
    );
    expect(signedOut.data).toEqual({ reason: "banned" });
    await targets.next(() => targets.ended, "the end of the stream");
    expect(bystanders.events).toEqual([]);
    expect(bystanders.ended).toBe(false);
  });

  it("a sign-out ends that session's tabs only", async () => {
    const { user, client } = await account();
    const elsewhere = await signedIn(user);
    const [leaving, staying] = await Promise.all([listen(client), listen(elsewhere)]);
    await client.signOut();
    const signedOut = await leaving.next(
      (event) => event.event === "account.signed_out",
      "the sign-out",
    );
    expect(signedOut.data).toEqual({ reason: "signed_out" });
    await leaving.next(() => leaving.ended, "the end of the stream");

    const id = await createConversation(user);
    expect((await rename(elsewhere, id, "Still here")).status).toBe(200);
    await staying.next(about(id), "a later event");
    expect(staying.of("account.signed_out")).toEqual([]);
    expect(staying.ended).toBe(false);
  });

  it("a password change ends the other sessions' tabs, not the one that changed it", async () => {
    const { user, client } = await account();
    const elsewhere = await signedIn(user);
    const [changing, other] = await Promise.all([listen(client), listen(elsewhere)]);
    const changed = await client.json("/api/users/me/password", "POST", {
      currentPassword: user.password,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    const signedOut = await other.next(
      (event) => event.event === "account.signed_out",
      "the password change",
    );
    expect(signedOut.data).toEqual({ reason: "password_changed" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changing.events).toEqual([]);
    expect(changing.ended).toBe(false);
  });

  it("a role change and an admin's revocation end the tabs, saying which", async () => {
    const admin = await signedInAdmin();
    for (const [action, body, reason] of [
      ["role", { role: "admin" }, "role_changed"],
      ["revoke", {}, "revoked"],
    ] as const) {
      const { user, client } = await account();
      const tabs = await listen(client);
      const done = await admin.json(`/api/admin/users/${user.id}/${action}`, "POST", body);
      expect(done.status).toBe(200);
      const signedOut = await tabs.next((event) => event.event === "account.signed_out", action);
      expect(signedOut.data).toEqual({ reason });
    }
  });
});

describe("apps of their own", () => {
  const own = new OwnApps();
  let redis: RedisServer;
  let first: AppServer;
  let second: AppServer;

  async function ownApp(env: Record<string, string>): Promise<AppServer> {
    return own.start({
      MONGODB_URI: inject("mongoUri"),
      DATA_DIR: await own.folder(),
      EVENTS_HEARTBEAT_MS: "300",
      ...env,
    });
  }

  beforeAll(async () => {
    redis = await startRedis();
    [first, second] = await Promise.all([
      ownApp({ REDIS_URL: redis.url }),
      ownApp({ REDIS_URL: redis.url }),
    ]);
  });
  afterAll(async () => {
    await own.cleanUp();
    await redis.stop();
  });

  it("carries events from one instance to a tab on another through Redis, with heartbeats", async () => {
    const user = await createUser();
    const onFirst = new Client(first.url);
    const onSecond = new Client(second.url);
    expect((await onFirst.signIn(user.email, user.password)).ok).toBe(true);
    expect((await onSecond.signIn(user.email, user.password)).ok).toBe(true);
    const tab = await listen(onSecond);

    const id = await createConversation(user);
    expect((await rename(onFirst, id, "Across")).status).toBe(200);
    const event = await tab.next(about(id), "the rename from the other instance");
    expect(event.event).toBe("conversation.updated");
    await tab.next(() => tab.comments.filter((c) => c === "heartbeat").length >= 2, "heartbeats");

    // A reconnect to the first instance gets what the second one sent meanwhile.
    tab.close();
    expect((await rename(onFirst, id, "Missed")).status).toBe(200);
    const back = await listen(onFirst, { "last-event-id": event.id });
    await back.next(about(id), "the missed rename");
    expect(back.events).toHaveLength(1);

    // A ban made on one instance ends the tab on the other.
    const admin = new Client(first.url);
    const adminUser = await createUser({ role: "admin" });
    expect((await admin.signIn(adminUser.email, adminUser.password)).ok).toBe(true);
    const again = await listen(onSecond);
    expect(
      (await admin.json(`/api/admin/users/${user.id}/ban`, "POST", { reason: "x" })).status,
    ).toBe(200);
    const signedOut = await again.next((e) => e.event === "account.signed_out", "the ban");
    expect(signedOut.data).toEqual({ reason: "banned" });
  });

  it("without Redis, keeps and replays events within the one instance", async () => {
    const alone = await ownApp({});
    const user = await createUser();
    const client = new Client(alone.url);
    expect((await client.signIn(user.email, user.password)).ok).toBe(true);
    const id = await createConversation(user);
    const tab = await listen(client);
    expect((await rename(client, id, "Alone")).status).toBe(200);
    const seen = await tab.next(about(id), "the rename");
    await tab.next(() => tab.comments.includes("heartbeat"), "a heartbeat");
    tab.close();

    expect((await rename(client, id, "Missed")).status).toBe(200);
    const back = await listen(client, { "last-event-id": seen.id });
    await back.received(1, "the missed rename");
    expect(compareIds(back.ids[0] ?? "", seen.id)).toBeGreaterThan(0);
  }, 90_000);
});

/** Orders event ids (`<ms>-<seq>`). */
function compareIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split("-").map(Number);
  const [bMs = 0, bSeq = 0] = b.split("-").map(Number);
  return aMs - bMs || aSeq - bSeq;
}
