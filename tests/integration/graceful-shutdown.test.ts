import { afterAll, describe, expect, inject, it } from "vitest";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { waitFor } from "../setup/wait";
import { createConversation, send } from "../support/chat";
import { Client } from "../support/http";
import { OwnApps } from "../support/own-app";
import { readUiStream } from "../support/ui-stream";
import { createUser } from "../support/users";

const own = new OwnApps();
afterAll(() => own.cleanUp());

const ownApp = async (graceMs: number) =>
  own.start({
    MONGODB_URI: inject("mongoUri"),
    DATA_DIR: await own.folder(),
    SHUTDOWN_GRACE_MS: String(graceMs),
  });

async function tokensUsed(userId: string): Promise<number> {
  return (await User.findById(userId).lean())?.usage.tokens_used ?? Number.NaN;
}

describe("a deploy (SIGTERM) mid-answer", () => {
  it("drains: new answers get 503, a short answer finishes, a long one is saved as interrupted and billed once, exit 0", async () => {
    const owner = await createUser();
    // A limit makes the reservation visible in the counter while answers run.
    await User.updateOne({ _id: owner.id }, { $set: { "usage.tokens_limit": 1_000_000 } });
    const app = await ownApp(2_000);
    const viewer = new Client(app.url);
    expect((await viewer.signIn(owner.email, owner.password)).ok).toBe(true);
    const longId = await createConversation(owner, { modelId: "fake/slow" });
    const shortId = await createConversation(owner, { modelId: "fake/slow" });
    const before = await tokensUsed(owner.id);

    const long = await send(viewer, longId, { content: "long [[tokens:600]] [[delay:20]]" });
    expect(long.status).toBe(200);
    const longRead = readUiStream(long);
    await waitFor(
      async () =>
        ((await Message.findOne({ conversation_id: longId, role: "assistant" }).lean())?.content
          .length ?? 0) > 0,
      "a checkpoint of the long answer",
      15_000,
    );
    const short = await send(viewer, shortId, { content: "short [[tokens:40]] [[delay:25]]" });
    expect(short.status).toBe(200);
    const shortRead = readUiStream(short);

    const exited = app.terminate();
    await waitFor(
      async () => (await fetch(`${app.url}/api/health`)).status === 503,
      "draining",
      5_000,
    );
    const health = await fetch(`${app.url}/api/health`);
    expect(await health.json()).toMatchObject({ status: "draining", db: "ok" });

    const refused = await send(viewer, shortId, { content: "one more" });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ error: { code: "shutting_down" } });

    const [longStream, shortStream] = await Promise.all([longRead, shortRead]);
    expect(await exited).toBe(0);

    // The short answer finished within the grace period.
    expect(shortStream.errorText).toBeUndefined();
    const shortAnswer = await Message.findById(shortStream.messageId).lean();
    expect(shortAnswer).toMatchObject({ status: "complete", content: shortStream.text });

    // The long one was cut at the end of it, keeping exactly what was streamed.
    expect(longStream.errorText).toBe("This answer was interrupted.");
    expect(longStream.text.length).toBeGreaterThan(0);
    const longAnswer = await Message.findById(longStream.messageId).lean();
    expect(longAnswer).toMatchObject({
      status: "interrupted",
      content: longStream.text,
      is_error: true,
      lease: null,
    });

    // Billed once each, and every reservation settled: the counter is the logs' sum.
    const logs = await UsageLog.find({
      message_id: { $in: [String(longStream.messageId), String(shortStream.messageId)] },
    }).lean();
    expect(logs).toHaveLength(2);
    const billed = logs.reduce((sum, log) => sum + log.tokens.total, 0);
    expect((await tokensUsed(owner.id)) - before).toBe(billed);
    // The refused send stored nothing.
    for (const id of [longId, shortId]) {
      expect(await Message.countDocuments({ conversation_id: id })).toBe(2);
      expect((await Conversation.findById(id).lean())?.message_count).toBe(2);
    }
  }, 90_000);

  it("interrupts an API stream past the grace period, bills it once and refuses new calls", async () => {
    const owner = await createUser();
    await User.updateOne({ _id: owner.id }, { $set: { "usage.tokens_limit": 1_000_000 } });
    const app = await ownApp(3_000);
    const viewer = new Client(app.url);
    expect((await viewer.signIn(owner.email, owner.password)).ok).toBe(true);
    const created = await viewer.json("/api/keys", "POST", { name: "deploy test" });
    const { secret } = (await created.json()) as { secret: string };
    const before = await tokensUsed(owner.id);
    const complete = (content: string) =>
      fetch(`${app.url}/api/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({
          model: "fake/slow",
          stream: true,
          messages: [{ role: "user", content }],
        }),
      });

    const running = await complete("api [[tokens:600]] [[delay:20]]");
    expect(running.status).toBe(200);
    const body = running.text();
    await waitFor(async () => (await tokensUsed(owner.id)) > before, "the reservation", 10_000);
    const exited = app.terminate();
    await waitFor(
      async () => (await fetch(`${app.url}/api/health`)).status === 503,
      "draining",
      5_000,
    );
    const refused = await complete("another");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);

    expect(await body).toContain("This answer was interrupted.");
    expect(await exited).toBe(0);
    const logs = await UsageLog.find({ user_id: owner.id, kind: "api" }).lean();
    expect(logs).toHaveLength(1);
    expect(logs[0]?.tokens.completion).toBeGreaterThan(0);
    expect((await tokensUsed(owner.id)) - before).toBe(logs[0]?.tokens.total);
  }, 90_000);

  it("exits at once, with code 0, when nothing runs", async () => {
    const app = await ownApp(25_000);
    const startedAt = Date.now();
    expect(await app.terminate()).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
  }, 60_000);
});
