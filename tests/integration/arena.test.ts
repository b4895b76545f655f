import { beforeAll, describe, expect, it } from "vitest";
import type { ArenaSessionDto, LeaderboardDto } from "@/lib/arena/dto";
import { connectDb } from "@/lib/db/connect";
import { ArenaMessage } from "@/models/arena-message";
import { LlmConfig } from "@/models/llm-config";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { readArenaStream } from "../support/arena-stream";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { upstreamCalls } from "../support/chat";
import type { Client } from "../support/http";
import { createUser, signedIn, type TestUser } from "../support/users";

let actors: Actors;
beforeAll(async () => {
  await connectDb();
  actors = await createActors();
});

async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function fieldsOf(response: Response): Promise<string[]> {
  const error = (await response.json()) as { error: { fields?: Record<string, string[]> } };
  return Object.keys(error.error.fields ?? {});
}

/** A user of their own: each scenario stays well under the per-user model rate limit. */
async function freshUser(): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser();
  return { user, client: await signedIn(user) };
}

async function createSession(client: Client, models: string[], blind = false) {
  const response = await client.json("/api/arena/sessions", "POST", {
    panels: models.map((modelId) => ({ modelId })),
    blind,
  });
  expect(response.status).toBe(201);
  return body<ArenaSessionDto>(response);
}

const sessionUrl = (id: string) => `/api/arena/sessions/${id}`;

function sendPrompt(client: Client, id: string, content: string, clientId?: string) {
  return client.json(`${sessionUrl(id)}/messages`, "POST", { content, clientId });
}

async function sendAndRead(client: Client, id: string, content: string) {
  const response = await sendPrompt(client, id, content);
  expect(response.status).toBe(200);
  return readArenaStream(response);
}

async function getSession(client: Client, id: string) {
  return body<ArenaSessionDto>(await client.fetch(sessionUrl(id)));
}

/** Polls until every panel of the last turn is saved (generation outlives the request). */
async function settledSession(client: Client, id: string): Promise<ArenaSessionDto> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const session = await getSession(client, id);
    const last = session.turns.at(-1);
    if (last && last.replies.length === session.panelCount) return session;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the arena turn was never saved");
}

