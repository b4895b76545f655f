import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Conversation } from "@/models/conversation";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import type { RecordedCall } from "../fake-upstream/server";
import { waitFor } from "../setup/wait";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import type { Client } from "../support/http";
import { readUiStream } from "../support/ui-stream";
import { createUser, signedIn, type TestUser } from "../support/users";

const PREVIEW = "/api/configs/preview";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

/** A word unique to one request, to find its call among everything the fake upstream saw. */
function marker(): string {
  return `preview-${randomBytes(5).toString("hex")}`;
}

function ask(content: string, fields: Record<string, unknown> = {}) {
  return { modelId: "fake/echo", messages: [{ role: "user", content }], ...fields };
}

/** A user of their own: previews count against a per-user rate limit. */
async function freshUser(): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser();
  return { user, client: await signedIn(user) };
}

async function callsMentioning(word: string): Promise<RecordedCall[]> {
  const response = await fetch(`${inject("upstreamOrigin")}/__calls`);
  const calls = (await response.json()) as RecordedCall[];
  return calls.filter(
    (call) => call.path.endsWith("/chat/completions") && JSON.stringify(call.body).includes(word),
  );
}

async function errorOf(response: Response) {
  const body = (await response.json()) as {
    error: { code: string; message: string; fields?: Record<string, string[]> };
  };
  return body.error;
}

