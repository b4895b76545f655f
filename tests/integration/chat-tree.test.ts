import { beforeAll, describe, expect, it } from "vitest";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
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

const messagesOf = (conversationId: string) =>
  Message.find({ conversation_id: conversationId }).sort({ created_at: 1, _id: 1 }).lean();

describe("versions of an answer and of a question", () => {
  it("regenerating adds a sibling answer and shows it; the first stays", async () => {
    const id = await createConversation(user);
    const first = await sendAndRead(client, id, { content: "tell me something" });
    const response = await client.json(
      `/api/conversations/${id}/messages/${first.messageId}/regenerate`,
      "POST",
      { model: "fake/text-only" },
    );
    expect(response.status).toBe(200);
    const second = await readUiStream(response);
    expect(second.messageId).not.toBe(first.messageId);

    const [question, a, b] = await messagesOf(id);
    expect(a?.parent_id?.toString()).toBe(question?._id.toString());
    expect(b?.parent_id?.toString()).toBe(question?._id.toString());
    expect(b?.metadata.model_id).toBe("fake/text-only");
    const conversation = await Conversation.findById(id).lean();
    expect(conversation?.current_leaf_id?.toString()).toBe(second.messageId);
    expect(conversation?.message_count).toBe(3);
  });

  it("editing a question adds a sibling with the edit history and answers it", async () => {
    const id = await createConversation(user);
    await sendAndRead(client, id, { content: "what is 2+2" });
    const [original] = await messagesOf(id);
    const edited = await sendAndRead(client, id, {
      content: "what is 3+3",
      editOf: original?._id.toString(),
    });
    const all = await messagesOf(id);
    const versions = all.filter((message) => message.role === "user");
    expect(versions).toHaveLength(2);
    expect(versions[1]?.parent_id).toBeNull();
    expect(versions[1]?.is_edited).toBe(true);
    expect(versions[1]?.edit_history.map((entry) => entry.content)).toEqual(["what is 2+2"]);
    const answer = all.find((message) => message._id.toString() === edited.messageId);
    expect(answer?.parent_id?.toString()).toBe(versions[1]?._id.toString());
    // The model saw only the edited branch.
    const last = (await upstreamCalls())
      .filter((call) => call.path.endsWith("/chat/completions"))
      .at(-1);
    expect(JSON.stringify(last?.body.messages)).not.toContain("2+2");
  });

  it("deleting a message removes its replies and moves the branch on show to its parent", async () => {
    const id = await createConversation(user);
    await sendAndRead(client, id, { content: "one" });
    const second = await sendAndRead(client, id, { content: "two" });
    const [, firstAnswer, secondQuestion] = await messagesOf(id);
    const response = await client.fetch(
      `/api/conversations/${id}/messages/${secondQuestion?._id.toString()}`,
      { method: "DELETE" },
    );
    expect(response.status).toBe(204);
    const left = await messagesOf(id);
    expect(left).toHaveLength(2);
    expect(left.map((m) => m._id.toString())).not.toContain(second.messageId);
    const conversation = await Conversation.findById(id).lean();
    expect(conversation?.current_leaf_id?.toString()).toBe(firstAnswer?._id.toString());
    expect(conversation?.message_count).toBe(2);
  });
});

describe("bad input changes nothing", () => {
  const cases: Array<[string, Record<string, unknown>, number, string]> = [
    ["empty content", { content: "   " }, 400, "content"],
    ["content that is not text", { content: { $gt: "" } }, 400, "content"],
    ["an unknown field", { content: "hi", role: "system" }, 400, "role"],
    ["an unknown model", { content: "hi", model: "nobody/nothing" }, 400, "model"],
    ["a parent from elsewhere", { content: "hi", parentId: "5f0000000000000000000000" }, 404, ""],
    [
      "a file that is not yours",
      { content: "hi", attachments: ["5f0000000000000000000000"] },
      404,
      "",
    ],
    [
      "too many files",
      { content: "hi", attachments: Array(11).fill("5f0000000000000000000000") },
      400,
      "attachments",
    ],
  ];

  it.each(cases)("%s is refused", async (_, body, status, field) => {
    const id = await createConversation(user);
    const response = await send(client, id, body);
    expect(response.status).toBe(status);
    const error = ((await response.json()) as { error: { fields?: Record<string, unknown> } })
      .error;
    if (field) expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(await messagesOf(id)).toHaveLength(0);
  });

  it("a body over the limit is refused with 413", async () => {
    const id = await createConversation(user);
    const response = await send(client, id, { content: "x".repeat(600_000) });
    expect(response.status).toBe(413);
  });
});

