import { randomBytes } from "node:crypto";
import OpenAI from "openai";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { ApiKey } from "@/models/api-key";
import { Conversation } from "@/models/conversation";
import { LlmConfig } from "@/models/llm-config";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import type { RecordedCall } from "../fake-upstream/server";
import { waitFor } from "../setup/wait";
import { createKey } from "../support/api-keys";
import { Client } from "../support/http";
import { createUser, signedIn, type TestUser } from "../support/users";

interface KeyHolder {
  user: TestUser;
  secret: string;
  openai: OpenAI;
}

/** A user of their own with a key and the official SDK pointed at the app. */
async function keyHolder(): Promise<KeyHolder> {
  const user = await createUser();
  const { secret } = await createKey(await signedIn(user));
  return { user, secret, openai: sdk(secret) };
}

function sdk(apiKey: string): OpenAI {
  return new OpenAI({
    baseURL: `${inject("appUrl")}/api/v1`,
    apiKey,
    maxRetries: 0,
    defaultHeaders: { "x-forwarded-for": new Client().address },
  });
}

/** A word unique to one request, to find its call among everything the fake upstream saw. */
function marker(): string {
  return `api-${randomBytes(5).toString("hex")}`;
}

async function callsMentioning(word: string): Promise<RecordedCall[]> {
  const response = await fetch(`${inject("upstreamOrigin")}/__calls`);
  const calls = (await response.json()) as RecordedCall[];
  return calls.filter(
    (call) => call.path.endsWith("/chat/completions") && JSON.stringify(call.body).includes(word),
  );
}

let holder: KeyHolder;
beforeAll(async () => {
  await connectDb();
  holder = await keyHolder();
});

describe("GET /api/v1/models", () => {
  it("lists the upstream models in OpenAI's shape", async () => {
    const page = await holder.openai.models.list();
    const ids = page.data.map((model) => model.id);
    expect(ids).toContain("fake/echo");
    expect(page.data[0]).toMatchObject({ object: "model", owned_by: "fake" });
  });
});