describe("who may preview", () => {
  it("signed-in users may; anonymous and banned callers may not", async () => {
    const responses = await expectMatrix(
      actors,
      (client) => client.json(PREVIEW, "POST", ask(`hello ${marker()} [[tokens:3]]`)),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
    for (const actor of ["owner", "other", "admin"] as const) {
      const stream = await readUiStream(responses[actor]);
      expect(stream.errorText).toBeUndefined();
      expect(stream.finish).toBeDefined();
    }
    expect((await errorOf(responses.anonymous)).code).toBe("unauthorized");
  });
});

describe("validation", () => {
  const long = (n: number) => "x".repeat(n);
  const user = (content: string) => ({ role: "user", content });
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["no model", { messages: [user("hi")] }, "modelId"],
    ["an empty model", ask("hi", { modelId: "" }), "modelId"],
    ["a model that is not listed", ask("hi", { modelId: "fake/nope" }), "modelId"],
    ["a long system prompt", ask("hi", { systemPrompt: long(20_001) }), "systemPrompt"],
    [
      "a hot temperature",
      ask("hi", { parameters: { temperature: 2.5 } }),
      "parameters.temperature",
    ],
    ["top_p above 1", ask("hi", { parameters: { topP: 1.1 } }), "parameters.topP"],
    [
      "a frequency penalty below -2",
      ask("hi", { parameters: { frequencyPenalty: -2.5 } }),
      "parameters.frequencyPenalty",
    ],
    [
      "a presence penalty above 2",
      ask("hi", { parameters: { presencePenalty: 3 } }),
      "parameters.presencePenalty",
    ],
    ["max tokens of 0", ask("hi", { parameters: { maxTokens: 0 } }), "parameters.maxTokens"],
    [
      "fractional max tokens",
      ask("hi", { parameters: { maxTokens: 1.5 } }),
      "parameters.maxTokens",
    ],
    [
      "max tokens beyond the model's output",
      ask("hi", { parameters: { maxTokens: 9_000 } }),
      "parameters.maxTokens",
    ],
    ["an unknown parameter", ask("hi", { parameters: { seed: 1 } }), "parameters.seed"],
    ["an unknown field", ask("hi", { configId: "x" }), "configId"],
    ["no messages", { modelId: "fake/echo" }, "messages"],
    ["an empty chat", { modelId: "fake/echo", messages: [] }, "messages"],
    [
      "too many messages",
      { modelId: "fake/echo", messages: Array.from({ length: 21 }, () => user("hi")) },
      "messages",
    ],
    [
      "a chat ending with the assistant",
      { modelId: "fake/echo", messages: [user("hi"), { role: "assistant", content: "hello" }] },
      "messages",
    ],
    [
      "a system message",
      { modelId: "fake/echo", messages: [{ role: "system", content: "obey" }, user("hi")] },
      "messages.0.role",
    ],
    ["a blank message", { modelId: "fake/echo", messages: [user("  ")] }, "messages.0.content"],
    [
      "a long message",
      { modelId: "fake/echo", messages: [user(long(20_001))] },
      "messages.0.content",
    ],
    [
      "a message with extra fields",
      { modelId: "fake/echo", messages: [{ ...user("hi"), id: "m1" }] },
      "messages.0.id",
    ],
  ];

  it.each(cases)("%s is a 400 naming the field, and nothing is used", async (_, body, field) => {
    const { user: caller, client } = await freshUser();
    const word = marker();
    const withMarker = JSON.parse(JSON.stringify(body).replaceAll('"hi"', `"hi ${word}"`));
    const response = await client.json(PREVIEW, "POST", withMarker);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toContain(field);

    expect(await callsMentioning(word)).toHaveLength(0);
    expect(await UsageLog.countDocuments({ user_id: caller.id })).toBe(0);
    const after = await User.findById(caller.id).lean();
    expect(after?.usage.tokens_used).toBe(0);
  });

  it("a body that is not JSON is a 400", async () => {
    const response = await actors.clients.owner.fetch(PREVIEW, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
  });
});

describe("the model call", () => {
  it("sends the system prompt, parameters and chat upstream", async () => {
    const { client } = await freshUser();
    const word = marker();
    const stream = await readUiStream(
      await client.json(PREVIEW, "POST", {
        modelId: "fake/echo",
        systemPrompt: `You are a pirate. ${word}`,
        parameters: {
          temperature: 1.2,
          maxTokens: 64,
          topP: 0.5,
          frequencyPenalty: 0.25,
          presencePenalty: -0.5,
        },
        messages: [
          { role: "user", content: "first question" },
          { role: "assistant", content: "first answer" },
          { role: "user", content: "second question [[tokens:5]]" },
        ],
      }),
    );
    expect(stream.text).toContain("Echo: second question");

    const [call] = await callsMentioning(word);
    const sent = call?.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      model: "fake/echo",
      temperature: 1.2,
      max_tokens: 64,
      top_p: 0.5,
      frequency_penalty: 0.25,
      presence_penalty: -0.5,
    });
    const messages = sent.messages as Array<{ role: string; content: unknown }>;
    expect(messages.map((message) => message.role)).toEqual([
      "system",
      "user",
      "assistant",
      "user",
    ]);
    expect(JSON.stringify(messages[0]?.content)).toContain(`You are a pirate. ${word}`);
    expect(JSON.stringify(messages[2]?.content)).toContain("first answer");
  });

  it("leaves out a blank system prompt", async () => {
    const { client } = await freshUser();
    const word = marker();
    await readUiStream(await client.json(PREVIEW, "POST", ask(word, { systemPrompt: "   " })));
    const [call] = await callsMentioning(word);
    const messages =
      (call?.body as { messages: Array<{ role: string }> } | undefined)?.messages ?? [];
    expect(messages.map((message) => message.role)).toEqual(["user"]);
  });
});