describe("limits", () => {
  it("a user over the token limit is refused before any model call", async () => {
    const limited = await createUser();
    await Message.db
      .collection("users")
      .updateOne(
        { email: limited.email },
        { $set: { "usage.tokens_limit": 100, "usage.tokens_used": 100 } },
      );
    const limitedClient = await signedIn(limited);
    const id = await createConversation(limited);
    const callsBefore = (await upstreamCalls()).length;
    const response = await send(limitedClient, id, { content: "hello" });
    expect(response.status).toBe(429);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "token_limit_reached",
    );
    expect((await upstreamCalls()).length).toBe(callsBefore);
    expect(await messagesOf(id)).toHaveLength(0);
  });

  it("50 parallel sends near the limit let at most one through", async () => {
    const limited = await createUser();
    await Message.db
      .collection("users")
      .updateOne(
        { email: limited.email },
        { $set: { "usage.tokens_limit": 1_000, "usage.tokens_used": 990 } },
      );
    const limitedClient = await signedIn(limited);
    const id = await createConversation(limited);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => send(limitedClient, id, { content: `parallel ${i}` })),
    );
    const admitted = responses.filter((response) => response.status === 200);
    expect(admitted.length).toBeLessThanOrEqual(1);
    await Promise.all(responses.map((response) => response.body?.cancel()));
    expect(responses.every((response) => [200, 429].includes(response.status))).toBe(true);
    const users = (await messagesOf(id)).filter((message) => message.role === "user");
    expect(users.length).toBe(admitted.length);
  });
});

describe("who may send, regenerate, stop and delete", () => {
  let actors: Actors;
  let conversationId: string;
  let answerId: string;
  beforeAll(async () => {
    actors = await createActors();
    conversationId = await createConversation(actors.owner);
    answerId = (await sendAndRead(actors.clients.owner, conversationId, { content: "seed" }))
      .messageId as string;
  });

  const read = async (response: Response) => {
    if (response.status === 200) await readUiStream(response);
    return response;
  };

  it("POST messages", async () => {
    await expectMatrix(
      actors,
      async (c) => read(await send(c, conversationId, { content: "matrix" })),
      { anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 },
    );
  });

  it("POST regenerate", async () => {
    await expectMatrix(
      actors,
      async (c) =>
        read(
          await c.json(
            `/api/conversations/${conversationId}/messages/${answerId}/regenerate`,
            "POST",
            {},
          ),
        ),
      { anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 },
    );
  });

  it("POST stop", async () => {
    await expectMatrix(
      actors,
      (c) =>
        c.fetch(`/api/conversations/${conversationId}/messages/${answerId}/stop`, {
          method: "POST",
        }),
      { anonymous: 401, owner: 204, other: 404, banned: 403, admin: 404 },
    );
  });

  it("DELETE a message", async () => {
    const ids = (await messagesOf(conversationId)).map((message) => message._id.toString());
    await expectMatrix(
      actors,
      (c, actor) =>
        c.fetch(
          `/api/conversations/${conversationId}/messages/${actor === "owner" ? ids.at(-1) : ids[0]}`,
          {
            method: "DELETE",
          },
        ),
      { anonymous: 401, owner: 204, other: 404, banned: 403, admin: 404 },
    );
    expect(await Message.countDocuments({ _id: ids[0] })).toBe(1);
  });
});

describe("titles", () => {
  it("a new conversation is named after its first message, then by the model", async () => {
    const id = await createConversation(user);
    await sendAndRead(client, id, { content: "How do tides work on other planets?" });
    const conversation = await Conversation.findById(id).lean();
    expect(conversation?.title).not.toBe("New conversation");
  });

  it("a first answer that failed leaves the first words; the retry's answer lets the model title it", async () => {
    const id = await createConversation(user);
    const failed = await sendAndRead(client, id, {
      content: "Why do cats purr at night?",
      model: "fake/fault-500",
    });
    expect(failed.errorText).toBeTruthy();
    expect((await Conversation.findById(id).lean())?.title).toBe("Why do cats purr at night?");

    const retry = await client.json(
      `/api/conversations/${id}/messages/${failed.messageId}/regenerate`,
      "POST",
      { model: "fake/echo" },
    );
    expect(retry.status).toBe(200);
    await readUiStream(retry);
    // The model's title arrives in the background: the fake model echoes its prompt.
    await expect
      .poll(async () => (await Conversation.findById(id).lean())?.title, { timeout: 10_000 })
      .toMatch(/^Echo: Why do cats purr at night/);
  });

  it("a conversation the user named keeps its name", async () => {
    const id = await createConversation(user, { title: "My own title" });
    await sendAndRead(client, id, { content: "anything" });
    expect((await Conversation.findById(id).lean())?.title).toBe("My own title");
  });
});
