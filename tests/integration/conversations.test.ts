import { Types } from "mongoose";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/types";
import { createConversation } from "@/lib/conversations/create";
import { deleteConversation } from "@/lib/conversations/delete";
import type {
  ConversationDto,
  ConversationSearchHitDto,
  ConversationSummaryDto,
  ConversationWithMessagesDto,
  Page,
} from "@/lib/conversations/dto";
import { updateConversation } from "@/lib/conversations/update";
import { runAction } from "@/lib/http/action";
import { Conversation, type ConversationDoc } from "@/models/conversation";
import { Folder } from "@/models/folder";
import { LlmConfig } from "@/models/llm-config";
import { Message, type MessageDoc } from "@/models/message";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import type { Client } from "../support/http";
import { createUser, signedIn, type TestUser } from "../support/users";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

/** The acting user as a service sees it, for calling services the way server actions do. */
function asActor(user: TestUser): SessionUser {
  return {
    id: user.id,
    email: user.email,
    role: "user",
    displayName: user.displayName,
    avatarUrl: "",
    theme: "system",
    notifyReplies: true,
    language: null,
  };
}

async function seedConversation(owner: TestUser, fields: Partial<ConversationDoc> = {}) {
  const doc = await Conversation.create({ user_id: owner.id, title: "Seeded", ...fields });
  return doc.toObject();
}

