import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { waitFor } from "../setup/wait";
import { createConversation, send, upstreamCalls } from "../support/chat";
import { Client } from "../support/http";
import { expectBooksBalance } from "../support/ledger";
import { readUiStream } from "../support/ui-stream";
import { banUser, createUser, signedIn, signedInAdmin, type TestUser } from "../support/users";

beforeAll(async () => {
  await connectDb();
});

async function account(): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser();
  return { user, client: await signedIn(user) };
}

/** A word unique to one test, to find its calls among everything the fake provider saw. */
function marker(): string {
  return `live-${randomBytes(5).toString("hex")}`;
}

/** The model calls that answered a message starting with `word` (a title's call does not). */
async function callsAnswering(word: string): Promise<number> {
  return (await upstreamCalls()).filter((call) => {
    const messages = call.body?.messages as { content: unknown }[] | undefined;
    const last = JSON.stringify(messages?.at(-1)?.content ?? "");
    const title = last.includes("The assistant answered");
    return call.path.endsWith("/chat/completions") && last.startsWith(`"${word}`) && !title;
  }).length;
}

function streamPath(conversationId: string, messageId: string | undefined): string {
  return `/api/conversations/${conversationId}/messages/${messageId}/stream`;
}

async function answerEnded(messageId: string | undefined) {
  await waitFor(
    async () => {
      const answer = await Message.findById(messageId).lean();
      return answer !== null && answer.status !== "streaming";
    },
    "the answer's end",
    20_000,
  );
  const answer = await Message.findById(messageId).lean();
  if (!answer) throw new Error("no answer");
  return answer;
}

/** The conversation's answer still streaming, once `ready` says so. */
async function runningAnswer(
  conversationId: string,
  ready: (answer: { content: string }) => boolean = () => true,
): Promise<string> {
  let id: string | undefined;
  await waitFor(
    async () => {
      const answer = await Message.findOne({
        conversation_id: conversationId,
        status: "streaming",
      }).lean();
      id = answer && ready(answer) ? answer._id.toString() : undefined;
      return id !== undefined;
    },
    "a running answer",
    15_000,
  );
  return id as string;
}

/** One user message, one answer holding exactly `text`, one usage log, and balanced books. */
async function expectAnsweredOnce(user: TestUser, conversationId: string, text: string) {
  const messages = await Message.find({ conversation_id: conversationId }).lean();
  expect(messages.filter((message) => message.role === "user")).toHaveLength(1);
  const answers = messages.filter((message) => message.role === "assistant");
  expect(answers).toHaveLength(1);
  expect(answers[0]?.content).toBe(text);
  expect(answers[0]?.status).not.toBe("streaming");
  expect(await UsageLog.countDocuments({ message_id: answers[0]?._id })).toBe(1);
  await expectBooksBalance(user.id);
}