describe("the authorisation matrix", () => {
  let session: ArenaSessionDto;
  beforeAll(async () => {
    session = await createSession(actors.clients.owner, ["fake/echo", "fake/text-only"]);
  });

  it("lists and creates sessions for signed-in users only", async () => {
    await expectMatrix(actors, (client) => client.fetch("/api/arena/sessions"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const lists = await body<{ items: { id: string }[] }>(
      await actors.clients.other.fetch("/api/arena/sessions"),
    );
    expect(lists.items.map((item) => item.id)).not.toContain(session.id);
    await expectMatrix(
      actors,
      (client) =>
        client.json("/api/arena/sessions", "POST", {
          panels: [{ modelId: "fake/echo" }, { modelId: "fake/slow" }],
        }),
      { anonymous: 401, owner: 201, other: 201, banned: 403, admin: 201 },
    );
  });

  it("reads, renames and deletes the owner's session only", async () => {
    const own = { anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 };
    await expectMatrix(actors, (client) => client.fetch(sessionUrl(session.id)), own);
    await expectMatrix(
      actors,
      (client) => client.json(sessionUrl(session.id), "PATCH", { title: "Renamed" }),
      own,
    );
    expect((await getSession(actors.clients.owner, session.id)).title).toBe("Renamed");
    const doomed = await createSession(actors.clients.owner, ["fake/echo", "fake/slow"]);
    await expectMatrix(
      actors,
      (client) => client.fetch(sessionUrl(doomed.id), { method: "DELETE" }),
      { anonymous: 401, owner: 204, other: 404, banned: 403, admin: 404 },
    );
  });

  it("sends, stops, votes and continues in the owner's session only", async () => {
    const refused = { anonymous: 401, other: 404, banned: 403, admin: 404 };
    await expectMatrix(
      actors,
      (client, actor) =>
        actor === "owner"
          ? Promise.resolve(new Response(null, { status: 200 }))
          : sendPrompt(client, session.id, "hello"),
      { ...refused, owner: 200 },
    );
    await expectMatrix(
      actors,
      (client) => client.json(`${sessionUrl(session.id)}/stop`, "POST", {}),
      { ...refused, owner: 200 },
    );
    const sent = await sendAndRead(actors.clients.owner, session.id, "hello");
    const vote = { turnId: sent.turnId, outcome: "tie" };
    await expectMatrix(
      actors,
      (client) => client.json(`${sessionUrl(session.id)}/votes`, "POST", vote),
      { ...refused, owner: 201 },
    );
    await expectMatrix(
      actors,
      (client) => client.json(`${sessionUrl(session.id)}/continue`, "POST", { panel: 0 }),
      { ...refused, owner: 201 },
    );
  });

  it("shows the leaderboard to signed-in users", async () => {
    await expectMatrix(actors, (client) => client.fetch("/api/arena/leaderboard"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
  });

  it("answers 404 for an id that is not an id", async () => {
    expect((await actors.clients.owner.fetch(sessionUrl("nope"))).status).toBe(404);
  });
});

describe("creating a session", () => {
  const cases: [string, unknown, string][] = [
    ["one panel", { panels: [{ modelId: "fake/echo" }] }, "panels"],
    ["five panels", { panels: Array(5).fill({ modelId: "fake/echo" }) }, "panels"],
    ["a panel that is neither", { panels: [{ name: "x" }, { modelId: "fake/echo" }] }, "panels.0"],
    [
      "an unknown model",
      { panels: [{ modelId: "nope/none" }, { modelId: "fake/echo" }] },
      "panels.0.modelId",
    ],
    [
      "a title too long",
      { title: "x".repeat(201), panels: [{ modelId: "fake/echo" }, { modelId: "fake/slow" }] },
      "title",
    ],
    [
      "an unknown field",
      { panels: [{ modelId: "fake/echo" }, { modelId: "fake/slow" }], extra: 1 },
      "extra",
    ],
  ];
  for (const [label, input, field] of cases) {
    it(`refuses ${label}, naming ${field}`, async () => {
      const response = await actors.clients.owner.json("/api/arena/sessions", "POST", input);
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toContain(field);
    });
  }

  it("takes configs: the owner's, public ones, not another's private one", async () => {
    const mine = await LlmConfig.create({
      name: "Mine",
      model_id: "fake/echo",
      owner_id: actors.owner.id,
      avatar: "🦊",
    });
    const shared = await LlmConfig.create({
      name: "Shared",
      model_id: "fake/slow",
      owner_id: actors.other.id,
      visibility: "public",
    });
    const hidden = await LlmConfig.create({
      name: "Hidden",
      model_id: "fake/slow",
      owner_id: actors.other.id,
    });
    const created = await actors.clients.owner.json("/api/arena/sessions", "POST", {
      panels: [{ configId: mine._id.toString() }, { configId: shared._id.toString() }],
    });
    expect(created.status).toBe(201);
    const session = await body<ArenaSessionDto>(created);
    expect(session.panels.map((p) => [p.label, p.name, p.modelId, p.avatar])).toEqual([
      ["A", "Mine", "fake/echo", "🦊"],
      ["B", "Shared", "fake/slow", "🤖"],
    ]);
    const refused = await actors.clients.owner.json("/api/arena/sessions", "POST", {
      panels: [{ configId: mine._id.toString() }, { configId: hidden._id.toString() }],
    });
    expect(refused.status).toBe(400);
    expect(await fieldsOf(refused)).toEqual(["panels.1.configId"]);
  });
});

describe("a turn", () => {
  it("starts every panel before any finishes, and streams each on one connection", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/text-only", "fake/echo"]);
    const stream = await sendAndRead(
      client,
      session.id,
      "parallel please [[tokens:30]] [[delay:20]]",
    );
    expect(stream.done).toBe(true);
    expect(Object.keys(stream.replies)).toEqual(["0", "1", "2"]);

    const calls = (await upstreamCalls()).filter((call) =>
      JSON.stringify(call.body?.messages ?? []).includes("parallel please"),
    ) as { startedAt: number; endedAt: number | null }[];
    expect(calls).toHaveLength(3);
    const lastStart = Math.max(...calls.map((call) => call.startedAt));
    const firstEnd = Math.min(...calls.map((call) => call.endedAt ?? Number.POSITIVE_INFINITY));
    expect(lastStart).toBeLessThan(firstEnd);

    // Text of the panels arrives interleaved, not one panel after another.
    const order = stream.events.flatMap((event) =>
      event.type === "text-delta" ? [event.panel] : [],
    );
    const firstOfLast = order.indexOf(2);
    expect(order.slice(firstOfLast).some((panel) => panel === 0)).toBe(true);

    const saved = await getSession(client, session.id);
    expect(saved.turns).toHaveLength(1);
    for (const reply of saved.turns[0]?.replies ?? []) {
      expect(reply.content).toBe(stream.text[reply.panel]);
      expect(reply.metadata.completionTokens).toBeGreaterThan(0);
      expect(reply.metadata.firstTokenMs).toBeGreaterThan(0);
      expect(reply.metadata.finishReason).toBe("stop");
    }
  });

  it("keeps a failing panel's error in that panel while the others finish", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/fault-500", "fake/cut"]);
    const stream = await sendAndRead(client, session.id, "isolate the fault [[tokens:40]]");
    expect(stream.replies[0]?.isError).toBe(false);
    expect(stream.replies[1]?.isError).toBe(true);
    expect(stream.replies[1]?.errorMessage).toBeTruthy();
    expect(stream.replies[2]?.isError).toBe(true);

    const saved = await getSession(client, session.id);
    const replies = saved.turns[0]?.replies ?? [];
    expect(replies.map((reply) => reply.isError)).toEqual([false, true, true]);
    // The cut stream's partial text is kept, byte for byte.
    expect(replies[2]?.content).toBe(stream.text[2] ?? "");
    expect((replies[2]?.content ?? "").length).toBeGreaterThan(0);
  });

  it("finishes and saves every panel after the browser goes away", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/slow", "fake/echo"]);
    const response = await sendPrompt(client, session.id, "leave early [[tokens:40]]");
    await readArenaStream(response, (stream) => stream.events.some((e) => e.type === "text-delta"));
    const saved = await settledSession(client, session.id);
    const replies = saved.turns[0]?.replies ?? [];
    expect(replies.map((reply) => reply.metadata.finishReason)).toEqual(["stop", "stop"]);
    expect(replies[0]?.content.split(/\s+/).length).toBeGreaterThan(30);
  });

  it("stops one panel, keeping its partial answer, while the other finishes", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/slow", "fake/echo"]);
    const response = await sendPrompt(
      client,
      session.id,
      "stop the first [[tokens:200]] [[delay:30]]",
    );
    let stopped = false;
    const stream = await readArenaStream(response, (s) => {
      if (!stopped && (s.text[0] ?? "").length > 10) {
        stopped = true;
        void client.json(`${sessionUrl(session.id)}/stop`, "POST", { panel: 0 });
      }
      return false;
    });
    expect(stream.replies[0]?.metadata.finishReason).toBe("stopped");
    expect(stream.replies[1]?.metadata.finishReason).toBe("stop");
    const saved = await getSession(client, session.id);
    const first = saved.turns[0]?.replies[0];
    expect(first?.content).toBe(stream.text[0]);
    expect(first?.content.split(/\s+/).length).toBeLessThan(200);
  });

  it("continues each panel's own history", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/text-only"]);
    const first = await sendAndRead(client, session.id, "first prompt");
    await sendAndRead(client, session.id, "second prompt");
    const calls = (await upstreamCalls()).filter((call) =>
      JSON.stringify(call.body?.messages ?? []).includes("second prompt"),
    );
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      const messages = call.body.messages as { role: string; content: unknown }[];
      const panel = call.body.model === "fake/echo" ? 0 : 1;
      expect(messages.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
      expect(JSON.stringify(messages[1]?.content)).toContain(
        JSON.stringify(first.text[panel]).slice(1, 20),
      );
    }
  });

  it("stores a double submit once and refuses the second", async () => {
    const { user, client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/text-only"]);
    const first = await sendPrompt(client, session.id, "once", "client-1");
    const second = await sendPrompt(client, session.id, "once", "client-1");
    expect(second.status).toBe(409);
    await readArenaStream(first);
    expect(await ArenaMessage.countDocuments({ session_id: session.id, role: "user" })).toBe(1);
    // The refused request's token reservations were given back.
    const used = (await User.findById(user.id).lean())?.usage.tokens_used ?? -1;
    const logged = await UsageLog.find({ user_id: user.id }).lean();
    expect(used).toBe(logged.reduce((sum, log) => sum + log.tokens.total, 0));
  });

  it("bills every panel like a chat reply", async () => {
    const { user, client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/text-only"]);
    const stream = await sendAndRead(client, session.id, "bill me");
    const logs = await UsageLog.find({ user_id: user.id, kind: "arena" }).lean();
    expect(logs).toHaveLength(2);
    expect(logs.map((log) => log.arena_session_id?.toString())).toEqual([session.id, session.id]);
    const completion = Object.values(stream.replies).reduce(
      (sum, reply) => sum + reply.metadata.completionTokens,
      0,
    );
    expect(logs.reduce((sum, log) => sum + log.tokens.completion, 0)).toBe(completion);
  });

  it("refuses a user over their token limit before any model is called", async () => {
    const { user, client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/text-only"]);
    await User.updateOne(
      { _id: user.id },
      { $set: { "usage.tokens_limit": 100, "usage.tokens_used": 100 } },
    );
    const before = (await upstreamCalls()).length;
    const response = await sendPrompt(client, session.id, "over the limit");
    expect(response.status).toBe(429);
    expect((await body<{ error: { code: string } }>(response)).error.code).toBe(
      "token_limit_reached",
    );
    expect((await upstreamCalls()).length).toBe(before);
    expect(await ArenaMessage.countDocuments({ session_id: session.id })).toBe(0);
  });

  it("refuses an empty prompt and unknown fields with nothing saved", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/text-only"]);
    for (const [input, field] of [
      [{ content: "  " }, "content"],
      [{ content: 3 }, "content"],
      [{ content: "x", model: "fake/echo" }, "model"],
    ] as const) {
      const response = await client.json(`${sessionUrl(session.id)}/messages`, "POST", input);
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toContain(field);
    }
    expect(await ArenaMessage.countDocuments({ session_id: session.id })).toBe(0);
  });
});

describe("blind votes", () => {
  it("hide the names until the vote, take one vote per turn, then reveal", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/text-only", "fake/slow"], true);
    expect(session.blind).toBe(true);
    expect(session.revealed).toBe(false);
    expect(session.panels.map((p) => [p.label, p.name, p.modelId])).toEqual([
      ["A", null, null],
      ["B", null, null],
      ["C", null, null],
    ]);
    const stream = await sendAndRead(client, session.id, "who is who");
    expect(Object.values(stream.replies).map((reply) => reply.metadata.modelId)).toEqual([
      null,
      null,
      null,
    ]);
    const hidden = await client.fetch(sessionUrl(session.id));
    expect(await hidden.text()).not.toMatch(/fake\//);
    const early = await client.json(`${sessionUrl(session.id)}/continue`, "POST", { panel: 0 });
    expect(early.status).toBe(409);

    const votesUrl = `${sessionUrl(session.id)}/votes`;
    const bad: [unknown, string][] = [
      [{ turnId: stream.turnId, outcome: "win" }, "winnerIndex"],
      [{ turnId: stream.turnId, outcome: "tie", winnerIndex: 0 }, "winnerIndex"],
      [{ turnId: stream.turnId, outcome: "win", winnerIndex: 3 }, "winnerIndex"],
      [{ turnId: stream.turnId, outcome: "best" }, "outcome"],
      [{ turnId: "x", outcome: "tie" }, "turnId"],
    ];
    for (const [input, field] of bad) {
      const response = await client.json(votesUrl, "POST", input);
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toContain(field);
    }
    const strangerTurn = await client.json(votesUrl, "POST", {
      turnId: "0123456789abcdef01234567",
      outcome: "tie",
    });
    expect(strangerTurn.status).toBe(404);

    const voted = await client.json(votesUrl, "POST", {
      turnId: stream.turnId,
      outcome: "win",
      winnerIndex: 1,
    });
    expect(voted.status).toBe(201);
    const revealed = await body<ArenaSessionDto>(voted);
    expect(revealed.revealed).toBe(true);
    expect(revealed.panels.map((p) => p.modelId).sort()).toEqual([
      "fake/echo",
      "fake/slow",
      "fake/text-only",
    ]);
    expect(revealed.turns[0]?.vote).toEqual({ outcome: "win", winnerIndex: 1 });
    expect(revealed.turns[0]?.replies.every((reply) => reply.metadata.modelId !== null)).toBe(true);

    const again = await client.json(votesUrl, "POST", { turnId: stream.turnId, outcome: "tie" });
    expect(again.status).toBe(409);
  });

  it("wait until every panel has answered", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/slow", "fake/echo"], true);
    const response = await sendPrompt(client, session.id, "not yet [[tokens:100]] [[delay:20]]");
    const stream = await readArenaStream(response, (s) => s.turnId !== undefined);
    const early = await client.json(`${sessionUrl(session.id)}/votes`, "POST", {
      turnId: stream.turnId,
      outcome: "tie",
    });
    expect(early.status).toBe(409);
    await settledSession(client, session.id);
  });
});

