import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ArenaSessionDto } from "@/lib/arena/dto";
import { estimateTokens } from "@/lib/chat/shared/estimate";
import { connectDb } from "@/lib/db/connect";
import type { ImageJobDto } from "@/lib/images/dto";
import { ArenaMessage } from "@/models/arena-message";
import { GeneratedImage } from "@/models/generated-image";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { type AppServer, startApp } from "../setup/app";
import { type RedisServer, startRedis } from "../setup/redis";
import { waitFor } from "../setup/wait";
import { readArenaStream } from "../support/arena-stream";
import { createConversation, send } from "../support/chat";
import { Client } from "../support/http";
import { expectBooksBalance } from "../support/ledger";
import { readUiStream } from "../support/ui-stream";
import { createUser, type TestUser } from "../support/users";

/**
 * Two instances of the app on one database behind an imagined load
 * balancer, sharing one Redis: what one instance runs, the other can
 * follow and stop.
 */
let redis: RedisServer;
const apps: AppServer[] = [];
const folders: string[] = [];
let user: TestUser;
let onA: Client;
let onB: Client;

async function instance(secret: string): Promise<AppServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "uni-chat-live-"));
  folders.push(dataDir);
  const app = await startApp({
    MONGODB_URI: inject("mongoUri"),
    REDIS_URL: redis.url,
    OPENROUTER_BASE_URL: `${inject("upstreamOrigin")}/api/v1`,
    OPENROUTER_API_KEY: "test-key",
    DATA_DIR: dataDir,
    AUTH_SECRET: secret,
    TRUSTED_PROXY_HOPS: "1",
  });
  apps.push(app);
  return app;
}

async function signedInOn(app: AppServer): Promise<Client> {
  const client = new Client(app.url);
  expect((await client.signIn(user.email, user.password)).ok).toBe(true);
  return client;
}

beforeAll(async () => {
  await connectDb();
  redis = await startRedis();
  const secret = randomBytes(32).toString("base64url");
  const [a, b] = await Promise.all([instance(secret), instance(secret)]);
  user = await createUser();
  onA = await signedInOn(a as AppServer);
  onB = await signedInOn(b as AppServer);
}, 180_000);

afterAll(async () => {
  for (const app of apps) await app.stop().catch(() => {});
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  await redis?.stop();
});

async function ended(messageId: string | undefined) {
  await waitFor(
    async () => (await Message.findById(messageId).lean())?.status !== "streaming",
    "the answer's end",
    20_000,
  );
  const answer = await Message.findById(messageId).lean();
  if (!answer) throw new Error("no answer");
  return answer;
}

const words = (text: string) => text.split(" ").filter(Boolean).length;

describe("an answer running on instance A", () => {
  it("is replayed in full and followed by a reader on instance B", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(onA, id, { content: "over there [[tokens:100]] [[delay:20]]" });
    const original = readUiStream(response);
    let answerId: string | undefined;
    await waitFor(
      async () => {
        const answer = await Message.findOne({ conversation_id: id, status: "streaming" }).lean();
        answerId = answer?._id.toString();
        return (answer?.content.length ?? 0) > 0;
      },
      "a checkpoint",
      15_000,
    );
    const resumed = await onB.fetch(`/api/conversations/${id}/messages/${answerId}/stream`);
    expect(resumed.status).toBe(200);
    const [whole, replay] = await Promise.all([original, readUiStream(resumed)]);

    expect(replay.messageId).toBe(answerId);
    expect(words(replay.text)).toBeGreaterThan(90);
    expect(replay.text).toBe(whole.text);
    expect(replay.finish?.messageMetadata).toEqual(whole.finish?.messageMetadata);
    expect((await ended(answerId)).content).toBe(whole.text);
    expect((await onB.fetch(`/api/conversations/${id}/messages/${answerId}/stream`)).status).toBe(
      204,
    );
    await expectBooksBalance(user.id);
  });

  it("stops within a second of a Stop sent to B, keeping what B showed, billed for what was said", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    // 400 words at 20 ms: eight seconds if nothing stops it.
    const response = await send(onA, id, { content: "stop me [[tokens:400]] [[delay:20]]" });
    let saidAtStop = -1;
    let shown = "";
    const stream = await readUiStream(response, (partial) => {
      if (saidAtStop < 0 && words(partial.text) > 10) {
        saidAtStop = words(partial.text);
        shown = partial.text;
        void onB
          .fetch(`/api/conversations/${id}/messages/${partial.messageId}/stop`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ shown: shown.length }),
          })
          .then((stop) => expect(stop.status).toBe(204));
      }
      return false;
    });

    expect(stream.finish?.messageMetadata).toMatchObject({ finishReason: "stopped" });
    // A second at 20 ms a word is 50 more words; the whole answer would be 400.
    expect(words(stream.text)).toBeLessThan(saidAtStop + 50);
    const answer = await ended(stream.messageId);
    expect(answer.status).toBe("stopped");
    expect(answer.content).toBe(shown);
    const logs = await UsageLog.find({ message_id: answer._id }).lean();
    expect(logs).toHaveLength(1);
    expect(logs[0]?.tokens.completion).toBe(estimateTokens(stream.text));
    await expectBooksBalance(user.id);
  });

  it("is answered once when the same message is sent again to B", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const body = { content: "twice [[tokens:60]] [[delay:20]]", clientId: `b-${Date.now()}` };
    const first = await send(onA, id, body);
    const partial = await readUiStream(first, (stream) => words(stream.text) > 5);
    const again = await readUiStream(await send(onB, id, body));

    expect(again.messageId).toBe(partial.messageId);
    expect(again.text.startsWith(partial.text)).toBe(true);
    expect(again.finish).toBeDefined();
    const answer = await ended(again.messageId);
    expect(answer.content).toBe(again.text);
    expect(await Message.countDocuments({ conversation_id: id })).toBe(2);
    expect(await UsageLog.countDocuments({ message_id: answer._id })).toBe(1);
    await expectBooksBalance(user.id);
  });
});