describe("POST /api/v1/chat/completions", () => {
  it("answers a completion whole", async () => {
    const completion = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [{ role: "user", content: "hello there [[tokens:6]]" }],
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.model).toBe("fake/echo");
    const [choice] = completion.choices;
    expect(choice?.message.role).toBe("assistant");
    expect(choice?.message.content).toMatch(/^Echo: hello there/);
    expect(choice?.message.content?.trim().split(/\s+/)).toHaveLength(6);
    expect(choice?.finish_reason).toBe("stop");
    expect(completion.usage?.completion_tokens).toBe(6);
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0),
    );
  });

  it("streams chunks, then the usage when asked, then [DONE]", async () => {
    const stream = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [{ role: "user", content: "stream me [[tokens:8]]" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    const finishReasons: string[] = [];
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      for (const choice of chunk.choices) {
        text += choice.delta.content ?? "";
        if (choice.finish_reason) finishReasons.push(choice.finish_reason);
      }
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toMatch(/^Echo: stream me/);
    expect(text.trim().split(/\s+/)).toHaveLength(8);
    expect(finishReasons).toEqual(["stop"]);
    expect(usage?.completion_tokens).toBe(8);
  });

  it("ends a raw stream with data: [DONE] and sends no usage unless asked", async () => {
    const response = await fetch(`${inject("appUrl")}/api/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${holder.secret}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "fake/echo",
        stream: true,
        messages: [{ role: "user", content: "raw [[tokens:3]]" }],
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const body = await response.text();
    expect(body.trim().endsWith("data: [DONE]")).toBe(true);
    expect(body).not.toContain('"usage"');
  });

  it("applies a config's system prompt and parameters for config:<id>", async () => {
    const word = marker();
    const config = await LlmConfig.create({
      name: "Pirate",
      model_id: "fake/echo",
      owner_id: holder.user.id,
      system_prompt: `You are a pirate. ${word}`,
      parameters: { temperature: 0.3, top_p: 0.5 },
    });
    const completion = await holder.openai.chat.completions.create({
      model: `config:${config._id}`,
      messages: [{ role: "user", content: "ahoy [[tokens:4]]" }],
    });
    expect(completion.model).toBe(`config:${config._id}`);

    const [call] = await callsMentioning(word);
    expect(call?.body).toMatchObject({ model: "fake/echo", temperature: 0.3, top_p: 0.5 });
    const sent = call?.body as { messages: Array<{ role: string; content: unknown }> };
    const messages = sent.messages;
    expect(messages.map((message) => message.role)).toEqual(["system", "user"]);
    expect(JSON.stringify(messages[0]?.content)).toContain(`You are a pirate. ${word}`);
  });

  it("answers 404 for another user's private config", async () => {
    const other = await createUser();
    const config = await LlmConfig.create({
      name: "Private",
      model_id: "fake/echo",
      owner_id: other.id,
    });
    const refused = await holder.openai.chat.completions
      .create({ model: `config:${config._id}`, messages: [{ role: "user", content: "hi" }] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("saves the exchange as a conversation with store: true or the header", async () => {
    const asked = await holder.openai.chat.completions
      .create({
        model: "fake/echo",
        messages: [
          { role: "system", content: "be brief" },
          { role: "user", content: "remember this [[tokens:5]]" },
        ],
        store: true,
      })
      .withResponse();
    const id = asked.response.headers.get("x-uni-chat-conversation-id");
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    const conversation = await Conversation.findById(id).lean();
    expect(conversation).toMatchObject({ model_id: "fake/echo", message_count: 2 });
    expect(conversation?.user_id.toString()).toBe(holder.user.id);
    const messages = await Message.find({ conversation_id: id }).sort({ created_at: 1 }).lean();
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant"]);
    expect(messages[1]?.content).toBe(asked.data.choices[0]?.message.content);
    expect(messages[1]?.parent_id?.toString()).toBe(messages[0]?._id.toString());
    expect(conversation?.current_leaf_id?.toString()).toBe(messages[1]?._id.toString());
    const log = await UsageLog.findOne({ conversation_id: id }).lean();
    expect(log?.kind).toBe("api");

    const streamed = await holder.openai.chat.completions
      .create(
        { model: "fake/echo", messages: [{ role: "user", content: "by header" }], stream: true },
        { headers: { "X-Uni-Chat-Store": "true" } },
      )
      .withResponse();
    for await (const _ of streamed.data) {
    }
    const streamedId = streamed.response.headers.get("x-uni-chat-conversation-id");
    await waitFor(
      async () => (await Message.countDocuments({ conversation_id: streamedId })) === 2,
      "the stored stream",
    );

    const plain = await holder.openai.chat.completions
      .create({ model: "fake/echo", messages: [{ role: "user", content: "forget this" }] })
      .withResponse();
    expect(plain.response.headers.get("x-uni-chat-conversation-id")).toBeNull();
  });
});

describe("errors in OpenAI's shape", () => {
  it("answers 404 for an unknown model", async () => {
    const error = await holder.openai.chat.completions
      .create({ model: "nobody/nothing", messages: [{ role: "user", content: "hi" }] })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ status: 404, code: "model_not_found", param: "model" });
  });

  it("answers 400 for bad input", async () => {
    for (const body of [
      { model: "fake/echo", messages: [] },
      { model: "fake/echo", messages: [{ role: "user", content: "hi" }], temperature: 5 },
      { model: "fake/echo", messages: [{ role: "tool", content: "hi" }] },
      { model: "fake/echo", messages: [{ role: "system", content: "only a system prompt" }] },
    ]) {
      const error = await holder.openai.chat.completions
        .create(body as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming)
        .catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(OpenAI.BadRequestError);
      expect((error as InstanceType<typeof OpenAI.BadRequestError>).type).toBe(
        "invalid_request_error",
      );
    }
  });

  it("answers 401 for a revoked key and for no key", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const { key, secret } = await createKey(client);
    await client.fetch(`/api/keys/${key.id}`, { method: "DELETE" });
    expect((await ApiKey.findById(key.id).lean())?.revoked_at).not.toBeNull();
    const error = await sdk(secret)
      .models.list()
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({ status: 401, type: "authentication_error" });

    const anonymous = await fetch(`${inject("appUrl")}/api/v1/models`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      error: { type: "authentication_error", code: "unauthorized", param: null },
    });
  });

  it("answers 502 when the model provider fails", async () => {
    const error = await holder.openai.chat.completions
      .create({ model: "fake/fault-500", messages: [{ role: "user", content: "hi" }] })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect(error).toMatchObject({ status: 502, type: "api_error" });
  });
});

describe("limits and accounting", () => {
  it("refuses a user over their token limit with a 429 before any upstream call", async () => {
    const limited = await keyHolder();
    await User.updateOne(
      { _id: limited.user.id },
      { $set: { "usage.tokens_limit": 100, "usage.tokens_used": 100 } },
    );
    const word = marker();
    const error = await limited.openai.chat.completions
      .create({ model: "fake/echo", messages: [{ role: "user", content: word }] })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ status: 429, code: "token_limit_reached" });
    expect(await callsMentioning(word)).toHaveLength(0);
  });

  it("records API use as kind api and bills the user", async () => {
    const billed = await keyHolder();
    const completion = await billed.openai.chat.completions.create({
      model: "fake/echo",
      messages: [{ role: "user", content: "bill me [[tokens:7]]" }],
    });
    const logs = await UsageLog.find({ user_id: billed.user.id }).lean();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ kind: "api", model_id: "fake/echo", conversation_id: null });
    expect(logs[0]?.tokens.completion).toBe(7);
    expect(logs[0]?.tokens.prompt).toBe(completion.usage?.prompt_tokens);
    const user = await User.findById(billed.user.id).lean();
    expect(user?.usage.tokens_used).toBe(logs[0]?.tokens.total);
    expect(user?.usage.messages_sent).toBe(1);
    expect(user?.usage.cost_usd).toBeCloseTo(logs[0]?.cost_usd ?? -1, 10);
  });
});
