import { Types } from "mongoose";
import { beforeAll, describe, expect, it } from "vitest";
import type { ArenaSessionDto, LeaderboardDto } from "@/lib/arena/dto";
import { rebuildOldArenaTallies } from "@/lib/arena/rebuild-tallies";
import { connectDb } from "@/lib/db/connect";
import { ArenaMessage } from "@/models/arena-message";
import { ArenaTally } from "@/models/arena-tally";
import { ArenaVote } from "@/models/arena-vote";
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

/** Votes on a turn: a panel's index for a win, null for a tie. */
async function vote(
  client: Client,
  id: string,
  turnId: string | undefined,
  winnerIndex: number | null,
) {
  const response = await client.json(
    `${sessionUrl(id)}/votes`,
    "POST",
    winnerIndex === null ? { turnId, outcome: "tie" } : { turnId, outcome: "win", winnerIndex },
  );
  expect(response.status).toBe(201);
  return body<ArenaSessionDto>(response);
}

function leaderboard(client: Client, search: string) {
  return client.fetch(`/api/arena/leaderboard?${search}`).then(body<LeaderboardDto>);
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

  it("Stop all keeps each panel's reply as far as it was shown", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/slow", "fake/slow"]);
    const response = await sendPrompt(client, session.id, "freeze [[tokens:200]] [[delay:30]]");
    const panels = (s: { text: Record<number, string> }) => [0, 1].map((p) => s.text[p] ?? "");
    let shown: string[] = [];
    const stream = await readArenaStream(response, (s) => {
      if (shown.length === 0 && panels(s).every((text) => text.split(" ").length > 8)) {
        // The page had drawn three words of the first panel and five of the second.
        shown = panels(s).map((text, panel) =>
          text
            .split(" ")
            .slice(0, 3 + 2 * panel)
            .join(" "),
        );
        void client.json(`${sessionUrl(session.id)}/stop`, "POST", {
          shown: shown.map((text) => text.length),
        });
      }
      return false;
    });
    expect([0, 1].map((p) => stream.replies[p]?.metadata.finishReason)).toEqual([
      "stopped",
      "stopped",
    ]);
    const saved = await getSession(client, session.id);
    expect(saved.turns[0]?.replies.map((reply) => reply.content)).toEqual(shown);
  });

  it("refuses a Stop with bad shown lengths, stopping nothing", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/slow", "fake/echo"]);
    const response = await sendPrompt(client, session.id, "go on [[tokens:30]] [[delay:10]]");
    await readArenaStream(response, (s) => s.events.some((e) => e.type === "text-delta"));
    for (const shown of [[-1], [1.5], ["3"], [1, 2, 3, 4, 5, 6, 7, 8, 9], 3]) {
      const stop = await client.json(`${sessionUrl(session.id)}/stop`, "POST", { shown });
      expect(stop.status, JSON.stringify(shown)).toBe(400);
    }
    const saved = await settledSession(client, session.id);
    expect(saved.turns[0]?.replies.map((reply) => reply.metadata.finishReason)).toEqual([
      "stop",
      "stop",
    ]);
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

  it("stores a double submit once and answers it once, at once or later", async () => {
    const { user, client } = await freshUser();
    const session = await createSession(client, ["fake/slow", "fake/text-only"]);
    const content = "once [[tokens:40]] [[delay:15]]";
    const [a, b] = await Promise.all([
      sendPrompt(client, session.id, content, "client-1"),
      sendPrompt(client, session.id, content, "client-1"),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [first, second] = await Promise.all([readArenaStream(a), readArenaStream(b)]);
    expect(second.turnId).toBe(first.turnId);
    expect(second.text).toEqual(first.text);
    expect(second.replies).toEqual(first.replies);
    const later = await readArenaStream(await sendPrompt(client, session.id, content, "client-1"));
    expect(later.text).toEqual(first.text);
    expect(later.replies).toEqual(first.replies);
    expect(later.done).toBe(true);

    expect(await ArenaMessage.countDocuments({ session_id: session.id, role: "user" })).toBe(1);
    expect(await ArenaMessage.countDocuments({ session_id: session.id, role: "assistant" })).toBe(
      2,
    );
    // Two panels, billed once each; every reservation of the repeats was given back.
    const logged = await UsageLog.find({ user_id: user.id }).lean();
    expect(logged).toHaveLength(2);
    const used = (await User.findById(user.id).lean())?.usage.tokens_used ?? -1;
    expect(used).toBe(logged.reduce((sum, log) => sum + log.tokens.total, 0));
    expect((await getSession(client, session.id)).turnCount).toBe(1);
  });

  it("replays a running turn to another reader from its start, then answers 204", async () => {
    const { client } = await freshUser();
    const session = await createSession(client, ["fake/slow", "fake/slow"]);
    const response = await sendPrompt(client, session.id, "follow [[tokens:60]] [[delay:15]]");
    const original = readArenaStream(response);
    const partial = await readArenaStream(
      await (async () => {
        let turnId: string | undefined;
        for (let attempt = 0; attempt < 100 && !turnId; attempt++) {
          turnId = (await getSession(client, session.id)).turns.at(-1)?.id;
          if (!turnId) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return client.fetch(`${sessionUrl(session.id)}/messages/${turnId}/stream`);
      })(),
    );
    const whole = await original;
    expect(partial.turnId).toBe(whole.turnId);
    expect(partial.text).toEqual(whole.text);
    expect(partial.replies).toEqual(whole.replies);
    await settledSession(client, session.id);
    const after = await client.fetch(`${sessionUrl(session.id)}/messages/${whole.turnId}/stream`);
    expect(after.status).toBe(204);
    const other = await signedIn(await createUser());
    const stranger = await other.fetch(`${sessionUrl(session.id)}/messages/${whole.turnId}/stream`);
    expect(stranger.status).toBe(404);
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
    // A price or a pace would name the model too: none of them until the vote.
    for (const reply of Object.values(stream.replies)) {
      expect(reply.metadata).toMatchObject({
        modelId: null,
        costUsd: null,
        generationTimeMs: null,
        firstTokenMs: null,
      });
      expect(reply.metadata.completionTokens).toBeGreaterThan(0);
    }
    expect(Object.keys(stream.replies)).toHaveLength(3);
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
    for (const reply of revealed.turns[0]?.replies ?? []) {
      expect(reply.metadata.modelId).not.toBeNull();
      expect(reply.metadata.costUsd).toBeGreaterThan(0);
      expect(reply.metadata.firstTokenMs).toBeGreaterThan(0);
    }
    expect(revealed.turns[0]?.replies).toHaveLength(3);

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
    expect(
      mine.items.map((item) => [item.modelId, item.wins, item.losses, item.battles, item.votes]),
    ).toEqual([
      ["fake/echo", 3, 0, 3, 3],
      ["fake/text-only", 0, 3, 3, 3],
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

  it("refuses a bad kind, scope or choice of votes with a JSON error", async () => {
    for (const [search, field] of [
      ["kind=users", "kind"],
      ["scope=everyone", "scope"],
      ["votes=named", "votes"],
      ["votes=", "votes"],
      ["blind=1", "blind"],
    ]) {
      const response = await actors.clients.owner.fetch(`/api/arena/leaderboard?${search}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/json");
      const error = await body<{ error: { code: string; fields: Record<string, string[]> } }>(
        response,
      );
      expect(error.error.code).toBe("invalid_input");
      expect(Object.keys(error.error.fields)).toEqual([field]);
    }
  });

  it("counts one vote per entry however many panels, and battles apart", async () => {
    const voter = await freshUser();
    const session = await createSession(voter.client, ["fake/echo", "fake/text-only", "fake/slow"]);
    const stream = await sendAndRead(voter.client, session.id, "best of three");
    await vote(voter.client, session.id, stream.turnId, 0);
    const mine = await leaderboard(voter.client, "scope=mine");
    expect(mine.totalVotes).toBe(1);
    expect(
      mine.items.map((item) => [item.modelId, item.votes, item.battles, item.wins, item.losses]),
    ).toEqual([
      ["fake/echo", 1, 2, 2, 0],
      ["fake/slow", 1, 1, 0, 1],
      ["fake/text-only", 1, 1, 0, 1],
    ]);
  });

  it("keeps to blind votes when asked: not named ones, not those after the reveal", async () => {
    const before = {
      all: await leaderboard(actors.clients.other, ""),
      blind: await leaderboard(actors.clients.other, "votes=blind"),
    };
    const voter = await freshUser();
    // Named from the start.
    const named = await createSession(voter.client, ["fake/echo", "fake/text-only"]);
    const first = await sendAndRead(voter.client, named.id, "named");
    await vote(voter.client, named.id, first.turnId, 0);
    // Blind, then named once the first vote has shown who is who.
    const blind = await createSession(
      voter.client,
      ["fake/echo", "fake/text-only", "fake/slow"],
      true,
    );
    const second = await sendAndRead(voter.client, blind.id, "blind");
    const revealed = await vote(voter.client, blind.id, second.turnId, 2);
    const third = await sendAndRead(voter.client, blind.id, "after the reveal");
    await vote(voter.client, blind.id, third.turnId, null);
    const stored = await ArenaVote.find({ user_id: voter.user.id }).sort({ created_at: 1 }).lean();
    expect(stored.map((v) => v.blind)).toEqual([false, true, false]);

    const blindWinner = revealed.panels[2]?.modelId;
    const votesOf = (board: LeaderboardDto) =>
      Object.fromEntries(board.items.map((item) => [item.modelId, item.votes]));
    const mineBlind = await leaderboard(voter.client, "scope=mine&votes=blind");
    expect(mineBlind).toMatchObject({ scope: "mine", votes: "blind", totalVotes: 1 });
    expect(votesOf(mineBlind)).toEqual({ "fake/echo": 1, "fake/slow": 1, "fake/text-only": 1 });
    expect(mineBlind.items[0]).toMatchObject({ modelId: blindWinner, wins: 2, battles: 2 });
    const mineAll = await leaderboard(voter.client, "scope=mine&votes=all");
    expect(mineAll).toMatchObject({ votes: "all", totalVotes: 3 });
    expect(votesOf(mineAll)).toEqual({ "fake/echo": 3, "fake/slow": 2, "fake/text-only": 3 });

    // Everyone's board moves by the same votes.
    const after = {
      all: await leaderboard(actors.clients.other, ""),
      blind: await leaderboard(actors.clients.other, "votes=blind"),
    };
    expect(after.all.votes).toBe("all");
    expect(after.all.totalVotes - before.all.totalVotes).toBe(3);
    expect(after.blind.totalVotes - before.blind.totalVotes).toBe(1);
    const grew = (key: "all" | "blind") => {
      const old = votesOf(before[key]);
      return Object.fromEntries(
        Object.entries(votesOf(after[key])).map(([id, votes]) => [id, votes - (old[id] ?? 0)]),
      );
    };
    expect(grew("all")).toMatchObject({ "fake/echo": 3, "fake/slow": 2, "fake/text-only": 3 });
    expect(grew("blind")).toMatchObject({ "fake/echo": 1, "fake/slow": 1, "fake/text-only": 1 });
  });

  describe("the start-up rebuild of old tallies", () => {
    type Row = [string, boolean, string | null, string | null, number, number, number, number];
    const rowsOf = async (): Promise<Row[]> =>
      (await ArenaTally.find().lean())
        .map((t): Row => [t.kind, t.blind, t.a, t.b, t.a_wins, t.b_wins, t.ties, t.votes])
        .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    /** Adds rows with the same kind, blindness and sides, as $inc would. */
    const plus = (base: Row[], more: Row[]): Row[] => {
      const sums = new Map(base.map((row) => [JSON.stringify(row.slice(0, 4)), [...row] as Row]));
      for (const row of more) {
        const sum = sums.get(JSON.stringify(row.slice(0, 4)));
        if (!sum) sums.set(JSON.stringify(row.slice(0, 4)), row);
        else for (let i = 4; i < 8; i++) sum[i] = (sum[i] as number) + (row[i] as number);
      }
      return [...sums.values()].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    };

    it("rebuilds them from the votes exactly, once", async () => {
      // Every tally so far was kept up to date vote by vote: the rebuild must agree.
      const current = await rowsOf();
      expect(current.length).toBeGreaterThan(0);

      const p = `old-${new Types.ObjectId().toString()}`;
      const [x, y, z] = [`${p}/x`, `${p}/y`, `${p}/z`];
      const [cA, cB] = [new Types.ObjectId(), new Types.ObjectId()]
        .map((id) => id.toString())
        .sort() as [string, string];
      const ids = (...configs: (string | null)[]) =>
        configs.map((id) => (id ? new Types.ObjectId(id) : null));
      const seeded = {
        session_id: new Types.ObjectId(),
        user_id: new Types.ObjectId(),
      };
      await ArenaVote.insertMany(
        [
          // Blind: x is best of three; the third panel is a plain model.
          { models: [x, y, z], configs: ids(cA, cB, null), outcome: "win", winner: 0, blind: true },
          // Named tie.
          { models: [x, y], configs: ids(cA, cB), outcome: "tie", winner: null, blind: false },
          // Named: z beats y; no configs.
          { models: [y, z], configs: ids(null, null), outcome: "win", winner: 1, blind: false },
          // Blind, but one model twice: no battle, so it counts nowhere.
          { models: [x, x], configs: ids(cA, cA), outcome: "both_bad", winner: null, blind: true },
        ].map((v) => ({
          ...seeded,
          turn_id: new Types.ObjectId(),
          model_ids: v.models,
          config_ids: v.configs,
          outcome: v.outcome,
          winner_index: v.winner,
          blind: v.blind,
        })),
      );
      // What the old code summed for them: battles per pair, blind and named together.
      await ArenaTally.collection.insertMany([
        { kind: "model", a: x, b: y, a_wins: 1, b_wins: 0, ties: 1, created_at: new Date() },
        { kind: "model", a: x, b: z, a_wins: 1, b_wins: 0, ties: 0, created_at: new Date() },
        { kind: "model", a: y, b: z, a_wins: 0, b_wins: 1, ties: 0, created_at: new Date() },
        { kind: "config", a: cA, b: cB, a_wins: 1, b_wins: 0, ties: 1, created_at: new Date() },
      ]);

      expect(await rebuildOldArenaTallies()).toBe(true);
      // Worked by hand: [kind, blind, a, b, a_wins, b_wins, ties, votes].
      const added: Row[] = [
        ["model", true, null, null, 0, 0, 0, 1],
        ["model", true, x, null, 0, 0, 0, 1],
        ["model", true, y, null, 0, 0, 0, 1],
        ["model", true, z, null, 0, 0, 0, 1],
        ["model", true, x, y, 1, 0, 0, 1],
        ["model", true, x, z, 1, 0, 0, 1],
        ["model", false, null, null, 0, 0, 0, 2],
        ["model", false, x, null, 0, 0, 0, 1],
        ["model", false, y, null, 0, 0, 0, 2],
        ["model", false, z, null, 0, 0, 0, 1],
        ["model", false, x, y, 0, 0, 1, 1],
        ["model", false, y, z, 0, 1, 0, 1],
        ["config", true, null, null, 0, 0, 0, 1],
        ["config", true, cA, null, 0, 0, 0, 1],
        ["config", true, cB, null, 0, 0, 0, 1],
        ["config", true, cA, cB, 1, 0, 0, 1],
        ["config", false, null, null, 0, 0, 0, 1],
        ["config", false, cA, null, 0, 0, 0, 1],
        ["config", false, cB, null, 0, 0, 0, 1],
        ["config", false, cA, cB, 0, 0, 1, 1],
      ];
      const rebuilt = await rowsOf();
      expect(rebuilt).toEqual(plus(current, added));
      expect(await ArenaTally.countDocuments({ blind: { $exists: false } })).toBe(0);

      // The second start finds nothing old and changes nothing.
      const documents = await ArenaTally.find().sort({ _id: 1 }).lean();
      expect(await rebuildOldArenaTallies()).toBe(false);
      expect(await ArenaTally.find().sort({ _id: 1 }).lean()).toEqual(documents);

      // The board reads the rebuilt tallies: x has two votes, one of them blind.
      const board = await leaderboard(actors.clients.other, "");
      expect(board.items.find((item) => item.modelId === x)).toMatchObject({
        votes: 2,
        battles: 3,
        wins: 2,
        ties: 1,
      });
      const blindBoard = await leaderboard(actors.clients.other, "votes=blind");
      expect(blindBoard.items.find((item) => item.modelId === x)).toMatchObject({
        votes: 1,
        battles: 2,
        wins: 2,
      });
    });
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
