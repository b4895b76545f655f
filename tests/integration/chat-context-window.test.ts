import { beforeEach, describe, expect, it } from "vitest";
import type { ArenaSessionDto } from "@/lib/arena/dto";
import { Message } from "@/models/message";
import { User } from "@/models/user";
import { waitFor } from "../setup/wait";
import { readArenaStream } from "../support/arena-stream";
import { createConversation, send, sendAndRead, upstreamCalls } from "../support/chat";
import type { Client } from "../support/http";
import { readUiStream } from "../support/ui-stream";
import { createUser, signedIn, type TestUser } from "../support/users";

// fake/small-context has a 2,000-token window; the fake provider counts a word as a token.
const MODEL = "fake/small-context";
const SYSTEM = "You are the context window test helper.";
const WORDS_PER_TURN = 250;
const TURNS = 10;

// A new account per test: each sends more model calls than a minute's rate limit allows one.
let user: TestUser;
let client: Client;
beforeEach(async () => {
  user = await createUser();
  client = await signedIn(user);
});

/** A question of WORDS_PER_TURN words, marked so the provider's record shows which turn it was. */
function question(turn: number): string {
  const filler = Array.from({ length: WORDS_PER_TURN - 2 }, (_, i) => `alpha${i % 10}`).join(" ");
  return `turn-${turn} ${filler} [[tokens:3]]`;
}

async function tokensUsed(): Promise<number> {
  return (await User.findById(user.id).lean())?.usage.tokens_used ?? 0;
}

