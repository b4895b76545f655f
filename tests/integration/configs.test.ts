import { beforeAll, describe, expect, it } from "vitest";
import type { ConfigDto } from "@/lib/configs/dto";
import { Conversation } from "@/models/conversation";
import { LlmConfig, type LlmConfigDoc } from "@/models/llm-config";
import { User } from "@/models/user";
import { createKey, withKey } from "../support/api-keys";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { sendAndRead, upstreamCalls } from "../support/chat";
import type { Client } from "../support/http";
import { createUser, signedIn, type TestUser } from "../support/users";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

async function seedConfig(owner: TestUser, fields: Partial<LlmConfigDoc> = {}) {
  const doc = await LlmConfig.create({
    name: "Seeded config",
    model_id: "fake/echo",
    owner_id: owner.id,
    ...fields,
  });
  return doc.toObject();
}

async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function fieldsOf(response: Response): Promise<string[]> {
  const error = (await response.json()) as { error: { fields?: Record<string, string[]> } };
  return Object.keys(error.error.fields ?? {});
}

const configUrl = (id: unknown) => `/api/configs/${String(id)}`;

const valid = {
  name: "Helper",
  modelId: "fake/echo",
  description: "Helps",
  systemPrompt: "Be helpful.",
  avatar: "🦊",
  parameters: {
    temperature: 1,
    maxTokens: 100,
    topP: 0.5,
    frequencyPenalty: 0,
    presencePenalty: 1,
  },
  tags: ["writing"],
};