describe("an arena turn running on instance A", () => {
  async function session(): Promise<ArenaSessionDto> {
    const response = await onA.json("/api/arena/sessions", "POST", {
      panels: [{ modelId: "fake/slow" }, { modelId: "fake/slow" }],
    });
    expect(response.status).toBe(201);
    return (await response.json()) as ArenaSessionDto;
  }

  it("is replayed in full on B, and stopped from B", async () => {
    const { id } = await session();
    const url = `/api/arena/sessions/${id}`;
    const response = await onA.json(`${url}/messages`, "POST", {
      content: "both [[tokens:400]] [[delay:20]]",
    });
    const original = readArenaStream(response);
    let turnId: string | undefined;
    await waitFor(async () => {
      turnId = (
        await ArenaMessage.findOne({ session_id: id, role: "user" }).lean()
      )?._id.toString();
      return turnId !== undefined;
    }, "the turn");
    const replay = readArenaStream(await onB.fetch(`${url}/messages/${turnId}/stream`));
    // Let both panels say something, then stop every panel from B.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await onB.json(`${url}/stop`, "POST", {})).status).toBe(200);

    const [whole, followed] = await Promise.all([original, replay]);
    expect(followed.turnId).toBe(turnId);
    expect(followed.text).toEqual(whole.text);
    expect(followed.replies).toEqual(whole.replies);
    for (const panel of [0, 1]) {
      expect(whole.replies[panel]?.metadata.finishReason).toBe("stopped");
      expect(words(whole.text[panel] ?? "")).toBeLessThan(200);
    }
    const logs = await UsageLog.find({ arena_session_id: id }).lean();
    expect(logs).toHaveLength(2);
    await expectBooksBalance(user.id);
  });
});

describe("an image being made on instance A", () => {
  it("is listed on B and stopped from B within a second; nothing is kept", async () => {
    const clientId = randomBytes(8).toString("hex");
    const startedAt = Date.now();
    const response = onA.json("/api/images", "POST", {
      clientId,
      modelId: "fake/image",
      prompt: "a slow storm [[first:8000]]",
    });
    let jobs: ImageJobDto[] = [];
    await waitFor(async () => {
      jobs = ((await (await onB.fetch("/api/images/jobs")).json()) as { items: ImageJobDto[] })
        .items;
      return jobs.length === 1;
    }, "the job, seen from B");
    expect(jobs[0]?.clientId).toBe(clientId);

    const stoppedAt = Date.now();
    expect((await onB.fetch(`/api/images/jobs/${clientId}/stop`, { method: "POST" })).status).toBe(
      204,
    );
    const answer = await response;
    expect(answer.status).toBe(499);
    expect(Date.now() - stoppedAt).toBeLessThan(1_000);
    expect(Date.now() - startedAt).toBeLessThan(8_000);
    expect(await GeneratedImage.countDocuments({ user_id: user.id })).toBe(0);
    await expectBooksBalance(user.id);
  });
});
