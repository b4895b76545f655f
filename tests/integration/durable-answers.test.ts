import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { MessageDto } from "@/lib/conversations/dto";
import { ArenaMessage } from "@/models/arena-message";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { ModelCall } from "@/models/model-call";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { waitFor } from "../setup/wait";
import { readArenaStream } from "../support/arena-stream";
import { createConversation, send, sendAndRead } from "../support/chat";
import { Client } from "../support/http";
import { OwnApps } from "../support/own-app";
import { readUiStream } from "../support/ui-stream";
import { createUser, signedIn, type TestUser } from "../support/users";

let user: TestUser;
let client: Client;
beforeAll(async () => {
  user = await createUser();
  client = await signedIn(user);
});

async function storedAnswer(viewer: Client, conversationId: string): Promise<MessageDto> {
  const response = await viewer.fetch(`/api/conversations/${conversationId}`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { messages: MessageDto[] };
  const answer = body.messages.find((message) => message.role === "assistant");
  if (!answer) throw new Error("no answer stored");
  return answer;
}

async function ended(viewer: Client, conversationId: string): Promise<MessageDto> {
  let answer: MessageDto | undefined;
  await waitFor(
    async () => {
      answer = await storedAnswer(viewer, conversationId);
      return answer.status !== "streaming";
    },
    "the answer's end",
    20_000,
  );
  if (!answer) throw new Error("no answer");
  return answer;
}

async function tokensUsed(userId: string): Promise<number> {
  return (await User.findById(userId).lean())?.usage.tokens_used ?? Number.NaN;
}

describe("an answer is a record from the start", () => {
  it("is stored as streaming before it ends, shows its checkpointed text, then is complete", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(client, id, { content: "slowly [[tokens:150]] [[delay:20]]" });
    expect(response.status).toBe(200);
    const reading = readUiStream(response);

    const first = await storedAnswer(client, id);
    expect(first.status).toBe("streaming");
    expect(first.metadata?.modelId).toBe("fake/slow");

    // A checkpoint comes about once a second, not per token.
    let checkpoint = "";
    await waitFor(
      async () => {
        const answer = await storedAnswer(client, id);
        checkpoint = answer.content;
        return answer.status === "streaming" && answer.content.length > 0;
      },
      "a checkpoint",
      15_000,
    );

    const stream = await reading;
    expect(stream.errorText).toBeUndefined();
    expect(stream.text.startsWith(checkpoint)).toBe(true);
    const answer = await storedAnswer(client, id);
    expect(answer).toMatchObject({ status: "complete", isError: false, content: stream.text });
    expect(answer.id).toBe(stream.messageId);
    expect(await Message.countDocuments({ conversation_id: id })).toBe(2);
    expect(await UsageLog.countDocuments({ message_id: answer.id })).toBe(1);
    expect((await Conversation.findById(id).lean())?.message_count).toBe(2);
  });

  it("ends as stopped with the text streamed when Stop is pressed", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(client, id, { content: "long [[tokens:400]] [[delay:20]]" });
    const partial = await readUiStream(response, (stream) => stream.text.split(" ").length > 5);
    const stop = await client.fetch(`/api/conversations/${id}/messages/${partial.messageId}/stop`, {
      method: "POST",
    });
    expect(stop.status).toBe(204);

    const answer = await ended(client, id);
    expect(answer).toMatchObject({ status: "stopped", isError: false });
    expect(answer.content.startsWith(partial.text)).toBe(true);
    expect(answer.metadata?.finishReason).toBe("stopped");
  });

  it("refuses to delete an answer while it is written, and deletes it once it ended", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(client, id, { content: "long [[tokens:300]] [[delay:20]]" });
    const partial = await readUiStream(response, (stream) => stream.messageId !== undefined);
    const path = `/api/conversations/${id}/messages/${partial.messageId}`;
    const refused = await client.fetch(path, { method: "DELETE" });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("conflict");

    await client.fetch(`${path}/stop`, { method: "POST" });
    await ended(client, id);
    expect((await client.fetch(path, { method: "DELETE" })).status).toBe(204);
    expect(await Message.countDocuments({ conversation_id: id })).toBe(1);
    expect((await Conversation.findById(id).lean())?.message_count).toBe(1);
  });

  it("ends as error when the model fails", async () => {
    const id = await createConversation(user, { modelId: "fake/fault-500" });
    const stream = await sendAndRead(client, id, { content: "fail please" });
    expect(stream.errorText).toBeDefined();
    const answer = await ended(client, id);
    expect(answer).toMatchObject({ status: "error", isError: true });
    expect(answer.errorMessage).toBeTruthy();
  });

  it("reads a message stored before statuses by its error flag", async () => {
    const id = await createConversation(user);
    const question = await Message.create({ conversation_id: id, user_id: user.id, role: "user" });
    const failed = await Message.create({
      conversation_id: id,
      user_id: user.id,
      parent_id: question._id,
      role: "assistant",
      content: "half",
      is_error: true,
      error_message: "The provider failed.",
    });
    // As stored before messages had a status.
    await Message.collection.updateMany(
      { _id: { $in: [question._id, failed._id] } },
      { $unset: { status: "", lease: "" } },
    );
    const response = await client.fetch(`/api/conversations/${id}`);
    const body = (await response.json()) as { messages: MessageDto[] };
    expect(body.messages.map((message) => message.status)).toEqual(["complete", "error"]);
  });
});