describe("the authorisation matrix", () => {
  it("GET /api/configs lists own and saved configs only", async () => {
    const mine = await seedConfig(actors.owner, { name: "Owner's own" });
    const responses = await expectMatrix(actors, (client) => client.fetch("/api/configs"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const ownerIds = (await body<{ items: ConfigDto[] }>(responses.owner)).items.map((c) => c.id);
    expect(ownerIds).toContain(mine._id.toString());
    const otherIds = (await body<{ items: ConfigDto[] }>(responses.other)).items.map((c) => c.id);
    expect(otherIds).not.toContain(mine._id.toString());
  });

  it("POST /api/configs creates for signed-in users", async () => {
    await expectMatrix(actors, (client) => client.json("/api/configs", "POST", valid), {
      anonymous: 401,
      owner: 201,
      other: 201,
      banned: 403,
      admin: 201,
    });
  });

  it("GET /api/configs/:id hides a private config from everyone but its owner", async () => {
    const config = await seedConfig(actors.owner);
    await expectMatrix(actors, (client) => client.fetch(configUrl(config._id)), {
      anonymous: 401,
      owner: 200,
      other: 404,
      banned: 403,
      admin: 404,
    });
  });

  it("GET /api/configs/:id shows a public config to everyone signed in", async () => {
    const config = await seedConfig(actors.owner, { visibility: "public" });
    const responses = await expectMatrix(actors, (client) => client.fetch(configUrl(config._id)), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const seen = await body<ConfigDto & Record<string, unknown>>(responses.other);
    expect(seen.author).toEqual({ displayName: actors.owner.displayName });
    expect(JSON.stringify(seen)).not.toContain(actors.owner.email);
    expect(seen.isOwn).toBe(false);
  });

  it("PATCH /api/configs/:id is the owner's only, admins included", async () => {
    for (const visibility of ["private", "public"] as const) {
      const config = await seedConfig(actors.owner, { visibility });
      await expectMatrix(
        actors,
        (client) => client.json(configUrl(config._id), "PATCH", { name: "Renamed" }),
        {
          anonymous: 401,
          owner: 200,
          other: 404,
          banned: 403,
          admin: 404,
        },
      );
    }
  });

  it("DELETE /api/configs/:id is the owner's only", async () => {
    const ids: string[] = [];
    // A fresh public config per caller, so the owner's delete does not hide the others' answers.
    await expectMatrix(
      actors,
      async (client) => {
        const config = await seedConfig(actors.owner, { visibility: "public" });
        ids.push(config._id.toString());
        return client.fetch(configUrl(config._id), { method: "DELETE" });
      },
      { anonymous: 401, owner: 204, other: 404, banned: 403, admin: 404 },
    );
    const left = await LlmConfig.countDocuments({ _id: { $in: ids } });
    expect(left).toBe(ids.length - 1);
  });

  it("POST duplicate is the owner's; fork works on public configs for everyone", async () => {
    const priv = await seedConfig(actors.owner);
    await expectMatrix(
      actors,
      (client) => client.fetch(`${configUrl(priv._id)}/duplicate`, { method: "POST" }),
      { anonymous: 401, owner: 201, other: 404, banned: 403, admin: 404 },
    );
    await expectMatrix(
      actors,
      (client) => client.fetch(`${configUrl(priv._id)}/fork`, { method: "POST" }),
      { anonymous: 401, owner: 201, other: 404, banned: 403, admin: 404 },
    );
    const pub = await seedConfig(actors.owner, { visibility: "public" });
    await expectMatrix(
      actors,
      (client) => client.fetch(`${configUrl(pub._id)}/fork`, { method: "POST" }),
      { anonymous: 401, owner: 201, other: 201, banned: 403, admin: 201 },
    );
  });

  it("POST/DELETE save: private configs of others are 404", async () => {
    const priv = await seedConfig(actors.owner);
    await expectMatrix(
      actors,
      (client) => client.fetch(`${configUrl(priv._id)}/save`, { method: "POST" }),
      { anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 },
    );
    const pub = await seedConfig(actors.owner, { visibility: "public" });
    await expectMatrix(
      actors,
      (client) => client.fetch(`${configUrl(pub._id)}/save`, { method: "POST" }),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
    await expectMatrix(
      actors,
      (client) => client.fetch(`${configUrl(pub._id)}/save`, { method: "DELETE" }),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
  });

  it("POST unpublish is for admins only and writes an audit entry", async () => {
    const pub = await seedConfig(actors.owner, { visibility: "public" });
    await expectMatrix(
      actors,
      (client) => client.fetch(`${configUrl(pub._id)}/unpublish`, { method: "POST" }),
      { anonymous: 401, owner: 403, other: 403, banned: 403, admin: 200 },
    );
    expect((await LlmConfig.findById(pub._id).lean())?.visibility).toBe("private");
    const { AuditLog } = await import("@/models/audit-log");
    const entries = await AuditLog.find({ target_id: pub._id }).lean();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "config.unpublish",
      before: { visibility: "public" },
      after: { visibility: "private" },
    });
    expect(entries[0]?.ip).toBe(actors.clients.admin.address);
    expect(entries[0]?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("an id that is not an id is a 404", async () => {
    const response = await actors.clients.owner.fetch(configUrl("nope"));
    expect(response.status).toBe(404);
  });
});

describe("validation", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["empty name", { name: "" }, "name"],
    ["long name", { name: "x".repeat(81) }, "name"],
    ["long description", { description: "x".repeat(501) }, "description"],
    ["long system prompt", { systemPrompt: "x".repeat(20_001) }, "systemPrompt"],
    ["two emoji", { avatar: "🦊🦊" }, "avatar"],
    ["text avatar", { avatar: "a" }, "avatar"],
    ["temperature", { parameters: { temperature: 2.5 } }, "parameters.temperature"],
    ["top_p", { parameters: { topP: 1.1 } }, "parameters.topP"],
    ["frequency", { parameters: { frequencyPenalty: -3 } }, "parameters.frequencyPenalty"],
    ["presence", { parameters: { presencePenalty: 3 } }, "parameters.presencePenalty"],
    ["max tokens zero", { parameters: { maxTokens: 0 } }, "parameters.maxTokens"],
    ["max tokens over the model", { parameters: { maxTokens: 1_000_000 } }, "parameters.maxTokens"],
    ["eleven tags", { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, "tags"],
    ["long tag", { tags: ["x".repeat(31)] }, "tags.0"],
    ["unknown model", { modelId: "nobody/nothing" }, "modelId"],
    ["owner in body", { owner_id: "0".repeat(24) }, "owner_id"],
    ["counters in body", { stats: { uses_count: 5 } }, "stats"],
  ];
  for (const [label, change, field] of cases) {
    it(`rejects ${label} naming ${field}`, async () => {
      const response = await actors.clients.owner.json("/api/configs", "POST", {
        ...valid,
        ...change,
      });
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toContain(field);
    });
  }

  it("validates edits too, and only admins make templates", async () => {
    const config = await seedConfig(actors.owner);
    const bad = await actors.clients.owner.json(configUrl(config._id), "PATCH", {
      parameters: { temperature: -1 },
    });
    expect(bad.status).toBe(400);
    expect(await fieldsOf(bad)).toContain("parameters.temperature");
    const template = await actors.clients.owner.json(configUrl(config._id), "PATCH", {
      visibility: "template",
    });
    expect(template.status).toBe(403);
    const adminMade = await actors.clients.admin.json("/api/configs", "POST", {
      ...valid,
      visibility: "template",
    });
    expect(adminMade.status).toBe(201);
  });

  it("creates with every field as given", async () => {
    const response = await actors.clients.owner.json("/api/configs", "POST", valid);
    expect(response.status).toBe(201);
    const created = await body<ConfigDto>(response);
    expect(created).toMatchObject({
      name: "Helper",
      modelId: "fake/echo",
      avatar: "🦊",
      visibility: "private",
      parameters: valid.parameters,
      tags: ["writing"],
      stats: { usesCount: 0, savesCount: 0 },
      isOwn: true,
    });
  });
});

describe("publishing, copying and saving", () => {
  it("publishes and unpublishes through PATCH", async () => {
    const config = await seedConfig(actors.owner);
    const published = await actors.clients.owner.json(configUrl(config._id), "PATCH", {
      visibility: "public",
    });
    expect((await body<ConfigDto>(published)).visibility).toBe("public");
    expect((await actors.clients.other.fetch(configUrl(config._id))).status).toBe(200);
    await actors.clients.owner.json(configUrl(config._id), "PATCH", { visibility: "private" });
    expect((await actors.clients.other.fetch(configUrl(config._id))).status).toBe(404);
  });

  it("duplicate and fork make private copies owned by the caller", async () => {
    const config = await seedConfig(actors.owner, {
      visibility: "public",
      system_prompt: "Copy me",
      stats: { uses_count: 7, saves_count: 3, forks_count: 0 },
    });
    const dup = await body<ConfigDto>(
      await actors.clients.owner.fetch(`${configUrl(config._id)}/duplicate`, { method: "POST" }),
    );
    expect(dup).toMatchObject({ name: "Seeded config (copy)", visibility: "private", isOwn: true });
    const fork = await body<ConfigDto>(
      await actors.clients.other.fetch(`${configUrl(config._id)}/fork`, { method: "POST" }),
    );
    expect(fork).toMatchObject({
      systemPrompt: "Copy me",
      visibility: "private",
      isOwn: true,
      stats: { usesCount: 0, savesCount: 0 },
      author: { displayName: actors.other.displayName },
    });
    expect((await LlmConfig.findById(fork.id).lean())?.owner_id?.toString()).toBe(actors.other.id);
  });

  it("saving twice counts once; unsaving twice uncounts once; saved configs are listed", async () => {
    const config = await seedConfig(actors.owner, { visibility: "public" });
    const client = actors.clients.other;
    for (let i = 0; i < 2; i++)
      await client.fetch(`${configUrl(config._id)}/save`, { method: "POST" });
    expect((await LlmConfig.findById(config._id).lean())?.stats.saves_count).toBe(1);
    const listed = await body<{ items: ConfigDto[] }>(await client.fetch("/api/configs"));
    expect(listed.items.map((c) => c.id)).toContain(config._id.toString());
    for (let i = 0; i < 2; i++)
      await client.fetch(`${configUrl(config._id)}/save`, { method: "DELETE" });
    expect((await LlmConfig.findById(config._id).lean())?.stats.saves_count).toBe(0);
    const user = await User.findById(actors.other.id).select("saved_configs").lean();
    expect(user?.saved_configs.map(String)).not.toContain(config._id.toString());
  });

  it("counts concurrent saves from several users exactly", async () => {
    const config = await seedConfig(actors.owner, { visibility: "public" });
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const clients: Client[] = await Promise.all(users.map((user) => signedIn(user)));
    const responses = await Promise.all(
      clients.flatMap((client) => [
        client.fetch(`${configUrl(config._id)}/save`, { method: "POST" }),
        client.fetch(`${configUrl(config._id)}/save`, { method: "POST" }),
      ]),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect((await LlmConfig.findById(config._id).lean())?.stats.saves_count).toBe(4);
  });
});

describe("a saved config that is no longer shared", () => {
  const unshares = {
    "its owner makes it private": (id: string) =>
      actors.clients.owner.json(configUrl(id), "PATCH", { visibility: "private" }),
    "an admin unpublishes it": (id: string) =>
      actors.clients.admin.fetch(`${configUrl(id)}/unpublish`, { method: "POST" }),
  };

  for (const [when, unshare] of Object.entries(unshares)) {
    it(`is a placeholder to its saver and refused everywhere when ${when}`, async () => {
      const saver = await createUser();
      const client = await signedIn(saver);
      const created = await body<ConfigDto>(
        await actors.clients.owner.json("/api/configs", "POST", { ...valid, visibility: "public" }),
      );
      expect((await client.fetch(`${configUrl(created.id)}/save`, { method: "POST" })).status).toBe(
        200,
      );
      expect((await unshare(created.id)).status).toBe(200);
      // Edited once private: nothing of it may reach the saver.
      const edited = await actors.clients.owner.json(configUrl(created.id), "PATCH", {
        systemPrompt: "The secret plan.",
      });
      expect(edited.status).toBe(200);

      const listed = await body<{ items: Record<string, unknown>[] }>(
        await client.fetch("/api/configs"),
      );
      expect(listed.items).toEqual([{ id: created.id, available: false, isOwn: false }]);
      expect(JSON.stringify(listed)).not.toContain("secret plan");

      const { secret } = await createKey(client);
      const script = withKey(secret);
      const refusals = await Promise.all([
        client.fetch(configUrl(created.id)),
        client.json("/api/conversations", "POST", { configId: created.id }),
        client.json("/api/arena/sessions", "POST", {
          panels: [{ modelId: "fake/echo" }, { configId: created.id }],
        }),
        script("/api/v1/chat/completions", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            model: `config:${created.id}`,
            messages: [{ role: "user", content: "hi" }],
          }),
        }),
      ]);
      expect(refusals.map((response) => response.status)).toEqual([404, 404, 400, 404]);
      const models = (await (await script("/api/v1/models")).json()) as { data: { id: string }[] };
      expect(models.data.map((model) => model.id)).not.toContain(`config:${created.id}`);

      // It can still be taken off the list.
      expect(
        (await client.fetch(`${configUrl(created.id)}/save`, { method: "DELETE" })).status,
      ).toBe(200);
      expect(await body<{ items: unknown[] }>(await client.fetch("/api/configs"))).toEqual({
        items: [],
      });
    });
  }
});

describe("configs in chats", () => {
  it("starting a conversation with a config counts a use; another's private config is 404", async () => {
    const config = await seedConfig(actors.owner, { visibility: "public" });
    const started = await actors.clients.other.json("/api/conversations", "POST", {
      configId: config._id.toString(),
    });
    expect(started.status).toBe(201);
    expect((await LlmConfig.findById(config._id).lean())?.stats.uses_count).toBe(1);
    const hidden = await seedConfig(actors.owner);
    const refused = await actors.clients.other.json("/api/conversations", "POST", {
      configId: hidden._id.toString(),
    });
    expect(refused.status).toBe(404);
  });

  it("sending in a conversation whose config was deleted still works", async () => {
    const created = await body<ConfigDto>(
      await actors.clients.owner.json("/api/configs", "POST", valid),
    );
    const started = await body<{ id: string }>(
      await actors.clients.owner.json("/api/conversations", "POST", { configId: created.id }),
    );
    await sendAndRead(actors.clients.owner, started.id, { content: "before" });
    const deleted = await actors.clients.owner.fetch(configUrl(created.id), { method: "DELETE" });
    expect(deleted.status).toBe(204);
    await sendAndRead(actors.clients.owner, started.id, { content: "after" });
    const conversation = await Conversation.findById(started.id).lean();
    expect(conversation?.config_id?.toString()).toBe(created.id);
  });

  it("a config chosen mid-conversation applies and stays; configId null drops it", async () => {
    const config = await body<ConfigDto>(
      await actors.clients.owner.json("/api/configs", "POST", {
        ...valid,
        systemPrompt: "Speak like a pirate.",
      }),
    );
    const started = await body<{ id: string }>(
      await actors.clients.owner.json("/api/conversations", "POST", { modelId: "fake/echo" }),
    );
    // The system prompt of the upstream call that answered `content`.
    const systemFor = async (content: string) => {
      const call = (await upstreamCalls())
        .filter((c) => JSON.stringify(c.body?.messages ?? []).includes(`"${content}"`))
        .at(-1);
      const messages = (call?.body.messages ?? []) as { role: string; content: unknown }[];
      const system = messages.find((message) => message.role === "system")?.content;
      return system === undefined ? null : JSON.stringify(system);
    };

    await sendAndRead(actors.clients.owner, started.id, { content: "one", configId: config.id });
    expect(await systemFor("one")).toContain("Speak like a pirate.");
    expect((await Conversation.findById(started.id).lean())?.config_id?.toString()).toBe(config.id);

    // The conversation remembers the config for the next message.
    await sendAndRead(actors.clients.owner, started.id, { content: "two" });
    expect(await systemFor("two")).toContain("Speak like a pirate.");

    await sendAndRead(actors.clients.owner, started.id, {
      content: "three",
      model: "fake/echo",
      configId: null,
    });
    expect(await systemFor("three")).toBeNull();
    expect((await Conversation.findById(started.id).lean())?.config_id).toBeNull();
  });
});