describe("the leaderboard", () => {
  it("ranks models from votes, everyone's and my own", async () => {
    const voter = await freshUser();
    const session = await createSession(voter.client, ["fake/echo", "fake/text-only"]);
    for (let turn = 0; turn < 3; turn++) {
      const stream = await sendAndRead(voter.client, session.id, `turn ${turn}`);
      const echo = session.panels.findIndex((panel) => panel.modelId === "fake/echo");
      const response = await voter.client.json(`${sessionUrl(session.id)}/votes`, "POST", {
        turnId: stream.turnId,
        outcome: "win",
        winnerIndex: echo,
      });
      expect(response.status).toBe(201);
    }
    const mine = await body<LeaderboardDto>(
      await voter.client.fetch("/api/arena/leaderboard?scope=mine"),
    );
    expect(mine.totalVotes).toBe(3);
    expect(mine.items.map((item) => [item.modelId, item.wins, item.losses, item.votes])).toEqual([
      ["fake/echo", 3, 0, 3],
      ["fake/text-only", 0, 3, 3],
    ]);
    expect(mine.items[0]?.name).toBe("Fake: echo");
    expect(mine.items[0]?.winRate).toBe(1);
    expect((mine.items[0]?.rating ?? 0) > (mine.items[1]?.rating ?? 0)).toBe(true);
    expect(mine.items[0]?.ciLow).toBeLessThan(mine.items[0]?.rating ?? 0);

    // Everyone's board includes these votes too.
    const all = await body<LeaderboardDto>(
      await actors.clients.other.fetch("/api/arena/leaderboard"),
    );
    const echo = all.items.find((item) => item.modelId === "fake/echo");
    expect(echo?.wins).toBeGreaterThanOrEqual(3);
    const othersOwn = await body<LeaderboardDto>(
      await actors.clients.other.fetch("/api/arena/leaderboard?scope=mine"),
    );
    expect(othersOwn.totalVotes).toBe(0);
    expect(othersOwn.items).toEqual([]);
  });

  it("lists shared configs only", async () => {
    const voter = await freshUser();
    const shared = await LlmConfig.create({
      name: "Shared star",
      model_id: "fake/echo",
      owner_id: voter.user.id,
      visibility: "public",
    });
    const secret = await LlmConfig.create({
      name: "Secret",
      model_id: "fake/text-only",
      owner_id: voter.user.id,
    });
    const created = await voter.client.json("/api/arena/sessions", "POST", {
      panels: [{ configId: shared._id.toString() }, { configId: secret._id.toString() }],
    });
    const session = await body<ArenaSessionDto>(created);
    const stream = await sendAndRead(voter.client, session.id, "configs");
    await voter.client.json(`${sessionUrl(session.id)}/votes`, "POST", {
      turnId: stream.turnId,
      outcome: "win",
      winnerIndex: 0,
    });
    const everyone = await body<LeaderboardDto>(
      await actors.clients.other.fetch("/api/arena/leaderboard?kind=config"),
    );
    const names = everyone.items.map((item) => item.name);
    expect(names).toContain("Shared star");
    expect(names).not.toContain("Secret");
    const mine = await body<LeaderboardDto>(
      await voter.client.fetch("/api/arena/leaderboard?kind=config&scope=mine"),
    );
    expect(mine.items.map((item) => item.name)).toEqual(["Shared star", "Secret"]);
  });

  it("refuses a bad kind or scope", async () => {
    const response = await actors.clients.owner.fetch("/api/arena/leaderboard?kind=users");
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(["kind"]);
  });
});

