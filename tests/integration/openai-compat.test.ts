import { randomBytes } from "node:crypto";
import OpenAI from "openai";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";
import { ApiKey } from "@/models/api-key";
import { Conversation } from "@/models/conversation";
import { LlmConfig } from "@/models/llm-config";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { corruptImageDataUrl, gradientPng } from "../fake-upstream/png";
import type { RecordedCall } from "../fake-upstream/server";
import { waitFor } from "../setup/wait";
import { createKey, withKey } from "../support/api-keys";
import {
  callsMentioning,
  footprint,
  type KeyHolder,
  keyHolder,
  marker,
  sdk,
  UNTOUCHED,
} from "../support/openai";
import { banUser, createUser, signedIn } from "../support/users";

const PNG = gradientPng(8, 8);

function dataUrl(bytes: Buffer, type = "image/png"): string {
  return `data:${type};base64,${bytes.toString("base64")}`;
}

function imagePart(url: string): OpenAI.ChatCompletionContentPartImage {
  return { type: "image_url", image_url: { url } };
}

type UpstreamPart = { type: string; text?: string; image_url?: { url: string } };

/** The parts of the last user message the upstream received in `call`. */
function userParts(call: RecordedCall | undefined): UpstreamPart[] {
  const body = call?.body as { messages: Array<{ role: string; content: unknown }> } | undefined;
  const content = body?.messages.findLast((message) => message.role === "user")?.content;
  return Array.isArray(content) ? (content as UpstreamPart[]) : [];
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

  it("lists the caller's own and saved configs after the models, and no one else's", async () => {
    const lister = await keyHolder();
    const other = await createUser();
    const [own, saved, unshared, privateOne, retired] = await LlmConfig.create([
      { name: "Mine", model_id: "fake/echo", owner_id: lister.user.id },
      { name: "Shared", model_id: "fake/echo", owner_id: other.id, visibility: "public" },
      // Saved while public, then made private by its owner: a completion refuses it.
      { name: "Unshared", model_id: "fake/echo", owner_id: other.id, visibility: "private" },
      { name: "Theirs", model_id: "fake/echo", owner_id: other.id },
      // Its model is gone from the catalogue: a completion refuses it.
      { name: "Retired", model_id: "gone/model", owner_id: lister.user.id },
    ]);
    await User.updateOne(
      { _id: lister.user.id },
      { $set: { saved_configs: [saved?._id, unshared?._id] } },
    );

    const page = await lister.openai.models.list();
    const ids = page.data.map((model) => model.id);
    expect(ids).toContain(`config:${own?._id}`);
    expect(ids).toContain(`config:${saved?._id}`);
    for (const hidden of [unshared, privateOne, retired]) {
      expect(ids).not.toContain(`config:${hidden?._id}`);
    }
    const configs = page.data.filter((model) => model.id.startsWith("config:"));
    expect(configs).toHaveLength(2);
    for (const config of configs) {
      expect(config).toMatchObject({ object: "model", owned_by: "uni-chat" });
      expect(config.created).toBeGreaterThan(1_600_000_000);
    }
    const lastModel = ids.findLastIndex((id) => !id.startsWith("config:"));
    expect(ids.findIndex((id) => id.startsWith("config:"))).toBeGreaterThan(lastModel);

    const completion = await lister.openai.chat.completions.create({
      model: `config:${saved?._id}`,
      messages: [{ role: "user", content: "listed, so usable [[tokens:2]]" }],
    });
    expect(completion.model).toBe(`config:${saved?._id}`);
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
    const messages = await Message.find({ conversation_id: id })
      .sort({ created_at: 1, _id: 1 })
      .lean();
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

describe("image input", () => {
  it("sends data URL images to the upstream as image parts, typed from their bytes", async () => {
    const word = marker();
    const completion = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: `${word} what are these?` },
            { type: "image_url", image_url: { url: dataUrl(PNG), detail: "low" } },
            // Declared a JPEG, but the bytes are a PNG: the bytes decide.
            imagePart(dataUrl(PNG, "image/jpeg")),
          ],
        },
      ],
    });
    expect(completion.choices[0]?.message.content).toContain("[images:2]");

    const [call] = await callsMentioning(word);
    const parts = userParts(call);
    expect(parts.map((part) => part.type)).toEqual(["text", "image_url", "image_url"]);
    expect(parts[0]?.text).toBe(`${word} what are these?`);
    expect(parts[1]?.image_url?.url).toBe(dataUrl(PNG));
    expect(parts[2]?.image_url?.url).toBe(dataUrl(PNG));
  });

  it("passes an https image URL through to the upstream without fetching it", async () => {
    const word = marker();
    // No image extension and a host that never resolves: had the server
    // tried to download it, the call would have failed.
    const url = `https://images.invalid/photo?id=${word}`;
    const completion = await holder.openai.chat.completions.create({
      model: "fake/echo",
      messages: [{ role: "user", content: [{ type: "text", text: "describe" }, imagePart(url)] }],
    });
    expect(completion.choices[0]?.message.content).toContain("[images:1]");
    const [call] = await callsMentioning(word);
    expect(userParts(call)).toEqual([
      { type: "text", text: "describe" },
      { type: "image_url", image_url: { url } },
    ]);
  });

  it("refuses bad images with a 400 naming the field, and bills and stores nothing", async () => {
    const refused = await keyHolder();
    const word = marker();
    const oversized = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - PNG.length)]);
    const field = "messages.0.content.1.image_url.url";
    const cases: Array<{
      url: string;
      model?: string;
      code: string;
      param?: string;
      says: RegExp;
    }> = [
      { url: "data:image/png;base64,@@not*base64@@", code: "invalid_input", says: /valid base64/ },
      { url: corruptImageDataUrl(), code: "invalid_image", says: /not a PNG, JPEG, WebP or GIF/ },
      { url: dataUrl(Buffer.from("%PDF-1.4\n")), code: "invalid_image", says: /not a PNG/ },
      { url: dataUrl(oversized), code: "invalid_input", says: /at most 16 MB/ },
      { url: "http://example.com/cat.png", code: "invalid_input", says: /https: URL/ },
      { url: "file:///etc/passwd", code: "invalid_input", says: /https: URL/ },
      { url: "javascript:alert(1)", code: "invalid_input", says: /https: URL/ },
      { url: "data:image/svg+xml,<svg/>", code: "invalid_input", says: /base64 data: URL/ },
      {
        url: dataUrl(PNG),
        model: "fake/text-only",
        code: "images_not_supported",
        param: "messages.0.content.1",
        says: /fake\/text-only cannot read images/,
      },
    ];
    for (const { url, model, code, param, says } of cases) {
      const error = await refused.openai.chat.completions
        .create({
          model: model ?? "fake/echo",
          store: true,
          messages: [{ role: "user", content: [{ type: "text", text: word }, imagePart(url)] }],
        })
        .catch((thrown: unknown) => thrown);
      const label = url.slice(0, 40);
      expect(error, label).toBeInstanceOf(OpenAI.BadRequestError);
      expect(error, label).toMatchObject({ status: 400, code, param: param ?? field });
      expect((error as Error).message, label).toMatch(says);
    }

    const system = await refused.openai.chat.completions
      .create({
        model: "fake/echo",
        messages: [
          { role: "system", content: [imagePart(dataUrl(PNG))] },
          { role: "user", content: word },
        ],
      } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming)
      .catch((thrown: unknown) => thrown);
    expect(system).toMatchObject({ status: 400, param: "messages.0.content.0" });
    expect((system as Error).message).toMatch(/only user messages can carry images/);

    expect(await callsMentioning(word)).toHaveLength(0);
    expect(await footprint(refused.user.id)).toEqual(UNTOUCHED);
  });

  it("reserves tokens for an image, not for the length of its base64", async () => {
    const limited = await keyHolder();
    await User.updateOne(
      { _id: limited.user.id },
      { $set: { "usage.tokens_limit": 1_000_000_000 } },
    );
    // Some 540,000 base64 characters: about 135,000 tokens if read as text.
    const large = Buffer.concat([PNG, randomBytes(400_000)]);
    const pending = limited.openai.chat.completions.create({
      model: "fake/echo",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "look [[first:1000]] [[tokens:3]]" },
            imagePart(dataUrl(large)),
          ],
        },
      ],
    });
    let settled = false;
    pending.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    // Read while the model thinks: the reservation, before usage replaces it.
    let reserved = 0;
    await waitFor(async () => {
      reserved = (await User.findById(limited.user.id).lean())?.usage.tokens_used ?? 0;
      return reserved > 0 || settled;
    }, "the reservation");
    const completion = await pending;
    // fake/echo's output allowance (8,192) plus a few words and one image.
    expect(reserved).toBeGreaterThan(8_192);
    expect(reserved).toBeLessThan(8_192 + 5_000);
    expect(completion.usage?.completion_tokens).toBe(3);
  });

  it("stores inline images as the user's attachments and notes links, with store: true", async () => {
    const storing = await keyHolder();
    const link = "https://images.invalid/cat.webp";
    const asked = await storing.openai.chat.completions
      .create({
        model: "fake/echo",
        store: true,
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: "keep these" },
              imagePart(dataUrl(PNG)),
              imagePart(link),
            ],
          },
        ],
      })
      .withResponse();
    const id = asked.response.headers.get("x-uni-chat-conversation-id");
    const api = withKey(storing.secret);
    const conversation = await api(`/api/conversations/${id}`);
    expect(conversation.status).toBe(200);
    const { messages } = (await conversation.json()) as {
      messages: Array<{ role: string; content: string; attachments: Array<{ id: string }> }>;
    };
    const question = messages.find((message) => message.role === "user");
    expect(question?.content).toBe(`keep these\n[image: ${link}]`);
    expect(question?.attachments).toEqual([
      expect.objectContaining({ name: "image-1.png", mimeType: "image/png", size: PNG.length }),
    ]);

    const served = await api(`/api/files/${question?.attachments[0]?.id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });
});

describe("who may call", () => {
  it("answers anonymous callers and revoked keys 401, a banned owner's key 403, and bills nothing", async () => {
    const request = {
      model: "fake/echo",
      messages: [
        {
          role: "user" as const,
          content: [{ type: "text" as const, text: "hi" }, imagePart(dataUrl(PNG))],
        },
      ],
    };
    const anonymous = await fetch(`${inject("appUrl")}/api/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { type: "authentication_error" } });

    const revoked = await keyHolder();
    const client = await signedIn(revoked.user);
    const second = await createKey(client);
    await client.fetch(`/api/keys/${second.key.id}`, { method: "DELETE" });
    const revokedError = await sdk(second.secret)
      .chat.completions.create(request)
      .catch((thrown: unknown) => thrown);
    expect(revokedError).toBeInstanceOf(OpenAI.AuthenticationError);

    const banned = await keyHolder();
    await banUser(banned.user);
    for (const call of [
      () => banned.openai.models.list(),
      () => banned.openai.chat.completions.create(request),
    ]) {
      const error = await call().catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
      expect(error).toMatchObject({ status: 403, code: "banned", type: "permission_error" });
    }
    expect(await footprint(banned.user.id)).toEqual(UNTOUCHED);
    expect(await footprint(revoked.user.id)).toEqual(UNTOUCHED);
  });
});