async function createSystemConfig(): Promise<string> {
  const response = await client.json("/api/configs", "POST", {
    name: "Small window",
    modelId: MODEL,
    systemPrompt: SYSTEM,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

interface StoredMessage {
  role: string;
  isError: boolean;
  metadata: { contextDropped: number } | null;
}

describe("a conversation longer than the model's context window", () => {
  it("is answered from the system prompt and the newest turns, and the answer says how many were left out", async () => {
    const configId = await createSystemConfig();
    const id = await createConversation(user, { modelId: MODEL });
    let last: Awaited<ReturnType<typeof sendAndRead>> | undefined;
    for (let turn = 1; turn <= TURNS; turn++) {
      last = await sendAndRead(client, id, { content: question(turn), configId });
      expect(last.errorText, `turn ${turn}`).toBeUndefined();
    }

    const calls = (await upstreamCalls()).filter(
      (call) =>
        call.path === "/chat/completions" &&
        JSON.stringify(call.body.messages).includes(`turn-${TURNS} `),
    );
    const sent = calls.at(-1)?.body.messages as { role: string; content: unknown }[];
    const text = sent.map((message) => JSON.stringify(message.content));
    expect(sent[0]?.role).toBe("system");
    expect(text[0]).toContain(SYSTEM);
    expect(sent[1]?.role).toBe("user");
    expect(text.at(-1)).toContain(`turn-${TURNS} `);
    expect(text.join(" ")).not.toContain("turn-1 ");
    const words = text.join(" ").split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(2_000);

    const conversation = await client.fetch(`/api/conversations/${id}`);
    const { messages } = (await conversation.json()) as { messages: StoredMessage[] };
    const answers = messages.filter((message) => message.role === "assistant");
    expect(answers).toHaveLength(TURNS);
    expect(answers.every((answer) => !answer.isError)).toBe(true);
    // Everything but the system prompt and the newest user message is a turn pair of two messages.
    const turnsSent = (sent.length - 2) / 2;
    expect(answers.at(-1)?.metadata?.contextDropped).toBe((TURNS - 1 - turnsSent) * 2);
    expect(answers[0]?.metadata?.contextDropped).toBe(0);
    const start = last?.chunks.find((chunk) => chunk.type === "start");
    expect(start?.messageMetadata).toMatchObject({ contextDropped: (TURNS - 1 - turnsSent) * 2 });
  });

  it("reserves tokens for what is sent, not for the whole conversation", async () => {
    const id = await createConversation(user, { modelId: MODEL });
    for (let turn = 1; turn <= TURNS; turn++) {
      await sendAndRead(client, id, { content: question(turn) });
    }
    // A limit makes every call reserve its estimate up front; a slow answer lets the test look at it.
    await User.updateOne({ _id: user.id }, { $set: { "usage.tokens_limit": 10_000_000 } });
    try {
      const before = await tokensUsed();
      const response = await send(client, id, {
        content: question(TURNS + 1).replace("[[tokens:3]]", "[[tokens:30]] [[delay:100]]"),
      });
      const started = await readUiStream(response, (stream) => stream.text.length > 0);
      // The window is 2,000 tokens: what is sent and the reply's room fit in it.
      expect((await tokensUsed()) - before).toBeLessThanOrEqual(2_000);
      await waitFor(
        async () =>
          (await Message.exists({ _id: started.messageId, status: { $ne: "streaming" } })) !== null,
        "the slow answer",
      );
    } finally {
      await User.updateOne({ _id: user.id }, { $set: { "usage.tokens_limit": -1 } });
    }
  });

  it("fits each arena panel's own history to its own model's window", async () => {
    const created = await client.json("/api/arena/sessions", "POST", {
      panels: [{ modelId: MODEL }, { modelId: "fake/echo" }],
    });
    expect(created.status).toBe(201);
    const session = (await created.json()) as ArenaSessionDto;
    let last: Awaited<ReturnType<typeof readArenaStream>> | undefined;
    for (let turn = 1; turn <= TURNS; turn++) {
      const response = await client.json(`/api/arena/sessions/${session.id}/messages`, "POST", {
        content: question(turn),
      });
      expect(response.status).toBe(200);
      last = await readArenaStream(response);
      expect(last.replies[0]?.isError, `turn ${turn}`).toBe(false);
    }
    // The small window leaves the oldest turns out; the large one sends them all.
    expect(last?.replies[0]?.metadata.contextDropped).toBeGreaterThan(0);
    expect(last?.replies[1]?.metadata.contextDropped).toBe(0);
    const calls = (await upstreamCalls()).filter(
      (call) =>
        call.path === "/chat/completions" &&
        call.body.model === MODEL &&
        JSON.stringify(call.body.messages).includes(`turn-${TURNS} `),
    );
    expect(JSON.stringify(calls.at(-1)?.body.messages)).not.toContain("turn-1 ");
  });

  it("refuses, saving nothing, a single message too long for the window", async () => {
    const id = await createConversation(user, { modelId: MODEL });
    const tooLong = Array.from({ length: 3_000 }, () => "word").join(" ");
    const response = await send(client, id, { content: tooLong });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields?: Record<string, string[]> } };
    expect(Object.keys(body.error.fields ?? {})).toEqual(["content"]);
    const conversation = await client.fetch(`/api/conversations/${id}`);
    expect(((await conversation.json()) as { messages: unknown[] }).messages).toHaveLength(0);
  });

  it("in a config's preview is fitted too, and the reply says how many were left out", async () => {
    const messages = Array.from({ length: TURNS * 2 - 1 }, (_, i) => ({
      role: i % 2 === 0 ? "user" : "assistant",
      content: i % 2 === 0 ? question(i / 2 + 1) : "an answer",
    }));
    const response = await client.json("/api/configs/preview", "POST", {
      modelId: MODEL,
      systemPrompt: SYSTEM,
      messages,
    });
    expect(response.status).toBe(200);
    const stream = await readUiStream(response);
    expect(stream.errorText).toBeUndefined();
    const metadata = stream.finish?.messageMetadata as { contextDropped: number };
    expect(metadata.contextDropped).toBeGreaterThan(0);
    expect(metadata.contextDropped % 2).toBe(0);

    const calls = (await upstreamCalls()).filter(
      (call) =>
        call.path === "/chat/completions" &&
        JSON.stringify(call.body.messages).includes(`turn-${TURNS} `),
    );
    const sent = calls.at(-1)?.body.messages as { role: string; content: unknown }[];
    expect(sent[0]?.role).toBe("system");
    expect(sent[1]?.role).toBe("user");
    expect(sent).toHaveLength(messages.length - metadata.contextDropped + 1);
    expect(JSON.stringify(sent)).not.toContain("turn-1 ");
  });
});