describe("continuing a panel as a chat", () => {
  it("opens a conversation with that panel's prompts and answers", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/echo", "fake/text-only"]);
    const one = await sendAndRead(client, session.id, "alpha");
    const two = await sendAndRead(client, session.id, "beta");
    const response = await client.json(`${sessionUrl(session.id)}/continue`, "POST", { panel: 1 });
    expect(response.status).toBe(201);
    const { conversationId } = await body<{ conversationId: string }>(response);
    const conversation = await body<{
      conversation: { modelId: string; currentLeafId: string };
      messages: { id: string; parentId: string | null; role: string; content: string }[];
    }>(await client.fetch(`/api/conversations/${conversationId}`));
    expect(conversation.conversation.modelId).toBe("fake/text-only");
    expect(conversation.messages.map((m) => [m.role, m.content])).toEqual([
      ["user", "alpha"],
      ["assistant", one.text[1]],
      ["user", "beta"],
      ["assistant", two.text[1]],
    ]);
    expect(conversation.conversation.currentLeafId).toBe(conversation.messages[3]?.id);
    // It goes on as a normal chat.
    const next = await client.json(`/api/conversations/${conversationId}/messages`, "POST", {
      content: "gamma",
    });
    expect(next.status).toBe(200);
    await next.text();
    expect(await Message.countDocuments({ conversation_id: conversationId })).toBe(6);

    const bad = await client.json(`${sessionUrl(session.id)}/continue`, "POST", { panel: 2 });
    expect(bad.status).toBe(400);
  });
});