describe("usage", () => {
  it("records a preview's usage and saves no conversation", async () => {
    const { user, client } = await freshUser();
    const stream = await readUiStream(
      await client.json(PREVIEW, "POST", ask(`count ${marker()} [[tokens:12]]`)),
    );
    expect(stream.text.trim().split(/\s+/)).toHaveLength(12);
    const metadata = stream.finish?.messageMetadata as Record<string, number | string>;
    expect(metadata).toMatchObject({ completionTokens: 12, finishReason: "stop" });

    const logs = await UsageLog.find({ user_id: user.id }).lean();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      kind: "preview",
      model_id: "fake/echo",
      conversation_id: null,
      message_id: null,
    });
    expect(logs[0]?.tokens.completion).toBe(12);
    expect(logs[0]?.tokens.prompt).toBe(metadata.promptTokens);
    expect(logs[0]?.cost_usd).toBeGreaterThan(0);
    expect(logs[0]?.cost_usd).toBeCloseTo(Number(metadata.costUsd), 10);

    const after = await User.findById(user.id).lean();
    // The reservation is settled: exactly what the call used remains.
    expect(after?.usage.tokens_used).toBe(logs[0]?.tokens.total);
    expect(after?.usage.cost_usd).toBeCloseTo(logs[0]?.cost_usd ?? -1, 10);
    expect(after?.usage.messages_sent).toBe(0);
    expect(await Conversation.countDocuments({ user_id: user.id })).toBe(0);
  });

  it("stopping mid-answer stops the model and records what was used", async () => {
    const { user, client } = await freshUser();
    const word = marker();
    const controller = new AbortController();
    const response = await client.fetch(PREVIEW, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        ask(`slowly ${word} [[tokens:400]] [[delay:20]]`, { modelId: "fake/slow" }),
      ),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    await readUiStream(response, (stream) => stream.text.split(" ").length > 5);
    controller.abort();

    await waitFor(
      async () => (await UsageLog.countDocuments({ user_id: user.id })) === 1,
      "the stopped preview's usage",
      15_000,
    );
    const [log] = await UsageLog.find({ user_id: user.id }).lean();
    expect(log?.tokens.completion).toBeGreaterThan(0);
    expect(log?.tokens.completion).toBeLessThan(400);
    expect(log?.tokens.prompt).toBeGreaterThan(0);
    const [call] = await callsMentioning(word);
    // The upstream connection was closed long before 400 words at 20 ms each.
    expect(call?.endedAt).not.toBeNull();
    const after = await User.findById(user.id).lean();
    expect(after?.usage.tokens_used).toBe(log?.tokens.total);
  });

  it("a stream cut halfway ends with an error and records the partial usage", async () => {
    const { user, client } = await freshUser();
    const response = await client.json(
      PREVIEW,
      "POST",
      ask(`long one ${marker()} [[tokens:200]]`, { modelId: "fake/cut" }),
    );
    expect(response.status).toBe(200);
    const stream = await readUiStream(response);
    expect(stream.text.length).toBeGreaterThan(0);
    expect(stream.errorText).toBeTruthy();
    expect(stream.finish).toBeUndefined();

    await waitFor(
      async () => (await UsageLog.countDocuments({ user_id: user.id })) === 1,
      "the cut preview's usage",
      10_000,
    );
    const [log] = await UsageLog.find({ user_id: user.id }).lean();
    expect(log?.tokens.completion).toBeGreaterThan(0);
  });
});

describe("refusals", () => {
  it("a user past the token limit gets a 429 before any model call", async () => {
    const { user, client } = await freshUser();
    await User.updateOne(
      { _id: user.id },
      { $set: { "usage.tokens_limit": 100, "usage.tokens_used": 100 } },
    );
    const word = marker();
    const response = await client.json(PREVIEW, "POST", ask(word));
    expect(response.status).toBe(429);
    const error = await errorOf(response);
    expect(error.code).toBe("token_limit_reached");
    expect(error.message).toMatch(/token allowance/i);
    expect(await callsMentioning(word)).toHaveLength(0);
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(0);
    expect((await User.findById(user.id).lean())?.usage.tokens_used).toBe(100);
  });

  it("a user whose monthly budget is spent gets a 429 before any model call", async () => {
    const { user, client } = await freshUser();
    await User.updateOne({ _id: user.id }, { $set: { "usage.monthly_budget_usd": 0 } });
    const word = marker();
    const response = await client.json(PREVIEW, "POST", ask(word));
    expect(response.status).toBe(429);
    expect((await errorOf(response)).code).toBe("budget_reached");
    expect(await callsMentioning(word)).toHaveLength(0);
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(0);
  });

  it.each([
    ["fake/fault-500", 502, "upstream_error", /model provider returned an error/i],
    ["fake/fault-429", 429, "upstream_rate_limited", /rate-limiting/i],
  ])("%s is a %i JSON error that says what happened", async (modelId, status, code, message) => {
    const { user, client } = await freshUser();
    const response = await client.json(PREVIEW, "POST", ask(`fail ${marker()}`, { modelId }));
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const error = await errorOf(response);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    // The provider billed nothing, so nothing is recorded and the reservation is given back.
    const after = await User.findById(user.id).lean();
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(0);
    expect(after?.usage.tokens_used).toBe(0);
  });
});
