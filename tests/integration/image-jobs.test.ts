import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ImageDto, ImageJobDto } from "@/lib/images/dto";
import { GeneratedImage } from "@/models/generated-image";
import { ModelCall } from "@/models/model-call";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { waitFor } from "../setup/wait";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { upstreamCalls } from "../support/chat";
import type { Client } from "../support/http";
import { LiveEvents } from "../support/live-events";
import { createUser, signedIn, type TestUser } from "../support/users";

// `fake/image` makes a small PNG; `[[first:MS]]` in the prompt makes it take MS first.

/** A word no other test sends, to find this test's upstream calls among everyone's. */
function marker(): string {
  return `m${randomBytes(5).toString("hex")}`;
}

async function callsFor(word: string) {
  return (await upstreamCalls()).filter(
    (call) => call.path === "/chat/completions" && JSON.stringify(call.body).includes(word),
  );
}

async function freshUser(): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser();
  return { user, client: await signedIn(user) };
}

async function jobsOf(client: Client): Promise<ImageJobDto[]> {
  const response = await client.fetch("/api/images/jobs");
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: ImageJobDto[] }).items;
}

/** Starts a slow image and returns once the provider has its call. */
async function startSlow(client: Client, body: Record<string, unknown> = {}) {
  const word = marker();
  const controller = new AbortController();
  const response = client
    .fetch("/api/images", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        modelId: "fake/image",
        prompt: `slow ${word} [[first:2500]]`,
        aspectRatio: "16:9",
        ...body,
      }),
      signal: controller.signal,
    })
    // A request this test closes on purpose answers nothing.
    .catch(() => null);
  await waitFor(async () => (await callsFor(word)).length === 1, "the upstream call", 5_000);
  return { word, response, close: () => controller.abort() };
}

const open: LiveEvents[] = [];
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});
async function listen(client: Client): Promise<LiveEvents> {
  const channel = await LiveEvents.open(client);
  open.push(channel);
  expect(channel.response.status).toBe(200);
  return channel;
}

describe("an image being made", () => {
  it("is listed to its owner's other tabs, goes on when its request closes, and is kept", async () => {
    const { user, client } = await freshUser();
    const otherTab = await signedIn(user);
    const events = await listen(otherTab);
    const clientId = randomUUID();
    const slow = await startSlow(client, { clientId });

    const [job] = await jobsOf(otherTab);
    expect(job).toMatchObject({
      clientId,
      modelId: "fake/image",
      aspectRatio: "16:9",
      prompt: expect.stringContaining(slow.word),
    });
    const started = await events.next((event) => event.event === "image.started", "its start");
    expect(started.data).toEqual({ jobId: job?.id });

    // The tab that asked goes away (a reload, a closed laptop): the image is still made.
    slow.close();
    const finished = await events.next(
      (event) => event.event === "image.finished",
      "its end",
      15_000,
    );
    expect(finished.data).toMatchObject({ jobId: job?.id, status: "complete" });
    const imageId = String(finished.data.imageId);
    const image = (await (await otherTab.fetch(`/api/images/${imageId}`)).json()) as ImageDto;
    expect(image.prompt).toContain(slow.word);
    expect(await jobsOf(otherTab)).toEqual([]);
    expect(await UsageLog.countDocuments({ user_id: user.id, kind: "image" })).toBe(1);
  });

  it.each([
    ["its client id", (job: ImageJobDto) => job.clientId ?? ""],
    ["its id", (job: ImageJobDto) => job.id],
  ])("stops from any tab by %s: nothing is kept and the reservation comes back", async (_, by) => {
    const { user, client } = await freshUser();
    const otherTab = await signedIn(user);
    const events = await listen(otherTab);
    const slow = await startSlow(client, { clientId: randomUUID() });
    const [job] = await jobsOf(otherTab);
    if (!job) throw new Error("no job listed");

    const stopped = await otherTab.fetch(`/api/images/jobs/${by(job)}/stop`, { method: "POST" });
    expect(stopped.status).toBe(204);

    const answer = await slow.response;
    expect(answer?.status).toBe(499);
    expect(await answer?.json()).toMatchObject({ error: { code: "cancelled" } });
    const [call] = await callsFor(slow.word);
    await waitFor(async () => (await callsFor(slow.word))[0]?.endedAt != null, "its call's end");
    expect(((await callsFor(slow.word))[0]?.endedAt ?? 0) - (call?.startedAt ?? 0)).toBeLessThan(
      2_000,
    );
    const finished = await events.next((event) => event.event === "image.finished", "its end");
    expect(finished.data).toMatchObject({ jobId: job.id, imageId: null, status: "stopped" });
    expect(await jobsOf(otherTab)).toEqual([]);
    expect(await GeneratedImage.countDocuments({ user_id: user.id })).toBe(0);
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(0);
    expect((await User.findById(user.id).lean())?.usage.tokens_used).toBe(0);
    expect(await ModelCall.countDocuments({ user_id: user.id })).toBe(0);
  });

  it("refuses the same client id again while it runs (409), and takes it once it ended", async () => {
    const { user, client } = await freshUser();
    const clientId = randomUUID();
    const slow = await startSlow(client, { clientId });

    const again = await client.json("/api/images", "POST", {
      clientId,
      modelId: "fake/image",
      prompt: "the same again",
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: "conflict" } });

    expect((await slow.response)?.status).toBe(201);
    const later = await client.json("/api/images", "POST", {
      clientId,
      modelId: "fake/image",
      prompt: "the same again",
    });
    expect(later.status).toBe(201);
    expect(await GeneratedImage.countDocuments({ user_id: user.id })).toBe(2);
  });

  it("refuses a client id that is not one (400) and starts nothing", async () => {
    const { user, client } = await freshUser();
    const response = await client.json("/api/images", "POST", {
      clientId: "not an id!",
      modelId: "fake/image",
      prompt: "a lighthouse",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: {
        code: "invalid_input",
        fields: { clientId: ["must be 1–64 letters, digits, - or _"] },
      },
    });
    expect(await ModelCall.countDocuments({ user_id: user.id })).toBe(0);
  });
});

describe("who may see and stop an image being made", () => {
  let actors: Actors;
  beforeAll(async () => {
    actors = await createActors();
  });

  it("lists each caller's own jobs only", async () => {
    const slow = await startSlow(actors.clients.owner, { clientId: randomUUID() });
    const responses = await expectMatrix(actors, (client) => client.fetch("/api/images/jobs"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const count = async (response: Response) =>
      ((await response.json()) as { items: unknown[] }).items.length;
    expect(await count(responses.owner)).toBe(1);
    expect(await count(responses.other)).toBe(0);
    expect(await count(responses.admin)).toBe(0);
    expect((await slow.response)?.status).toBe(201);
  });

  it("lets only the owner stop it: another user's stop changes nothing", async () => {
    const clientId = randomUUID();
    const slow = await startSlow(actors.clients.owner, { clientId });
    const [job] = await jobsOf(actors.clients.owner);
    if (!job) throw new Error("no job listed");
    for (const id of [job.id, clientId]) {
      await expectMatrix(
        actors,
        (client, actor) =>
          actor === "owner"
            ? Promise.resolve(new Response(null, { status: 204 }))
            : client.fetch(`/api/images/jobs/${id}/stop`, { method: "POST" }),
        { anonymous: 401, owner: 204, other: 204, banned: 403, admin: 204 },
      );
    }
    expect((await slow.response)?.status).toBe(201);
  });
});