/** An account with a token limit, so every answer holds a reservation while it runs. */
async function limitedUser(): Promise<TestUser> {
  const limited = await createUser();
  await User.updateOne({ _id: limited.id }, { $set: { "usage.tokens_limit": 1_000_000 } });
  return limited;
}

describe("recovering answers whose process died", () => {
  it("finishes a streaming answer whose lease lapsed as interrupted and settles its reservation", async () => {
    // The recovery reads the model's prices from the fake provider, as the app does.
    process.env.OPENROUTER_BASE_URL = `${inject("upstreamOrigin")}/api/v1`;
    process.env.OPENROUTER_API_KEY = "test-key";
    const { finishLapsedAnswers } = await import("@/lib/chat/recover-answers");

    const owner = await limitedUser();
    const viewer = await signedIn(owner);
    const id = await createConversation(owner);
    const reserved = 5_000;
    await User.updateOne({ _id: owner.id }, { $inc: { "usage.tokens_used": reserved } });
    const question = await Message.create({
      conversation_id: id,
      user_id: owner.id,
      role: "user",
      content: "hello",
    });
    const answer = await Message.create({
      conversation_id: id,
      user_id: owner.id,
      parent_id: question._id,
      role: "assistant",
      content: "the words checkpointed before the end",
      status: "streaming",
      metadata: { model_id: "fake/echo" },
      lease: {
        until: new Date(Date.now() - 1_000),
        owner: "another-host:1234:abcd",
        reserved_tokens: reserved,
        reserved_usd: 0,
        month: null,
        prompt_tokens_estimate: 12,
        new_user_message: true,
      },
    });

    expect(await finishLapsedAnswers()).toBeGreaterThanOrEqual(1);

    const stored = await storedAnswer(viewer, id);
    expect(stored).toMatchObject({
      id: answer._id.toString(),
      status: "interrupted",
      isError: true,
      content: "the words checkpointed before the end",
    });
    const logs = await UsageLog.find({ message_id: answer._id }).lean();
    expect(logs).toHaveLength(1);
    // The reservation is gone; what is left is what the answer is billed.
    expect(await tokensUsed(owner.id)).toBe(logs[0]?.tokens.total);
    expect((await Conversation.findById(id).lean())?.message_count).toBe(2);
    expect((await Conversation.findById(id).lean())?.current_leaf_id?.toString()).toBe(
      answer._id.toString(),
    );

    // Finished once: another pass finds nothing to bill.
    await finishLapsedAnswers();
    expect(await UsageLog.countDocuments({ message_id: answer._id })).toBe(1);
  });

  it("releases an image whose lease lapsed: off the jobs list, its tabs told it was interrupted", async () => {
    const { finishLapsedAnswers } = await import("@/lib/chat/recover-answers");
    const { bus } = await import("@/lib/realtime/bus");
    const { eventChannel } = await import("@/lib/realtime/events");
    const owner = await limitedUser();
    const viewer = await signedIn(owner);
    const reserved = 2_000;
    await User.updateOne({ _id: owner.id }, { $inc: { "usage.tokens_used": reserved } });
    const lease = {
      until: new Date(Date.now() + 20_000),
      owner: "another-host:1234:abcd",
      reserved_tokens: reserved,
      reserved_usd: 0,
      month: null,
      prompt_tokens_estimate: 12,
    };
    const job = await ModelCall.create({
      user_id: owner.id,
      kind: "image",
      model_id: "fake/image",
      lease,
      image: { client_id: "tab-1", prompt: "a lighthouse", aspect_ratio: "1:1" },
    });
    const jobs = async () =>
      ((await (await viewer.fetch("/api/images/jobs")).json()) as { items: { id: string }[] })
        .items;
    expect((await jobs()).map((item) => item.id)).toEqual([job._id.toString()]);

    // Its process stopped renewing the lease: it is no longer shown as being made.
    await ModelCall.updateOne(
      { _id: job._id },
      { $set: { "lease.until": new Date(Date.now() - 1_000) } },
    );
    expect(await jobs()).toEqual([]);
    const heard: unknown[] = [];
    const unsubscribe = bus().subscribe(eventChannel(owner.id), (event) => heard.push(event));
    try {
      expect(await finishLapsedAnswers()).toBeGreaterThanOrEqual(1);
      await waitFor(async () => heard.length > 0, "the event");
    } finally {
      unsubscribe();
    }
    expect(heard).toEqual([
      expect.objectContaining({
        type: "image.finished",
        data: {
          jobId: job._id.toString(),
          imageId: null,
          status: "interrupted",
          preview: "a lighthouse",
        },
      }),
    ]);
    expect(await ModelCall.countDocuments({ _id: job._id })).toBe(0);
    expect(await tokensUsed(owner.id)).toBe(0);
  });

  it("leaves an answer whose lease still runs alone", async () => {
    const { finishLapsedAnswers } = await import("@/lib/chat/recover-answers");
    const id = await createConversation(user);
    const answer = await Message.create({
      conversation_id: id,
      user_id: user.id,
      role: "assistant",
      status: "streaming",
      lease: { until: new Date(Date.now() + 60_000), owner: "another-host:1234:abcd" },
    });
    await finishLapsedAnswers();
    expect((await Message.findById(answer._id).lean())?.status).toBe("streaming");
    await Message.deleteOne({ _id: answer._id });
  });
});