async function seedMessage(
  conversation: ConversationDoc,
  fields: Partial<MessageDoc> & Pick<MessageDoc, "role" | "content">,
): Promise<MessageDoc> {
  const doc = await Message.create({
    conversation_id: conversation._id,
    user_id: conversation.user_id,
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

const conversationUrl = (id: string | Types.ObjectId) => `/api/conversations/${id}`;

describe("the authorisation matrix", () => {
  it("GET /api/conversations lists each caller's own conversations only", async () => {
    const mine = await seedConversation(actors.owner, { title: "Owner's list entry" });
    const responses = await expectMatrix(
      actors,
      (client) => client.fetch("/api/conversations?limit=100"),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
    const ownerIds = (await body<Page<ConversationSummaryDto>>(responses.owner)).items.map(
      (item) => item.id,
    );
    expect(ownerIds).toContain(mine._id.toString());
    for (const actor of ["other", "admin"] as const) {
      const page = await body<Page<ConversationSummaryDto>>(responses[actor]);
      expect(page.items.map((item) => item.id)).not.toContain(mine._id.toString());
    }
  });

  it("GET /api/conversations?q= searches each caller's own conversations only", async () => {
    await seedConversation(actors.owner, { title: "Matrix search marker" });
    const responses = await expectMatrix(
      actors,
      (client) => client.fetch("/api/conversations?q=matrix%20search%20marker"),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
    expect((await body<Page<unknown>>(responses.owner)).items).toHaveLength(1);
    expect((await body<Page<unknown>>(responses.other)).items).toHaveLength(0);
    expect((await body<Page<unknown>>(responses.admin)).items).toHaveLength(0);
  });

  it("POST /api/conversations creates for the caller, in their own folders only", async () => {
    const folder = await Folder.create({ user_id: actors.owner.id, name: "Owner's" });
    const responses = await expectMatrix(
      actors,
      (client) => client.json("/api/conversations", "POST", { folderId: folder._id.toString() }),
      { anonymous: 401, owner: 201, other: 404, banned: 403, admin: 404 },
    );
    const created = await body<ConversationDto>(responses.owner);
    expect(created).toMatchObject({ folderId: folder._id.toString(), title: "New conversation" });
    expect(await Conversation.countDocuments({ folder_id: folder._id })).toBe(1);
    expect((await Folder.findById(folder._id).lean())?.conversation_count).toBe(1);
  });

  it("GET /api/conversations/:id shows the owner only", async () => {
    const conversation = await seedConversation(actors.owner);
    await expectMatrix(actors, (client) => client.fetch(conversationUrl(conversation._id)), {
      anonymous: 401,
      owner: 200,
      other: 404,
      banned: 403,
      admin: 404,
    });
  });

  it("PATCH /api/conversations/:id changes the owner's conversation only", async () => {
    const conversation = await seedConversation(actors.owner, { title: "Before" });
    await expectMatrix(
      actors,
      (client, actor) =>
        client.json(conversationUrl(conversation._id), "PATCH", { title: `Renamed by ${actor}` }),
      { anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 },
    );
    expect((await Conversation.findById(conversation._id).lean())?.title).toBe("Renamed by owner");
  });

  it("DELETE /api/conversations/:id deletes the owner's conversation only", async () => {
    const target = await seedConversation(actors.owner);
    const ownersOwn = await seedConversation(actors.owner);
    // The owner deletes another conversation, so the others' attempts meet a live target.
    await expectMatrix(
      actors,
      (client, actor) =>
        client.fetch(conversationUrl(actor === "owner" ? ownersOwn._id : target._id), {
          method: "DELETE",
        }),
      { anonymous: 401, owner: 204, other: 404, banned: 403, admin: 404 },
    );
    expect(await Conversation.exists({ _id: target._id })).not.toBeNull();
    expect(await Conversation.exists({ _id: ownersOwn._id })).toBeNull();
  });

  it("GET /api/conversations/:id/export gives the owner's conversation only", async () => {
    const conversation = await seedConversation(actors.owner);
    await expectMatrix(
      actors,
      (client) => client.fetch(`${conversationUrl(conversation._id)}/export?format=json`),
      { anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 },
    );
  });

  it("answers ids that are not ids with 404 on every method", async () => {
    const client = actors.clients.owner;
    for (const id of ["not-an-id", "123", "zzzzzzzzzzzzzzzzzzzzzzzz", new Types.ObjectId()]) {
      const url = conversationUrl(String(id));
      expect((await client.fetch(url)).status).toBe(404);
      expect((await client.json(url, "PATCH", { title: "x" })).status).toBe(404);
      expect((await client.fetch(url, { method: "DELETE" })).status).toBe(404);
      expect((await client.fetch(`${url}/export`)).status).toBe(404);
    }
  });
});

describe("creating and reading", () => {
  it("creates with the declared fields and answers 201 with the id", async () => {
    const config = await LlmConfig.create({
      name: "Reviewer",
      model_id: "fake/echo",
      owner_id: actors.owner.id,
    });
    const configId = config._id.toString();
    const response = await actors.clients.owner.json("/api/conversations", "POST", {
      title: "  Trip to Lisbon  ",
      modelId: "openai/gpt-4o-mini",
      configId,
    });
    expect(response.status).toBe(201);
    const created = await body<ConversationDto>(response);
    expect(created).toMatchObject({
      title: "Trip to Lisbon",
      modelId: "openai/gpt-4o-mini",
      configId,
      folderId: null,
      isPinned: false,
      isArchived: false,
      tags: [],
      messageCount: 0,
      currentLeafId: null,
      stats: { totalTokens: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 },
    });
    const stored = await Conversation.findById(created.id).lean();
    expect(stored?.user_id.toString()).toBe(actors.owner.id);
  });

  it("refuses owners, counters, stats and unknown fields, creating nothing", async () => {
    const before = await Conversation.countDocuments({ user_id: actors.owner.id });
    for (const extra of [
      { user_id: actors.other.id },
      { userId: actors.other.id },
      { message_count: 99 },
      { messageCount: 99 },
      { stats: { total_tokens: 1 } },
      { isPinned: true },
    ]) {
      const response = await actors.clients.owner.json("/api/conversations", "POST", {
        title: "Sneaky",
        ...extra,
      });
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toEqual(Object.keys(extra));
    }
    expect(await Conversation.countDocuments({ user_id: actors.owner.id })).toBe(before);
    expect(await Conversation.exists({ title: "Sneaky" })).toBeNull();
  });

  it("answers each bad field with a 400 naming it, creating nothing", async () => {
    const before = await Conversation.countDocuments({ user_id: actors.owner.id });
    const cases: [unknown, string][] = [
      [{ title: "" }, "title"],
      [{ title: "   " }, "title"],
      [{ title: "x".repeat(201) }, "title"],
      [{ title: 5 }, "title"],
      [{ modelId: "" }, "modelId"],
      [{ modelId: ["a"] }, "modelId"],
      [{ configId: "not-an-id" }, "configId"],
      [{ folderId: "not-an-id" }, "folderId"],
      [{ folderId: { $ne: null } }, "folderId"],
      [[], "body"],
      ["text", "body"],
    ];
    for (const [input, field] of cases) {
      const response = await actors.clients.owner.json("/api/conversations", "POST", input);
      expect(response.status, JSON.stringify(input)).toBe(400);
      expect(await fieldsOf(response)).toEqual([field]);
    }
    const notJson = await actors.clients.owner.fetch("/api/conversations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(notJson.status).toBe(400);
    expect(await Conversation.countDocuments({ user_id: actors.owner.id })).toBe(before);
  });

  it("GET /api/conversations/:id returns the conversation with every message, oldest first", async () => {
    const conversation = await seedConversation(actors.owner, { title: "Tree" });
    const root = await seedMessage(conversation, {
      role: "user",
      content: "Hello",
      created_at: new Date("2025-01-01T10:00:00Z"),
    });
    const first = await seedMessage(conversation, {
      role: "assistant",
      content: "Hi!",
      parent_id: root._id,
      created_at: new Date("2025-01-01T10:00:02Z"),
    });
    const second = await seedMessage(conversation, {
      role: "assistant",
      content: "Hello there!",
      parent_id: root._id,
      created_at: new Date("2025-01-01T10:00:05Z"),
    });
    const response = await actors.clients.owner.fetch(conversationUrl(conversation._id));
    expect(response.status).toBe(200);
    const got = await body<ConversationWithMessagesDto>(response);
    expect(got.conversation).toMatchObject({ id: conversation._id.toString(), title: "Tree" });
    expect(got.messages.map((message) => message.id)).toEqual(
      [root, first, second].map((message) => message._id.toString()),
    );
    expect(got.messages[1]).toMatchObject({ parentId: root._id.toString(), role: "assistant" });
    expect(got.messages[0]).not.toHaveProperty("user_id");
  });
});

describe("updating", () => {
  it("renames, pins, archives and tags, trimming what it keeps", async () => {
    const conversation = await seedConversation(actors.owner);
    const response = await actors.clients.owner.json(conversationUrl(conversation._id), "PATCH", {
      title: "  Renamed  ",
      isPinned: true,
      isArchived: true,
      tags: [" work ", "ideas"],
    });
    expect(response.status).toBe(200);
    expect(await body<ConversationDto>(response)).toMatchObject({
      title: "Renamed",
      isPinned: true,
      isArchived: true,
      tags: ["work", "ideas"],
    });
    const unarchived = await actors.clients.owner.json(conversationUrl(conversation._id), "PATCH", {
      isArchived: false,
      tags: [],
    });
    expect(await body<ConversationDto>(unarchived)).toMatchObject({ isArchived: false, tags: [] });
  });

  it("answers each bad field with a 400 naming it and changes nothing", async () => {
    const conversation = await seedConversation(actors.owner, { title: "Untouched", tags: ["a"] });
    const cases: [unknown, string][] = [
      [{ title: "" }, "title"],
      [{ title: null }, "title"],
      [{ isPinned: "yes" }, "isPinned"],
      [{ isArchived: 1 }, "isArchived"],
      [{ tags: "work" }, "tags"],
      [{ tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, "tags"],
      [{ tags: ["x".repeat(31)] }, "tags.0"],
      [{ tags: ["ok", " "] }, "tags.1"],
      [{ tags: ["same", " same "] }, "tags"],
      [{ folderId: "nope" }, "folderId"],
      [{ currentLeafId: "nope" }, "currentLeafId"],
      [{ currentLeafId: null }, "currentLeafId"],
    ];
    for (const [input, field] of cases) {
      const response = await actors.clients.owner.json(
        conversationUrl(conversation._id),
        "PATCH",
        input,
      );
      expect(response.status, JSON.stringify(input)).toBe(400);
      expect(await fieldsOf(response)).toEqual([field]);
    }
    const stored = await Conversation.findById(conversation._id).lean();
    expect(stored).toMatchObject({ title: "Untouched", tags: ["a"], is_pinned: false });
    expect(stored?.updated_at).toEqual(conversation.updated_at);
  });

  it("refuses owners, counters and stats, changing nothing", async () => {
    const conversation = await seedConversation(actors.owner, { title: "Counted" });
    for (const extra of [
      { user_id: actors.other.id },
      { message_count: 1000 },
      { messageCount: 1000 },
      { stats: { total_tokens: 1 } },
      { created_at: "2000-01-01" },
      { lastMessageAt: "2100-01-01" },
    ]) {
      const response = await actors.clients.owner.json(conversationUrl(conversation._id), "PATCH", {
        title: "Hijacked",
        ...extra,
      });
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toEqual(Object.keys(extra));
    }
    const stored = await Conversation.findById(conversation._id).lean();
    expect(stored).toMatchObject({ title: "Counted", message_count: 0 });
    expect(stored?.user_id.toString()).toBe(actors.owner.id);
  });

  it("switches the branch on show to a message of this conversation only", async () => {
    const conversation = await seedConversation(actors.owner);
    const elsewhere = await seedConversation(actors.owner);
    const message = await seedMessage(conversation, { role: "user", content: "Mine" });
    const foreign = await seedMessage(elsewhere, { role: "user", content: "Not here" });
    const url = conversationUrl(conversation._id);
    const client = actors.clients.owner;

    const wrong = await client.json(url, "PATCH", { currentLeafId: foreign._id.toString() });
    expect(wrong.status).toBe(404);
    const missing = await client.json(url, "PATCH", {
      currentLeafId: new Types.ObjectId().toString(),
    });
    expect(missing.status).toBe(404);
    expect((await Conversation.findById(conversation._id).lean())?.current_leaf_id).toBeNull();

    const right = await client.json(url, "PATCH", { currentLeafId: message._id.toString() });
    expect(right.status).toBe(200);
    expect((await body<ConversationDto>(right)).currentLeafId).toBe(message._id.toString());
  });
});

describe("folder counts", () => {
  const countOf = async (id: Types.ObjectId) =>
    (await Folder.findById(id).lean())?.conversation_count;

  it("stay right through create, move, move out and delete", async () => {
    const client = actors.clients.owner;
    const [a, b] = await Folder.create([
      { user_id: actors.owner.id, name: "A" },
      { user_id: actors.owner.id, name: "B" },
    ]);
    if (!a || !b) throw new Error("folders not created");

    const create = async () =>
      body<ConversationDto>(
        await client.json("/api/conversations", "POST", { folderId: a._id.toString() }),
      );
    const first = await create();
    const second = await create();
    expect([await countOf(a._id), await countOf(b._id)]).toEqual([2, 0]);

    const moved = await client.json(conversationUrl(first.id), "PATCH", {
      folderId: b._id.toString(),
    });
    expect((await body<ConversationDto>(moved)).folderId).toBe(b._id.toString());
    expect([await countOf(a._id), await countOf(b._id)]).toEqual([1, 1]);

    // Moving into the folder it is already in counts nothing.
    await client.json(conversationUrl(first.id), "PATCH", { folderId: b._id.toString() });
    expect([await countOf(a._id), await countOf(b._id)]).toEqual([1, 1]);

    const out = await client.json(conversationUrl(first.id), "PATCH", { folderId: null });
    expect((await body<ConversationDto>(out)).folderId).toBeNull();
    expect([await countOf(a._id), await countOf(b._id)]).toEqual([1, 0]);

    expect((await client.fetch(conversationUrl(second.id), { method: "DELETE" })).status).toBe(204);
    expect([await countOf(a._id), await countOf(b._id)]).toEqual([0, 0]);
  });

  it("are counted down once when deletes race", async () => {
    const client = actors.clients.owner;
    const folder = await Folder.create({ user_id: actors.owner.id, name: "Race" });
    const created = await body<ConversationDto>(
      await client.json("/api/conversations", "POST", { folderId: folder._id.toString() }),
    );
    expect(await countOf(folder._id)).toBe(1);
    const deletes = await Promise.all(
      [1, 2, 3].map(() => client.fetch(conversationUrl(created.id), { method: "DELETE" })),
    );
    expect(deletes.map((response) => response.status).sort()).toEqual([204, 404, 404]);
    expect(await countOf(folder._id)).toBe(0);
  });

  it("are untouched by a move into another user's folder, which is a 404", async () => {
    const mine = await Folder.create({ user_id: actors.owner.id, name: "Mine" });
    const theirs = await Folder.create({ user_id: actors.other.id, name: "Theirs" });
    const created = await body<ConversationDto>(
      await actors.clients.owner.json("/api/conversations", "POST", {
        folderId: mine._id.toString(),
      }),
    );
    const response = await actors.clients.owner.json(conversationUrl(created.id), "PATCH", {
      folderId: theirs._id.toString(),
    });
    expect(response.status).toBe(404);
    expect(await countOf(mine._id)).toBe(1);
    expect(await countOf(theirs._id)).toBe(0);
    expect((await Conversation.findById(created.id).lean())?.folder_id?.toString()).toBe(
      mine._id.toString(),
    );
  });
});

describe("deleting", () => {
  it("deletes the conversation's messages and no one else's", async () => {
    const conversation = await seedConversation(actors.owner);
    const kept = await seedConversation(actors.owner);
    for (const content of ["one", "two", "three"]) {
      await seedMessage(conversation, { role: "user", content });
    }
    await seedMessage(kept, { role: "user", content: "stays" });

    const response = await actors.clients.owner.fetch(conversationUrl(conversation._id), {
      method: "DELETE",
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(await Message.countDocuments({ conversation_id: conversation._id })).toBe(0);
    expect(await Message.countDocuments({ conversation_id: kept._id })).toBe(1);
    expect(
      (await actors.clients.owner.fetch(conversationUrl(conversation._id), { method: "DELETE" }))
        .status,
    ).toBe(404);
  });
});

describe("pagination", () => {
  let client: Client;
  let user: TestUser;
  let expected: string[];
  const archivedIds: string[] = [];

  beforeAll(async () => {
    user = await createUser();
    client = await signedIn(user);
    const base = Date.UTC(2025, 0, 1);
    const docs: Partial<ConversationDoc>[] = [];
    for (let i = 0; i < 23; i++) {
      // Groups of three share a timestamp, so the id has to break ties.
      docs.push({ title: `c${i}`, last_message_at: new Date(base + Math.floor(i / 3) * 60_000) });
    }
    docs.push({ title: "pinned old", is_pinned: true, last_message_at: new Date(base - 1e9) });
    docs.push({ title: "pinned tie 1", is_pinned: true, last_message_at: new Date(base) });
    docs.push({ title: "pinned tie 2", is_pinned: true, last_message_at: new Date(base) });
    const created = await Conversation.insertMany(
      docs.map((doc) => ({ ...doc, user_id: user.id })),
    );
    const archived = await Conversation.create({
      user_id: user.id,
      title: "archived",
      is_archived: true,
    });
    archivedIds.push(archived._id.toString());
    expected = created
      .map((doc) => doc.toObject())
      .sort(
        (a, b) =>
          Number(b.is_pinned) - Number(a.is_pinned) ||
          b.last_message_at.getTime() - a.last_message_at.getTime() ||
          b._id.toString().localeCompare(a._id.toString()),
      )
      .map((doc) => doc._id.toString());
  });

  async function walk(query: string, limit: number) {
    const seen: ConversationSummaryDto[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const params = new URLSearchParams(query);
      params.set("limit", String(limit));
      if (cursor) params.set("cursor", cursor);
      const response = await client.fetch(`/api/conversations?${params}`);
      expect(response.status).toBe(200);
      const page: Page<ConversationSummaryDto> = await body(response);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    return { seen, pages };
  }

  it("walks every page with no duplicates or gaps, pinned first, ties broken by id", async () => {
    for (const limit of [1, 4, 7, 26, 100]) {
      const { seen, pages } = await walk("", limit);
      expect(seen.map((item) => item.id)).toEqual(expected);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
    }
    const { seen } = await walk("", 5);
    expect(seen.slice(0, 3).every((item) => item.isPinned)).toBe(true);
    expect(seen.slice(3).some((item) => item.isPinned)).toBe(false);
  });

  it("returns only what the sidebar shows", async () => {
    const page = await body<Page<Record<string, unknown>>>(
      await client.fetch("/api/conversations?limit=1"),
    );
    expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(
      [
        "configId",
        "folderId",
        "id",
        "isArchived",
        "isPinned",
        "lastMessageAt",
        "messageCount",
        "modelId",
        "tags",
        "title",
      ].sort(),
    );
  });

  it("defaults to 30 and keeps archived conversations in their own view", async () => {
    const first = await body<Page<ConversationSummaryDto>>(
      await client.fetch("/api/conversations"),
    );
    expect(first.items).toHaveLength(26);
    expect(first.nextCursor).toBeNull();
    expect(first.items.map((item) => item.id)).not.toContain(archivedIds[0]);
    const archived = await walk("archived=true", 10);
    expect(archived.seen.map((item) => item.id)).toEqual(archivedIds);
  });

  it("filters by folder, or by no folder", async () => {
    const folder = await Folder.create({ user_id: user.id, name: "Filtered" });
    const [inFolder] = expected;
    await Conversation.updateOne({ _id: inFolder }, { $set: { folder_id: folder._id } });
    const only = await walk(`folderId=${folder._id}`, 10);
    expect(only.seen.map((item) => item.id)).toEqual([inFolder]);
    const none = await walk("folderId=none", 10);
    expect(none.seen.map((item) => item.id)).toEqual(expected.slice(1));
    await Conversation.updateOne({ _id: inFolder }, { $set: { folder_id: null } });
  });

  it("filters by tag, a whole tag only", async () => {
    const [tagged, alsoTagged] = expected;
    await Conversation.updateOne({ _id: tagged }, { $set: { tags: ["work", "urgent"] } });
    await Conversation.updateOne({ _id: alsoTagged }, { $set: { tags: ["work"] } });
    const work = await walk("tag=work", 1);
    expect(work.seen.map((item) => item.id)).toEqual([tagged, alsoTagged]);
    expect((await walk("tag=urgent", 10)).seen.map((item) => item.id)).toEqual([tagged]);
    expect((await walk("tag=wor", 10)).seen).toEqual([]);
    await Conversation.updateMany({ user_id: user.id }, { $set: { tags: [] } });
  });

  it("answers bad query parameters with a 400 naming them", async () => {
    const cases: [string, string][] = [
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["limit=abc", "limit"],
      ["limit=2.5", "limit"],
      ["archived=maybe", "archived"],
      ["folderId=nope", "folderId"],
      [`tag=${"x".repeat(31)}`, "tag"],
      ["cursor=garbage", "cursor"],
      [`cursor=${Buffer.from('[1,"x","y"]').toString("base64url")}`, "cursor"],
      ["sort=title", "sort"],
      ["q=", "q"],
      [`q=${"x".repeat(101)}`, "q"],
      ["q=hello&limit=51", "limit"],
      ["q=hello&archived=true", "archived"],
    ];
    for (const [query, field] of cases) {
      const response = await client.fetch(`/api/conversations?${query}`);
      expect(response.status, query).toBe(400);
      expect(await fieldsOf(response), query).toEqual([field]);
    }
  });
});

describe("search", () => {
  let client: Client;
  let user: TestUser;
  let titled: ConversationDoc;
  let talked: ConversationDoc;

  beforeAll(async () => {
    user = await createUser();
    client = await signedIn(user);
    titled = await seedConversation(user, {
      title: "Pineapple pizza debate",
      last_message_at: new Date("2025-02-01T00:00:00Z"),
    });
    talked = await seedConversation(user, {
      title: "Groceries",
      last_message_at: new Date("2025-03-01T00:00:00Z"),
    });
    await seedMessage(talked, { role: "user", content: "What goes with ham?" });
    await seedMessage(talked, {
      role: "assistant",
      content: `${"Lots of things go with ham. ".repeat(5)}Try PINEAPPLE rings, grilled. ${"More text follows here. ".repeat(10)}`,
    });
    await seedConversation(user, { title: "Price is $5 (a.k.a. cheap)" });
    await seedConversation(user, { title: "abc" });
    // Another user's words must never be found.
    const stranger = await seedConversation(actors.other, { title: "Pineapple secrets" });
    await seedMessage(stranger, { role: "user", content: "pineapple in someone else's chat" });
  });

  async function search(q: string) {
    const response = await client.fetch(`/api/conversations?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    const page = await body<Page<ConversationSearchHitDto>>(response);
    expect(page.nextCursor).toBeNull();
    return page.items;
  }

  it("finds by title and by message content, case-insensitively, newest first", async () => {
    const hits = await search("pineapple");
    expect(hits.map((hit) => hit.id)).toEqual([talked._id.toString(), titled._id.toString()]);
    const [byMessage, byTitle] = hits;
    expect(byTitle?.snippet).toBeNull();
    expect(byMessage?.snippet).toMatch(/Try PINEAPPLE rings/);
    expect(byMessage?.snippet?.length).toBeLessThan(200);
    expect(byMessage?.snippet).toMatch(/^….*…$/);
  });

  it("never returns another user's conversations", async () => {
    const hits = await search("secrets");
    expect(hits).toEqual([]);
    const all = await search("pineapple");
    expect(all.every((hit) => hit.title !== "Pineapple secrets")).toBe(true);
  });

  it("treats the user's text literally, not as a pattern", async () => {
    expect((await search("$5 (a.k.a.")).map((hit) => hit.title)).toEqual([
      "Price is $5 (a.k.a. cheap)",
    ]);
    expect(await search("a.c")).toEqual([]);
    expect(await search(".*")).toEqual([]);
    expect(await search("[")).toEqual([]);
    expect(await search(")(")).toEqual([]);
    expect(await search("\\")).toEqual([]);
  });

  it("honours the limit", async () => {
    const response = await client.fetch("/api/conversations?q=e&limit=2");
    expect((await body<Page<unknown>>(response)).items).toHaveLength(2);
  });
});

describe("export", () => {
  let conversation: ConversationDoc;
  let root: MessageDoc;
  let oldAnswer: MessageDoc;
  let newAnswer: MessageDoc;

  beforeAll(async () => {
    conversation = await seedConversation(actors.owner, {
      title: 'Ünïcode "quotes"\r\n/../tricks',
      model_id: "openai/gpt-4o-mini",
    });
    root = await seedMessage(conversation, {
      role: "user",
      content: "What is 2 + 2?",
      created_at: new Date("2025-01-01T10:00:00Z"),
    });
    oldAnswer = await seedMessage(conversation, {
      role: "assistant",
      content: "It is four.",
      parent_id: root._id,
      created_at: new Date("2025-01-01T10:00:01Z"),
    });
    newAnswer = await seedMessage(conversation, {
      role: "assistant",
      content: "2 + 2 = 4",
      parent_id: root._id,
      metadata: {
        model_id: "anthropic/claude-3.5-haiku",
        tokens: { prompt: 5, completion: 3 },
        generation_time_ms: 100,
        first_token_ms: 20,
        finish_reason: "stop",
        cost_usd: 0,
      },
      created_at: new Date("2025-01-01T10:00:09Z"),
    });
  });

  const exportUrl = (format: string) => `${conversationUrl(conversation._id)}/export?${format}`;

  it("gives Markdown of the newest branch when none is chosen, as an attachment", async () => {
    const response = await actors.clients.owner.fetch(exportUrl("format=md"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="unicode-quotes-tricks.md"',
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const text = await response.text();
    expect(text).toMatch(/^# Ünïcode "quotes" \/\.\.\/tricks\n/);
    expect(text).toContain("- Model: openai/gpt-4o-mini");
    expect(text).toContain(`- Created: ${conversation.created_at.toISOString()}`);
    expect(text).toContain("## User · 2025-01-01T10:00:00.000Z\n\nWhat is 2 + 2?");
    expect(text).toContain("## Assistant (anthropic/claude-3.5-haiku) · 2025-01-01T10:00:09.000Z");
    expect(text).toContain("2 + 2 = 4");
    expect(text).not.toContain("It is four.");
    expect(text.indexOf("What is 2 + 2?")).toBeLessThan(text.indexOf("2 + 2 = 4"));
  });

  it("follows the branch on show", async () => {
    await Conversation.updateOne(
      { _id: conversation._id },
      { $set: { current_leaf_id: oldAnswer._id } },
    );
    const text = await (await actors.clients.owner.fetch(exportUrl(""))).text();
    expect(text).toContain("It is four.");
    expect(text).not.toContain("2 + 2 = 4");
    await Conversation.updateOne({ _id: conversation._id }, { $set: { current_leaf_id: null } });
  });

  it("gives JSON of the whole conversation and every message", async () => {
    const response = await actors.clients.owner.fetch(exportUrl("format=json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="unicode-quotes-tricks.json"',
    );
    const document = await body<ConversationWithMessagesDto & { exportedAt: string }>(response);
    expect(document.conversation).toMatchObject({
      id: conversation._id.toString(),
      modelId: "openai/gpt-4o-mini",
    });
    expect(document.messages.map((message) => message.id)).toEqual(
      [root, oldAnswer, newAnswer].map((message) => message._id.toString()),
    );
    expect(Number.isNaN(Date.parse(document.exportedAt))).toBe(false);
  });

  it("refuses other formats, and names titles with nothing safe in them plainly", async () => {
    const bad = await actors.clients.owner.fetch(exportUrl("format=pdf"));
    expect(bad.status).toBe(400);
    expect(await fieldsOf(bad)).toEqual(["format"]);
    const untitled = await seedConversation(actors.owner, { title: "日本語" });
    const response = await actors.clients.owner.fetch(
      `${conversationUrl(untitled._id)}/export?format=md`,
    );
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="conversation.md"',
    );
    expect(await response.text()).toMatch(/^# 日本語\n/);
  });
});

describe("the services behind the server actions", () => {
  it("keep ownership when called directly, and report failures as data", async () => {
    const owner = asActor(actors.owner);
    const other = asActor(actors.other);
    const created = await createConversation(owner, { title: "From an action" });

    const refused = await runAction(() => updateConversation(other, created.id, { title: "x" }));
    expect(refused).toEqual({
      ok: false,
      error: { code: "not_found", message: "The conversation was not found.", fields: undefined },
    });
    const invalid = await runAction(() => updateConversation(owner, created.id, { title: "" }));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.error.fields).toHaveProperty("title");
    const notYours = await runAction(() => deleteConversation(other, created.id));
    expect(notYours.ok).toBe(false);
    expect(await Conversation.exists({ _id: created.id })).not.toBeNull();

    const renamed = await runAction(() =>
      updateConversation(owner, created.id, { isPinned: true }),
    );
    expect(renamed).toMatchObject({ ok: true, data: { id: created.id, isPinned: true } });
    // Ids from the wire arrive untyped; anything that is not an id is a 404, never a crash.
    const odd = await runAction(() =>
      updateConversation(owner, { $ne: null } as unknown as string, { title: "x" }),
    );
    expect(odd).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