describe("a message sent twice", () => {
  it("is answered once when both arrive at once, and both requests stream that answer", async () => {
    const { user, client } = await account();
    const id = await createConversation(user, { modelId: "fake/slow" });
    const word = marker();
    const body = { content: `${word} [[tokens:60]] [[delay:15]]`, clientId: `twice-${word}` };
    const [a, b] = await Promise.all([send(client, id, body), send(client, id, body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [first, second] = await Promise.all([readUiStream(a), readUiStream(b)]);

    expect(first.errorText ?? second.errorText).toBeUndefined();
    expect(second.messageId).toBe(first.messageId);
    expect(second.text).toBe(first.text);
    expect(second.finish?.messageMetadata).toEqual(first.finish?.messageMetadata);
    expect(await callsAnswering(word)).toBe(1);
    await answerEnded(first.messageId);
    await expectAnsweredOnce(user, id, first.text);
  });

  it("attaches to the running answer while it streams, from its start", async () => {
    const { user, client } = await account();
    const id = await createConversation(user, { modelId: "fake/slow" });
    const word = marker();
    const body = { content: `${word} [[tokens:80]] [[delay:20]]`, clientId: `retry-${word}` };
    const first = await send(client, id, body);
    // The first connection drops after some words; the retry comes while the answer runs.
    const partial = await readUiStream(first, (stream) => stream.text.split(" ").length > 10);
    const retry = await readUiStream(await send(client, id, body));

    expect(retry.messageId).toBe(partial.messageId);
    expect(retry.text.startsWith(partial.text)).toBe(true);
    expect(retry.finish).toBeDefined();
    expect(await callsAnswering(word)).toBe(1);
    await answerEnded(retry.messageId);
    await expectAnsweredOnce(user, id, retry.text);
  });

  it("gets the stored answer when it comes after the end, billed nothing more", async () => {
    const { user, client } = await account();
    const id = await createConversation(user);
    const word = marker();
    const body = { content: `${word} [[tokens:20]]`, clientId: `later-${word}` };
    const first = await readUiStream(await send(client, id, body));
    await answerEnded(first.messageId);
    const later = await readUiStream(await send(client, id, body));

    expect(later.messageId).toBe(first.messageId);
    expect(later.text).toBe(first.text);
    expect(later.finish?.messageMetadata).toEqual(first.finish?.messageMetadata);
    expect(await callsAnswering(word)).toBe(1);
    await expectAnsweredOnce(user, id, first.text);
  });

  it("takes the Idempotency-Key header as the message's client id", async () => {
    const { user, client } = await account();
    const id = await createConversation(user);
    const word = marker();
    const headers = { "idempotency-key": `key-${word}` };
    const path = `/api/conversations/${id}/messages`;
    const body = { content: `${word} [[tokens:20]]` };
    const first = await readUiStream(await client.json(path, "POST", body, headers));
    const again = await readUiStream(await client.json(path, "POST", body, headers));

    expect(again.messageId).toBe(first.messageId);
    expect(again.text).toBe(first.text);
    expect(await callsAnswering(word)).toBe(1);
    await expectAnsweredOnce(user, id, first.text);
    const bad = await client.json(path, "POST", body, { "idempotency-key": "no spaces, please" });
    expect(bad.status).toBe(400);
  });
});

describe("GET …/messages/:messageId/stream", () => {
  it("replays a running answer from its start and follows it to the end, then answers 204", async () => {
    const { user, client } = await account();
    const id = await createConversation(user, { modelId: "fake/slow" });
    const response = await send(client, id, { content: "resume me [[tokens:80]] [[delay:20]]" });
    const reading = readUiStream(response);
    // A second tab opens once some words were said and checkpointed.
    const answerId = await runningAnswer(id, (answer) => answer.content.length > 0);
    const resumed = await client.fetch(streamPath(id, answerId));
    expect(resumed.status).toBe(200);
    expect(resumed.headers.get("content-type")).toContain("text/event-stream");
    const [original, replay] = await Promise.all([reading, readUiStream(resumed)]);

    expect(replay.messageId).toBe(answerId);
    expect(replay.text).toBe(original.text);
    expect(replay.chunks.map((chunk) => chunk.type).slice(0, 2)).toEqual(["start", "text-start"]);
    expect(replay.finish?.messageMetadata).toEqual(original.finish?.messageMetadata);
    const answer = await answerEnded(answerId);
    expect(answer.content).toBe(original.text);
    expect((await client.fetch(streamPath(id, answerId))).status).toBe(204);
    await expectBooksBalance(user.id);
  });

  it("follows a regenerated answer too", async () => {
    const { user, client } = await account();
    const id = await createConversation(user, { modelId: "fake/slow" });
    // Long enough that the regenerated answer still runs when the replay asks for it, on a busy machine too.
    const first = await readUiStream(
      await send(client, id, { content: "again [[tokens:60]] [[delay:40]]" }),
    );
    await answerEnded(first.messageId);
    const regenerated = await client.json(
      `/api/conversations/${id}/messages/${first.messageId}/regenerate`,
      "POST",
      { model: "fake/slow" },
    );
    const partial = readUiStream(regenerated);
    const answerId = await runningAnswer(id);
    const replay = await readUiStream(await client.fetch(streamPath(id, answerId)));
    expect(replay.text).toBe((await partial).text);
    await answerEnded(answerId);
    await expectBooksBalance(user.id);
  });

  it("is the owner's alone", async () => {
    const { user: owner, client } = await account();
    const id = await createConversation(owner, { modelId: "fake/slow" });
    const response = await send(client, id, { content: "mine [[tokens:150]] [[delay:20]]" });
    const partial = await readUiStream(response, (stream) => stream.messageId !== undefined);
    const path = streamPath(id, partial.messageId);

    const anonymous = await new Client().fetch(path);
    expect(anonymous.status).toBe(401);
    const other = await signedIn(await createUser());
    expect((await other.fetch(path)).status).toBe(404);
    const admin = await signedInAdmin();
    expect((await admin.fetch(path)).status).toBe(404);
    const banned = await createUser();
    const bannedClient = await signedIn(banned);
    const bannedId = await createConversation(banned);
    await banUser(banned);
    expect((await bannedClient.fetch(streamPath(bannedId, partial.messageId))).status).toBe(403);
    expect((await client.fetch(streamPath(id, "not-an-id"))).status).toBe(404);

    await client.fetch(`/api/conversations/${id}/messages/${partial.messageId}/stop`, {
      method: "POST",
    });
    await answerEnded(partial.messageId);
  });
});

/** The events of an OpenAI-style SSE body, `[DONE]` left out. */
async function openAiEvents(response: Response): Promise<Record<string, unknown>[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .map((event) => event.replace(/^data: /, "").trim())
    .filter((data) => data !== "" && data !== "[DONE]")
    .map((data) => JSON.parse(data) as Record<string, unknown>);
}

function streamedContent(events: Record<string, unknown>[]): string {
  return events
    .map((event) => {
      const choices = event.choices as { delta: { content?: string } }[];
      return choices[0]?.delta.content ?? "";
    })
    .join("");
}

describe("POST /api/v1/chat/completions with an Idempotency-Key", () => {
  const path = "/api/v1/chat/completions";

  it("answers a key once, whole or streamed, and bills it once", async () => {
    const { user, client } = await account();
    const word = marker();
    const body = {
      model: "fake/echo",
      messages: [{ role: "user", content: `${word} [[tokens:12]]` }],
    };
    const headers = { "idempotency-key": `v1-${word}` };
    const first = await client.json(path, "POST", body, headers);
    expect(first.status).toBe(200);
    const completion = (await first.json()) as {
      id: string;
      choices: { message: { content: string } }[];
      usage: Record<string, number>;
    };
    const again = await client.json(path, "POST", body, headers);
    expect(await again.json()).toEqual(completion);
    const streamed = await client.json(
      path,
      "POST",
      { ...body, stream: true, stream_options: { include_usage: true } },
      headers,
    );
    const events = await openAiEvents(streamed);
    expect(new Set(events.map((event) => event.id))).toEqual(new Set([completion.id]));
    expect(streamedContent(events)).toBe(completion.choices[0]?.message.content);
    expect(events.at(-1)?.usage).toEqual(completion.usage);

    expect(await callsAnswering(word)).toBe(1);
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(1);
    await expectBooksBalance(user.id);
  });

  it("makes a repeat that arrives while the first call runs wait for its completion", async () => {
    const { user, client } = await account();
    const word = marker();
    const body = {
      model: "fake/slow",
      stream: true,
      messages: [{ role: "user", content: `${word} [[tokens:40]] [[delay:15]]` }],
    };
    const headers = { "idempotency-key": `v1-${word}` };
    const [a, b] = await Promise.all([
      client.json(path, "POST", body, headers),
      client.json(path, "POST", body, headers),
    ]);
    const [first, second] = await Promise.all([openAiEvents(a), openAiEvents(b)]);
    expect(streamedContent(second)).toBe(streamedContent(first));
    expect(streamedContent(first).split(" ").length).toBeGreaterThan(30);
    expect(second[0]?.id).toBe(first[0]?.id);
    expect(await callsAnswering(word)).toBe(1);
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(1);
    await expectBooksBalance(user.id);
  });

  it("calls again after a failed call, whose key is let go", async () => {
    const { user, client } = await account();
    const word = marker();
    const headers = { "idempotency-key": `v1-${word}` };
    const failing = { model: "fake/fault-500", messages: [{ role: "user", content: word }] };
    expect((await client.json(path, "POST", failing, headers)).status).toBeGreaterThanOrEqual(500);
    const body = { model: "fake/echo", messages: [{ role: "user", content: `${word} hi` }] };
    expect((await client.json(path, "POST", body, headers)).status).toBe(200);
    await expectBooksBalance(user.id);
  });
});