describe("an app killed mid-answer", () => {
  const own = new OwnApps();
  const ownApp = async () =>
    own.start({ MONGODB_URI: inject("mongoUri"), DATA_DIR: await own.folder() });
  afterAll(() => own.cleanUp());

  it("is finished as interrupted with its checkpointed text by the next start, and billed once", async () => {
    const owner = await limitedUser();
    const before = await tokensUsed(owner.id);
    const first = await ownApp();
    const viewer = new Client(first.url);
    expect((await viewer.signIn(owner.email, owner.password)).ok).toBe(true);
    const id = await createConversation(owner, { modelId: "fake/slow" });

    const response = await send(viewer, id, { content: "long [[tokens:600]] [[delay:20]]" });
    expect(response.status).toBe(200);
    const partial = await readUiStream(response, (stream) => stream.text.length > 0);
    const answerId = partial.messageId;
    await waitFor(
      async () => ((await Message.findById(answerId).lean())?.content.length ?? 0) > 0,
      "a checkpoint",
      15_000,
    );
    // Held while it runs: the prompt and the whole reply allowance.
    expect((await tokensUsed(owner.id)) - before).toBeGreaterThan(1_000);

    await first.kill();
    const checkpointed = await Message.findById(answerId).lean();
    expect(checkpointed?.status).toBe("streaming");

    await ownApp();
    // Marked first, then billed: wait for both.
    await waitFor(
      async () =>
        (await Message.findById(answerId).lean())?.status === "interrupted" &&
        (await UsageLog.exists({ message_id: answerId })) !== null,
      "the recovered answer",
      20_000,
    );
    const recovered = await Message.findById(answerId).lean();
    expect(recovered?.content).toBe(checkpointed?.content);
    expect(recovered?.content.length).toBeGreaterThan(0);
    expect(recovered?.lease ?? null).toBeNull();

    const logs = await UsageLog.find({ message_id: answerId }).lean();
    expect(logs).toHaveLength(1);
    expect((await tokensUsed(owner.id)) - before).toBe(logs[0]?.tokens.total);
    expect(await Message.countDocuments({ conversation_id: id })).toBe(2);
    expect((await Conversation.findById(id).lean())?.message_count).toBe(2);
  }, 120_000);

  it("releases the reservation of an API call whose app was killed, once, at the next start", async () => {
    const owner = await limitedUser();
    const first = await ownApp();
    const viewer = new Client(first.url);
    expect((await viewer.signIn(owner.email, owner.password)).ok).toBe(true);
    const created = await viewer.json("/api/keys", "POST", { name: "killed" });
    const { secret } = (await created.json()) as { secret: string };
    const complete = (content: string) =>
      fetch(`${first.url}/api/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({
          model: "fake/slow",
          stream: true,
          messages: [{ role: "user", content }],
        }),
      });

    // A call that ends leaves no hold behind.
    expect(await (await complete("short [[tokens:5]]")).text()).toContain("[DONE]");
    await waitFor(
      async () => (await UsageLog.countDocuments({ user_id: owner.id, kind: "api" })) === 1,
      "the short call's usage",
      10_000,
    );
    expect(await ModelCall.countDocuments({ user_id: owner.id })).toBe(0);
    const before = await tokensUsed(owner.id);

    const running = await complete("long [[tokens:600]] [[delay:20]]");
    expect(running.status).toBe(200);
    await waitFor(
      async () => (await ModelCall.countDocuments({ user_id: owner.id, kind: "api" })) === 1,
      "the held call",
      10_000,
    );
    expect((await tokensUsed(owner.id)) - before).toBeGreaterThan(600);
    await first.kill();

    await ownApp();
    // Claimed first, then released: wait for both.
    await waitFor(
      async () =>
        (await ModelCall.countDocuments({ user_id: owner.id })) === 0 &&
        (await tokensUsed(owner.id)) === before,
      "the released reservation",
      20_000,
    );
    expect(await UsageLog.countDocuments({ user_id: owner.id, kind: "api" })).toBe(1);
  }, 120_000);

  it("finishes an arena turn's replies as interrupted by the next start, each billed once", async () => {
    const owner = await limitedUser();
    const before = await tokensUsed(owner.id);
    const first = await ownApp();
    const viewer = new Client(first.url);
    expect((await viewer.signIn(owner.email, owner.password)).ok).toBe(true);
    const created = await viewer.json("/api/arena/sessions", "POST", {
      panels: [{ modelId: "fake/slow" }, { modelId: "fake/slow" }],
    });
    const sessionId = ((await created.json()) as { id: string }).id;
    const response = await viewer.json(`/api/arena/sessions/${sessionId}/messages`, "POST", {
      content: "long [[tokens:600]] [[delay:20]]",
    });
    expect(response.status).toBe(200);
    await waitFor(
      async () =>
        (await ArenaMessage.countDocuments({
          session_id: sessionId,
          status: "streaming",
          content: { $ne: "" },
        })) === 2,
      "checkpoints of both panels",
      15_000,
    );

    await first.kill();
    await ownApp();
    await waitFor(
      async () =>
        (await ArenaMessage.countDocuments({ session_id: sessionId, status: "interrupted" })) ===
          2 && (await UsageLog.countDocuments({ arena_session_id: sessionId })) === 2,
      "the recovered replies",
      20_000,
    );
    const replies = await ArenaMessage.find({ session_id: sessionId, role: "assistant" }).lean();
    for (const reply of replies) {
      expect(reply.content.length).toBeGreaterThan(0);
      expect(reply.is_error).toBe(true);
    }
    const logs = await UsageLog.find({ arena_session_id: sessionId }).lean();
    const billed = logs.reduce((sum, log) => sum + log.tokens.total, 0);
    expect((await tokensUsed(owner.id)) - before).toBe(billed);
  }, 120_000);
});

describe("arena replies are records from the start", () => {
  async function arenaSession(viewer: Client, models: string[]): Promise<string> {
    const response = await viewer.json("/api/arena/sessions", "POST", {
      panels: models.map((modelId) => ({ modelId })),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  it("stores each panel's reply as streaming, lists and counts it for votes only once it ended", async () => {
    const owner = await createUser();
    const viewer = await signedIn(owner);
    const sessionId = await arenaSession(viewer, ["fake/slow", "fake/echo"]);
    const response = await viewer.json(`/api/arena/sessions/${sessionId}/messages`, "POST", {
      content: "both [[tokens:120]] [[delay:25]]",
    });
    expect(response.status).toBe(200);
    const reading = readArenaStream(response);

    await waitFor(
      async () =>
        (await ArenaMessage.exists({
          session_id: sessionId,
          role: "assistant",
          panel: 0,
          status: "streaming",
          content: { $ne: "" },
        })) !== null,
      "a checkpoint of the slow panel",
      15_000,
    );
    const midway = (await (await viewer.fetch(`/api/arena/sessions/${sessionId}`)).json()) as {
      turns: { id: string; replies: { panel: number }[] }[];
    };
    const turnId = midway.turns[0]?.id;
    expect(midway.turns[0]?.replies.map((reply) => reply.panel)).not.toContain(0);
    const early = await viewer.json(`/api/arena/sessions/${sessionId}/votes`, "POST", {
      turnId,
      outcome: "tie",
    });
    expect(early.status).toBe(409);

    const stream = await reading;
    const stored = await ArenaMessage.find({ session_id: sessionId, role: "assistant" })
      .sort({ panel: 1 })
      .lean();
    expect(stored.map((reply) => [reply.status, reply.content, reply.lease ?? null])).toEqual([
      ["complete", stream.text[0], null],
      ["complete", stream.text[1], null],
    ]);
    expect(await UsageLog.countDocuments({ arena_session_id: sessionId })).toBe(2);
  });
});
