import { beforeAll, describe, expect, it } from "vitest";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { waitFor } from "../setup/wait";
import { createConversation, send, sendAndRead, upstreamCalls } from "../support/chat";
import type { Client } from "../support/http";
import { readUiStream } from "../support/ui-stream";
import { createUser, signedIn, type TestUser } from "../support/users";

let user: TestUser;
let client: Client;
beforeAll(async () => {
  user = await createUser();
  client = await signedIn(user);
});

async function messagesOf(conversationId: string) {
  return Message.find({ conversation_id: conversationId }).sort({ created_at: 1, _id: 1 }).lean();
}

/** Whether the question and its answer are stored, the answer ended (no longer streaming). */
async function answered(conversationId: string) {
  const messages = await messagesOf(conversationId);
  return messages.length === 2 && messages[1]?.status !== "streaming";
}

describe("streaming a reply", () => {
  it("streams the answer, then saves it once with its usage, stats and log", async () => {
    const id = await createConversation(user);
    const before = await User.findById(user.id).lean();
    const stream = await sendAndRead(client, id, { content: "Hello there [[tokens:12]]" });

    expect(stream.errorText).toBeUndefined();
    expect(stream.chunks.map((chunk) => chunk.type)).toEqual(
      expect.arrayContaining(["start", "text-start", "text-delta", "text-end", "finish"]),
    );
    expect(stream.text.trim().split(/\s+/)).toHaveLength(12);

    const [question, answer] = await messagesOf(id);
    expect(question?.role).toBe("user");
    expect(question?.content).toBe("Hello there [[tokens:12]]");
    expect(answer?.role).toBe("assistant");
    expect(answer?._id.toString()).toBe(stream.messageId);
    expect(answer?.parent_id?.toString()).toBe(question?._id.toString());
    expect(answer?.content).toBe(stream.text);
    expect(answer?.metadata).toMatchObject({ model_id: "fake/echo", finish_reason: "stop" });
    expect(answer?.metadata.tokens.completion).toBe(12);
    expect(answer?.metadata.tokens.prompt).toBeGreaterThan(0);
    expect(answer?.metadata.cost_usd).toBeGreaterThan(0);
    expect(answer?.metadata.generation_time_ms).toBeGreaterThanOrEqual(0);
    expect(stream.finish?.messageMetadata).toMatchObject({
      assistantMessageId: stream.messageId,
      userMessageId: question?._id.toString(),
      completionTokens: 12,
    });

    const conversation = await Conversation.findById(id).lean();
    const tokens = (answer?.metadata.tokens.prompt ?? 0) + 12;
    expect(conversation?.message_count).toBe(2);
    expect(conversation?.stats.total_tokens).toBe(tokens);
    expect(conversation?.stats.cost_usd).toBeCloseTo(answer?.metadata.cost_usd ?? -1, 10);
    expect(conversation?.current_leaf_id?.toString()).toBe(stream.messageId);
    // Named after the first message at once; the model's title may already have replaced it.
    expect(conversation?.title).not.toBe("New conversation");

    const after = await User.findById(user.id).lean();
    expect((after?.usage.tokens_used ?? 0) - (before?.usage.tokens_used ?? 0)).toBe(tokens);
    expect((after?.usage.messages_sent ?? 0) - (before?.usage.messages_sent ?? 0)).toBe(1);

    const logs = await UsageLog.find({ message_id: answer?._id }).lean();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      kind: "chat",
      model_id: "fake/echo",
      cost_usd: answer?.metadata.cost_usd,
    });
    expect(logs[0]?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("sends each event as it comes: not gzipped, and marked for proxies to pass through", async () => {
    const id = await createConversation(user);
    const response = await client.json(
      `/api/conversations/${id}/messages`,
      "POST",
      { content: "Uncompressed [[tokens:5]]" },
      { "accept-encoding": "gzip, deflate, br" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("cache-control")).toContain("no-transform");
    expect((await readUiStream(response)).text).toContain("Echo: Uncompressed");
  });

  it("a conversation without a model yet is answered by the first text model listed", async () => {
    const conversation = await Conversation.create({ user_id: user.id, model_id: null });
    const id = conversation._id.toString();
    const stream = await sendAndRead(client, id, { content: "No model chosen [[tokens:8]]" });

    expect(stream.errorText).toBeUndefined();
    expect(stream.text).toContain("Echo: No model chosen");
    const call = (await upstreamCalls()).find(
      (c) =>
        c.path.endsWith("/chat/completions") &&
        JSON.stringify(c.body.messages).includes("No model chosen"),
    );
    expect(call?.body.model).toBe("fake/echo");
    expect((await Conversation.findById(id).lean())?.model_id).toBe("fake/echo");
  });

  it("sends the whole branch, the config's system prompt and parameters upstream", async () => {
    const id = await createConversation(user);
    await sendAndRead(client, id, { content: "first question" });
    await sendAndRead(client, id, { content: "second question" });
    const last = (await upstreamCalls())
      .filter((call) => call.path.endsWith("/chat/completions"))
      .at(-1);
    const sent = (last?.body.messages ?? []) as Array<{ role: string; content: unknown }>;
    expect(sent.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    expect(JSON.stringify(sent[0]?.content)).toContain("first question");
    expect(JSON.stringify(sent[2]?.content)).toContain("second question");
  });

  it("keeps the conversation going on the model chosen per message", async () => {
    const id = await createConversation(user);
    await sendAndRead(client, id, { content: "hi", model: "fake/text-only" });
    const conversation = await Conversation.findById(id).lean();
    expect(conversation?.model_id).toBe("fake/text-only");
  });
});

describe("faults keep what was accepted", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["fake/fault-500", "a server error", /provider|error/i],
    ["fake/fault-429", "a rate limit", /rate/i],
    ["fake/error-after-200", "an error sent after a 200", /provider/i],
    ["fake/no-finish", "a stream that ends without a finish", /before finishing|stopped before/i],
    ["fake/cut", "a stream cut halfway", /./],
  ];

  it.each(cases)(
    "%s (%s): the user message stays and the failed answer is saved",
    async (model, _, message) => {
      const id = await createConversation(user, { modelId: model });
      const stream = await sendAndRead(client, id, { content: "will this work? [[tokens:40]]" });
      expect(stream.errorText).toMatch(message);
      expect(stream.finish).toBeUndefined();

      const [question, answer] = await messagesOf(id);
      expect(question?.content).toBe("will this work? [[tokens:40]]");
      expect(answer?.is_error).toBe(true);
      expect(answer?.error_message).toBe(stream.errorText);
      // Whatever arrived before the failure is kept, byte for byte.
      expect(answer?.content).toBe(stream.text);
      expect(answer?.metadata.finish_reason).toBe("error");
    },
  );

  it("a cut stream keeps the partial answer it streamed", async () => {
    const id = await createConversation(user, { modelId: "fake/cut" });
    const stream = await sendAndRead(client, id, { content: "long one [[tokens:200]]" });
    expect(stream.text.length).toBeGreaterThan(0);
    const [, answer] = await messagesOf(id);
    expect(answer?.content).toBe(stream.text);
  });

  it("a hung upstream times out with a clear error, keep-alives notwithstanding", async () => {
    const id = await createConversation(user, { modelId: "fake/hang" });
    const stream = await sendAndRead(client, id, { content: "anyone there?" });
    expect(stream.errorText).toMatch(/did not answer/i);
    const [, answer] = await messagesOf(id);
    expect(answer?.is_error).toBe(true);
  });
});

describe("stopping and leaving", () => {
  it("Stop keeps the partial answer with finish reason stopped", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(client, id, {
      content: "count slowly [[tokens:400]] [[delay:20]]",
    });
    const partial = await readUiStream(response, (stream) => stream.text.split(" ").length > 5);
    const stop = await client.fetch(`/api/conversations/${id}/messages/${partial.messageId}/stop`, {
      method: "POST",
    });
    expect(stop.status).toBe(204);

    await waitFor(() => answered(id), "the stopped answer", 10_000);
    const [, answer] = await messagesOf(id);
    expect(answer?.metadata.finish_reason).toBe("stopped");
    expect(answer?.is_error).toBe(false);
    const words = answer?.content.trim().split(/\s+/).length ?? 0;
    expect(words).toBeGreaterThan(5);
    expect(words).toBeLessThan(400);
    expect(answer?.content.startsWith(partial.text)).toBe(true);
    // The provider sent no usage for the cut-off call: it is estimated, not zero.
    expect(answer?.metadata.tokens.completion).toBeGreaterThan(0);
    expect(answer?.metadata.cost_usd).toBeGreaterThan(0);
  });

  it("Stop keeps what the browser had shown, and bills what the model wrote", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(client, id, {
      content: "count slowly [[tokens:400]] [[delay:20]]",
    });
    const partial = await readUiStream(response, (stream) => stream.text.split(" ").length > 20);
    // The browser had drawn the first few words; more has arrived since.
    const shown = partial.text.split(" ").slice(0, 5).join(" ");
    const stop = await client.fetch(`/api/conversations/${id}/messages/${partial.messageId}/stop`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ shown: shown.length }),
    });
    expect(stop.status).toBe(204);

    await waitFor(() => answered(id), "the stopped answer", 10_000);
    const [, answer] = await messagesOf(id);
    expect(answer?.metadata.finish_reason).toBe("stopped");
    expect(answer?.content).toBe(shown);
    expect(answer?.metadata.tokens.completion).toBeGreaterThan(20);
  });

  it("a Stop with a bad shown length is refused and stops nothing", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(client, id, { content: "go on [[tokens:40]] [[delay:10]]" });
    const partial = await readUiStream(response, (stream) => stream.messageId !== undefined);
    const url = `/api/conversations/${id}/messages/${partial.messageId}/stop`;
    for (const body of ['{"shown":-1}', '{"shown":1.5}', '{"shown":"10"}', '{"keep":3}', "{"]) {
      const stop = await client.fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(stop.status, body).toBe(400);
      expect((await stop.json()).error.code).toBeDefined();
    }
    await waitFor(() => answered(id), "the answer", 15_000);
    const [, answer] = await messagesOf(id);
    expect(answer?.metadata.finish_reason).toBe("stop");
    expect(answer?.content.trim().split(/\s+/)).toHaveLength(40);
  });

  it("a closed tab does not stop the reply: it is finished and saved", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const controller = new AbortController();
    const response = await client.fetch(`/api/conversations/${id}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ content: "keep going [[tokens:60]] [[delay:10]]" }),
      signal: controller.signal,
    });
    await readUiStream(response, (stream) => stream.text.length > 0);
    controller.abort();

    await waitFor(() => answered(id), "the finished answer", 15_000);
    const [, answer] = await messagesOf(id);
    expect(answer?.metadata.finish_reason).toBe("stop");
    expect(answer?.content.trim().split(/\s+/)).toHaveLength(60);
  });

  it("stopping someone else's reply does nothing", async () => {
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(client, id, { content: "mine [[tokens:40]] [[delay:10]]" });
    const partial = await readUiStream(response, (stream) => stream.messageId !== undefined);
    const stranger = await signedIn(await createUser());
    const stop = await stranger.fetch(
      `/api/conversations/${id}/messages/${partial.messageId}/stop`,
      {
        method: "POST",
      },
    );
    expect(stop.status).toBe(404);
    await waitFor(() => answered(id), "the answer", 15_000);
    expect((await messagesOf(id))[1]?.metadata.finish_reason).toBe("stop");
  });
});

describe("sending twice", () => {
  it("the same client id stores one user message, sequentially or at once", async () => {
    const id = await createConversation(user);
    const body = { content: "only once please", clientId: "client-msg-1" };
    await sendAndRead(client, id, body);
    await sendAndRead(client, id, body);
    const [a, b] = await Promise.all([
      sendAndRead(client, id, { ...body, clientId: "client-msg-2" }),
      sendAndRead(client, id, { ...body, clientId: "client-msg-2" }),
    ]);
    expect(a.errorText ?? b.errorText).toBeUndefined();
    const users = (await messagesOf(id)).filter((message) => message.role === "user");
    expect(users.map((message) => message.client_id).sort()).toEqual([
      "client-msg-1",
      "client-msg-2",
    ]);
  });
});
