import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ConversationWithMessagesDto, MessageDto, Page } from "@/lib/conversations/dto";
import type { ImportResultDto } from "@/lib/imports/dto";
import { importConversations } from "@/lib/imports/import-conversations";
import { MAX_IMPORT_BYTES, MAX_IMPORT_INFLATED_BYTES } from "@/lib/imports/limits";
import { Conversation, type ConversationDoc } from "@/models/conversation";
import { Message, type MessageDoc } from "@/models/message";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import type { Client } from "../support/http";
import { createUser, sessionUserOf, signedIn, type TestUser } from "../support/users";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "imports");
const CHATGPT = readFileSync(path.join(FIXTURES, "chatgpt-conversations.json"));
const CLAUDE = readFileSync(path.join(FIXTURES, "claude-conversations.json"));

function importFile(client: Client, bytes: Uint8Array | string, name: string) {
  const form = new FormData();
  const content = typeof bytes === "string" ? bytes : new Uint8Array(bytes);
  form.set("file", new Blob([content]), name);
  return client.fetch("/api/imports", { method: "POST", body: form });
}

async function imported(client: Client, bytes: Uint8Array | string, name: string) {
  const response = await importFile(client, bytes, name);
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as ImportResultDto;
}

async function conversation(client: Client, id: string): Promise<ConversationWithMessagesDto> {
  const response = await client.fetch(`/api/conversations/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ConversationWithMessagesDto;
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

function countOwned(user: TestUser) {
  return Promise.all([
    Conversation.countDocuments({ user_id: user.id }),
    Message.countDocuments({ user_id: user.id }),
  ]);
}

/** A user of their own: imports count against the per-account upload limit. */
async function newImporter(): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser();
  return { user, client: await signedIn(user) };
}

/** The message with this text; fails the test if there is none. */
function byText(messages: MessageDto[], content: string): MessageDto {
  const found = messages.find((message) => message.content === content);
  if (!found) throw new Error(`no message says ${JSON.stringify(content)}`);
  return found;
}

/**
 * A conversation's tree with its ids replaced by positions, so an original
 * and its imported copy compare equal when their shapes, texts, roles,
 * models, dates, titles and branch on show are the same.
 */
function treeOf({ conversation, messages }: ConversationWithMessagesDto) {
  const position = new Map(messages.map((message, index) => [message.id, index]));
  return {
    title: conversation.title,
    modelId: conversation.modelId,
    createdAt: conversation.createdAt,
    lastMessageAt: conversation.lastMessageAt,
    stats: conversation.stats,
    messageCount: conversation.messageCount,
    currentLeaf: conversation.currentLeafId && position.get(conversation.currentLeafId),
    messages: messages.map(({ id: _, parentId, attachments: __, ...rest }) => ({
      ...rest,
      parent: parentId && position.get(parentId),
    })),
  };
}

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

describe("who may import", () => {
  it("anyone signed in and not banned, each into their own account", async () => {
    const responses = await expectMatrix(
      actors,
      (client) => importFile(client, CLAUDE, "conversations.json"),
      { anonymous: 401, owner: 201, other: 201, banned: 403, admin: 201 },
    );
    const mine = (await responses.owner.json()) as ImportResultDto;
    const admins = (await responses.admin.json()) as ImportResultDto;
    const [stored] = await Conversation.find({ _id: mine.conversationIds[0] }).lean();
    expect(stored?.user_id.toString()).toBe(actors.owner.id);
    const [adminStored] = await Conversation.find({ _id: admins.conversationIds[0] }).lean();
    expect(adminStored?.user_id.toString()).toBe(actors.admin.id);
    expect(await Conversation.countDocuments({ user_id: actors.banned.id })).toBe(0);

    await expectMatrix(
      actors,
      (client) => client.fetch(`/api/conversations/${mine.conversationIds[0]}`),
      { anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 },
    );
  });
});

describe("a ChatGPT export", () => {
  let client: Client;
  let result: ImportResultDto;
  let lisbon: ConversationWithMessagesDto;

  beforeAll(async () => {
    ({ client } = await newImporter());
    result = await imported(client, CHATGPT, "conversations.json");
    lisbon = await conversation(client, result.conversationIds[0] ?? "");
  });

  it("becomes one conversation each, with its title and dates, marked as imported", () => {
    expect(result.imported).toBe(2);
    expect(result.conversationIds).toHaveLength(2);
    expect(lisbon.conversation).toMatchObject({
      title: "Two days in Lisbon",
      createdAt: "2024-06-01T10:00:00.512Z",
      lastMessageAt: "2024-06-01T10:15:00.250Z",
      importedFrom: "chatgpt",
      messageCount: 7,
    });
  });

  it("keeps the whole tree: the regenerated answer and the edited question are versions", () => {
    const { messages } = lisbon;
    const question = byText(messages, "What should I see in Lisbon in two days?");
    const first = byText(messages, "Day one: Belém Tower and the Jerónimos Monastery.");
    const regenerated = byText(messages, "Start with Alfama and the castle, then ride tram 28.");
    const asked = byText(messages, "And where should I eat?");
    const edited = byText(messages, "And where should I eat near Alfama?");
    const answer = byText(messages, "Near Alfama, try Taberna da Rua das Flores for petiscos.");

    expect(question.parentId).toBeNull();
    expect([first.parentId, regenerated.parentId]).toEqual([question.id, question.id]);
    expect([asked.parentId, edited.parentId]).toEqual([regenerated.id, regenerated.id]);
    expect(byText(messages, "Try Time Out Market for variety.").parentId).toBe(asked.id);
    // The web search between the question and the answer is not part of the thread.
    expect(answer.parentId).toBe(edited.id);
    expect(lisbon.conversation.currentLeafId).toBe(answer.id);

    expect(question).toMatchObject({ role: "user", createdAt: "2024-06-01T10:00:01.250Z" });
    expect(regenerated.metadata?.modelId).toBe("gpt-4o");
    expect(regenerated.createdAt).toBe("2024-06-01T10:01:00.750Z");
  });

  it("leaves out system, hidden, tool and reasoning messages and notes images", async () => {
    const texts = lisbon.messages.map((message) => message.content).join("\n");
    expect(texts).not.toMatch(/I like walking|search\(|Results:/);
    const cat = await conversation(client, result.conversationIds[1] ?? "");
    expect(cat.messages.map((message) => [message.role, message.content])).toEqual([
      ["user", "[image]\n\nWhat breed is this?"],
      ["assistant", "It looks like a British Shorthair."],
    ]);
    expect(cat.messages[1]?.parentId).toBe(cat.messages[0]?.id);
  });

  it("sorts among the other conversations by its own dates", async () => {
    const fresh = await client.json("/api/conversations", "POST", { title: "Started today" });
    expect(fresh.status).toBe(201);
    const list = (await (await client.fetch("/api/conversations")).json()) as Page<{
      title: string;
    }>;
    expect(list.items.map((item) => item.title)).toEqual([
      "Started today",
      "What breed is my cat?",
      "Two days in Lisbon",
    ]);
  });
});

describe("a Claude export", () => {
  it("keeps each line of messages, and branches where messages name their parents", async () => {
    const { client } = await newImporter();
    const result = await imported(client, CLAUDE, "conversations.json");
    expect(result.imported).toBe(2);
    const [sourdough, haiku] = await Promise.all(
      result.conversationIds.map((id) => conversation(client, id)),
    );
    if (!sourdough || !haiku) throw new Error("two conversations were expected");

    expect(sourdough.conversation).toMatchObject({
      title: "Sourdough starter",
      createdAt: "2024-07-10T08:00:00.123Z",
      lastMessageAt: "2024-07-10T08:05:30.654Z",
      importedFrom: "claude",
    });
    const line = sourdough.messages;
    expect(line.map((message) => message.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(line.map((message) => message.parentId)).toEqual([
      null,
      ...line.slice(0, 3).map((m) => m.id),
    ]);
    expect(line[1]?.content).toBe("Once a day at room temperature.");
    expect(line[2]?.content).toBe("[file: schedule.txt]\n\nHere is my schedule.");
    expect(sourdough.conversation.currentLeafId).toBe(line[3]?.id);

    const roots = haiku.messages.filter((message) => message.parentId === null);
    expect(roots.map((message) => message.content)).toEqual([
      "Write a haiku about rain.",
      "[file: clouds.png]\n\nWrite a haiku about summer rain.",
    ]);
    const leaf = byText(haiku.messages, "Warm drops on hot stone");
    expect(leaf.parentId).toBe(roots[1]?.id);
    expect(haiku.conversation.currentLeafId).toBe(leaf.id);
  });
});

describe("our own JSON export", () => {
  let user: TestUser;
  let client: Client;
  let original: ConversationDoc;

  beforeAll(async () => {
    ({ user, client } = await newImporter());
    original = (
      await Conversation.create({
        user_id: user.id,
        title: "Round trip",
        model_id: "openai/gpt-4o-mini",
        stats: { total_tokens: 30, input_tokens: 20, output_tokens: 10, cost_usd: 0.002 },
        message_count: 5,
        last_message_at: new Date("2025-03-01T09:05:00Z"),
      })
    ).toObject();
    const message = async (fields: Partial<MessageDoc>) =>
      (
        await Message.create({ conversation_id: original._id, user_id: user.id, ...fields })
      ).toObject();
    const question = await message({
      role: "user",
      content: "What is 2 + 2?",
      is_edited: true,
      created_at: new Date("2025-03-01T09:00:00Z"),
    });
    const answer = await message({
      role: "assistant",
      content: "It is four.",
      parent_id: question._id,
      metadata: {
        model_id: "openai/gpt-4o-mini",
        tokens: { prompt: 10, completion: 5 },
        generation_time_ms: 420,
        first_token_ms: 80,
        finish_reason: "stop",
        cost_usd: 0.001,
      },
      created_at: new Date("2025-03-01T09:00:02Z"),
    });
    await message({
      role: "assistant",
      content: "The upstream failed",
      parent_id: question._id,
      status: "error",
      is_error: true,
      error_message: "The model provider answered 500.",
      created_at: new Date("2025-03-01T09:01:00Z"),
    });
    const followUp = await message({
      role: "user",
      content: "And 3 + 3?",
      parent_id: answer._id,
      created_at: new Date("2025-03-01T09:04:00Z"),
    });
    const last = await message({
      role: "assistant",
      content: "Six.",
      parent_id: followUp._id,
      metadata: {
        model_id: "anthropic/claude-3.5-haiku",
        tokens: { prompt: 10, completion: 5 },
        generation_time_ms: 300,
        first_token_ms: 50,
        finish_reason: "stop",
        cost_usd: 0.001,
      },
      created_at: new Date("2025-03-01T09:05:00Z"),
    });
    // The branch on show is not the newest one.
    await Conversation.updateOne({ _id: original._id }, { $set: { current_leaf_id: last._id } });
  });

  async function exported(id: string): Promise<string> {
    const response = await client.fetch(`/api/conversations/${id}/export?format=json`);
    expect(response.status).toBe(200);
    return response.text();
  }

  it("imports back as the same tree, texts, roles, models, dates, title and branch", async () => {
    const file = await exported(original._id.toString());
    const result = await imported(client, file, "round-trip.json");
    expect(result.imported).toBe(1);
    const copy = await conversation(client, result.conversationIds[0] ?? "");
    const source = await conversation(client, original._id.toString());
    expect(copy.conversation.importedFrom).toBe("uni-chat");
    expect(treeOf(copy)).toEqual(treeOf(source));
    // And again: an export of the copy is the same once more.
    const again = await imported(client, await exported(copy.conversation.id), "again.json");
    expect(treeOf(await conversation(client, again.conversationIds[0] ?? ""))).toEqual(
      treeOf(source),
    );
  });

  it("reads a list of exports, and a zip of conversations/<id>.json", async () => {
    const one = JSON.parse(await exported(original._id.toString())) as unknown;
    const list = await imported(client, JSON.stringify([one, one]), "two.json");
    expect(list.imported).toBe(2);

    const zip = zipSync({
      "conversations/a.json": strToU8(JSON.stringify(one)),
      "conversations/b.json": strToU8(JSON.stringify(one)),
      "profile.json": strToU8("{}"),
      "__MACOSX/conversations/._a.json": new Uint8Array([0, 5, 22, 7]),
    });
    const zipped = await imported(client, zip, "my-data.zip");
    expect(zipped.imported).toBe(2);
    for (const id of zipped.conversationIds) {
      expect(treeOf(await conversation(client, id))).toEqual(
        treeOf(await conversation(client, original._id.toString())),
      );
    }
  });
});

describe("a zip", () => {
  it("from ChatGPT, with conversations.json at its root beside the rest, is imported", async () => {
    const { client } = await newImporter();
    const zip = zipSync({
      "conversations.json": new Uint8Array(CHATGPT),
      "chat.html": strToU8("<html></html>"),
      "shared_conversations.json": strToU8("[]"),
      "file-Xk3-cat.jpg": new Uint8Array(2048),
    });
    const result = await imported(client, zip, "chatgpt-export.zip");
    expect(result.imported).toBe(2);
    expect((await conversation(client, result.conversationIds[0] ?? "")).conversation.title).toBe(
      "Two days in Lisbon",
    );
  });
});

describe("a file that cannot be imported imports nothing", () => {
  let user: TestUser;
  let client: Client;

  beforeAll(async () => {
    ({ user, client } = await newImporter());
  });

  async function refused(bytes: Uint8Array | string, name: string, status: number) {
    const before = await countOwned(user);
    const response = await importFile(client, bytes, name);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(await countOwned(user)).toEqual(before);
    return error;
  }

  it("an unknown format is a 400 that says what was expected", async () => {
    const error = await refused(JSON.stringify({ hello: "world" }), "other.json", 400);
    expect(error.code).toBe("unknown_import_format");
    expect(error.message).toMatch(/ChatGPT/);
    expect(error.message).toMatch(/Claude/);
    expect(error.message).toMatch(/Uni-Chat JSON export/);

    const emptyZip = zipSync({ "notes.txt": strToU8("hello") });
    expect((await refused(emptyZip, "notes.zip", 400)).code).toBe("unknown_import_format");
  });

  it("malformed JSON is a 400", async () => {
    const cut = CHATGPT.subarray(0, CHATGPT.length / 2);
    const error = await refused(cut, "conversations.json", 400);
    expect(error.message).toMatch(/not valid JSON/);
    expect((await refused("", "empty.json", 400)).message).toMatch(/empty/);
  });

  it("one conversation in the wrong shape is a 400 naming it, and the others stay out too", async () => {
    const conversations = JSON.parse(CHATGPT.toString("utf8")) as Record<string, unknown>[];
    conversations.push({ ...conversations[0], mapping: "not a tree" });
    const error = await refused(JSON.stringify(conversations), "conversations.json", 400);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/conversation 3/);
    expect(error.message).toMatch(/mapping/);
  });

  it("a file over the limit is a 413", async () => {
    const error = await refused(new Uint8Array(MAX_IMPORT_BYTES + 1), "huge.json", 413);
    expect(error.code).toBe("payload_too_large");
    expect(error.message).toMatch(/32 MB/);
  });

  it("a zip that unpacks past the limit is a 413, found while it inflates", async () => {
    // Spaces around a valid (empty) list: it compresses about a thousand to one.
    const inflated = new Uint8Array(MAX_IMPORT_INFLATED_BYTES + 1024).fill(0x20);
    inflated[0] = 0x5b;
    inflated[inflated.length - 1] = 0x5d;
    const bomb = zipSync({ "conversations.json": [inflated, { level: 9 }] });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const error = await refused(bomb, "bomb.zip", 413);
    expect(error.message).toMatch(/unpacks to more than 128 MB/);
  });

  it("a damaged zip is a 400", async () => {
    const zip = zipSync({ "conversations.json": [new Uint8Array(CHATGPT), { level: 9 }] });
    const damaged = zip.slice(0, 200);
    expect((await refused(damaged, "cut.zip", 400)).message).toMatch(/zip/);
  });
});

describe("a write that fails midway", () => {
  it("removes what the import had already written", async () => {
    const user = await createUser();
    const failure = vi
      .spyOn(Conversation, "insertMany")
      .mockRejectedValueOnce(new Error("the database went away"));
    try {
      const file = new File([new Uint8Array(CHATGPT)], "conversations.json");
      await expect(importConversations(sessionUserOf(user), file)).rejects.toThrow(
        "the database went away",
      );
    } finally {
      failure.mockRestore();
    }
    expect(await countOwned(user)).toEqual([0, 0]);
  });
});
