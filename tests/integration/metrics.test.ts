import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { waitFor } from "../setup/wait";
import { createKey } from "../support/api-keys";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { createConversation, sendAndRead } from "../support/chat";
import { Client } from "../support/http";
import { parseMetrics, type Sample, scrape, total } from "../support/metrics";
import { OwnApps } from "../support/own-app";
import { createUser, type TestUser } from "../support/users";

// The run's shared app has no METRICS_TOKEN: only admins may scrape. The
// counters are read on an app of this file's own, which no other test moves.
let actors: Actors;
const own = new OwnApps();
let admin: Client;
let owner: Client;
let user: TestUser;

async function signedInOn(url: string, account: TestUser): Promise<Client> {
  const client = new Client(url);
  const result = await client.signIn(account.email, account.password);
  if (!result.ok) throw new Error(`sign-in failed (${result.code})`);
  return client;
}

beforeAll(async () => {
  actors = await createActors();
  const app = await own.start({
    MONGODB_URI: inject("mongoUri"),
    DATA_DIR: await own.folder(),
    // Short, so a hung model times out quickly.
    LLM_IDLE_TIMEOUT_MS: "1000",
  });
  user = await createUser();
  [admin, owner] = await Promise.all([
    signedInOn(app.url, await createUser({ role: "admin" })),
    signedInOn(app.url, user),
  ]);
});
afterAll(() => own.cleanUp());

/** Scrapes until `check` holds: a response's own count lands when its last byte is sent. */
async function scrapeUntil(check: (samples: Sample[]) => boolean): Promise<Sample[]> {
  let samples: Sample[] = [];
  await waitFor(
    async () => {
      samples = await scrape(admin);
      return check(samples);
    },
    "the expected metrics",
    10_000,
  );
  return samples;
}

describe("GET /api/metrics without a METRICS_TOKEN", () => {
  it("is an admin's only: to everyone else it does not exist", async () => {
    const responses = await expectMatrix(actors, (client) => client.fetch("/api/metrics"), {
      anonymous: 404,
      owner: 404,
      other: 404,
      banned: 404,
      admin: 200,
    });
    expect(responses.admin.headers.get("content-type")).toMatch(/^text\/plain/);
    // The same answer as any path that does not exist.
    const missing = await new Client().fetch("/api/no-such-route");
    expect(await responses.anonymous.json()).toEqual(await missing.json());
  });

  it("refuses a made-up token, as it refuses no token", async () => {
    const response = await new Client().fetch("/api/metrics", {
      headers: { authorization: "Bearer not-the-metrics-token-at-all" },
    });
    expect(response.status).toBe(404);
  });

  it("lists every metric with Prometheus names, and the process's own", async () => {
    const text = await (await actors.clients.admin.fetch("/api/metrics")).text();
    for (const name of [
      "unichat_http_requests_total",
      "unichat_http_request_duration_seconds",
      "unichat_open_streams",
      "unichat_time_to_first_token_seconds",
      "unichat_answer_duration_seconds",
      "unichat_tokens_total",
      "unichat_cost_usd_total",
      "unichat_upstream_errors_total",
      "unichat_rate_limit_refusals_total",
      "unichat_db_command_duration_seconds",
      "nodejs_eventloop_lag_seconds",
      "nodejs_heap_size_used_bytes",
      "process_resident_memory_bytes",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    const samples = parseMetrics(text);
    expect(
      total(samples, "unichat_db_command_duration_seconds_count", { command: "find" }),
    ).toBeGreaterThan(0);
  });
});

describe("what the counters count", () => {
  it("a chat answer: its request by route template, its tokens, cost and timings", async () => {
    const before = await scrape(admin);
    const id = await createConversation(user, { modelId: "fake/echo" });
    const answer = await sendAndRead(owner, id, {
      content: "count me [[tokens:12]]",
    });
    expect(answer.finish).toBeDefined();

    const route = { route: "/api/conversations/[id]/messages", method: "POST", status: "200" };
    const after = await scrapeUntil(
      (samples) =>
        total(samples, "unichat_http_requests_total", route) >
        total(before, "unichat_http_requests_total", route),
    );
    const grew = (name: string, labels: Record<string, string>) =>
      total(after, name, labels) - total(before, name, labels);
    const model = { model: "fake/echo" };
    expect(grew("unichat_http_requests_total", route)).toBe(1);
    expect(grew("unichat_http_request_duration_seconds_count", route)).toBe(1);
    expect(grew("unichat_time_to_first_token_seconds_count", model)).toBe(1);
    expect(grew("unichat_answer_duration_seconds_count", model)).toBe(1);
    expect(grew("unichat_tokens_total", { ...model, direction: "output" })).toBeGreaterThanOrEqual(
      12,
    );
    expect(grew("unichat_tokens_total", { ...model, direction: "input" })).toBeGreaterThan(0);
    expect(grew("unichat_cost_usd_total", model)).toBeGreaterThan(0);
    // No raw path, id or user ever becomes a label.
    const labelValues = after.flatMap((sample) => Object.values(sample.labels));
    expect(labelValues.some((value) => value.includes(id))).toBe(false);
    expect(labelValues.some((value) => value.includes(user.id))).toBe(false);
    // The answer is over: no stream counts as open for it.
    expect(total(after, "unichat_open_streams", { kind: "chat" })).toBe(0);
  });

  it("an upstream failure, by kind and model", async () => {
    const labels = { kind: "5xx", model: "fake/fault-500" };
    const before = total(await scrape(admin), "unichat_upstream_errors_total", labels);
    const id = await createConversation(user, { modelId: "fake/fault-500" });
    const answer = await sendAndRead(owner, id, { content: "fail, please" });
    expect(answer.errorText).toBeDefined();
    const after = total(await scrape(admin), "unichat_upstream_errors_total", labels);
    expect(after - before).toBe(1);
  });

  it.each([
    ["fake/cut", "cut"],
    ["fake/fault-429", "429"],
    ["fake/hang", "timeout"],
  ])("%s counts as a %s", async (model, kind) => {
    const labels = { kind, model };
    const before = total(await scrape(admin), "unichat_upstream_errors_total", labels);
    const id = await createConversation(user, { modelId: model });
    const answer = await sendAndRead(owner, id, { content: "go on [[tokens:40]]" });
    expect(answer.errorText).toBeDefined();
    expect(total(await scrape(admin), "unichat_upstream_errors_total", labels) - before).toBe(1);
  });

  it("a rate-limit refusal, by policy", async () => {
    const labels = { policy: "register" };
    const before = total(await scrape(admin), "unichat_rate_limit_refusals_total", labels);
    // One address registering over and over: 20 an hour, then 429s.
    const client = new Client(owner.baseUrl);
    let refused = 0;
    for (let attempt = 0; attempt < 21; attempt += 1) {
      const response = await client.json("/api/auth/register", "POST", {});
      if (response.status === 429) refused += 1;
    }
    expect(refused).toBe(1);
    const after = total(await scrape(admin), "unichat_rate_limit_refusals_total", labels);
    expect(after - before).toBe(1);
  });

  it("open streams by kind while answers run, chat and API alike", async () => {
    const id = await createConversation(user, { modelId: "fake/echo" });
    const chat = await owner.json(`/api/conversations/${id}/messages`, "POST", {
      content: "slowly [[delay:150]] [[tokens:20]]",
    });
    const { secret } = await createKey(owner);
    const api = await fetch(`${owner.baseUrl}/api/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "fake/echo",
        stream: true,
        messages: [{ role: "user", content: "slowly [[delay:150]] [[tokens:20]]" }],
      }),
    });
    expect([chat.status, api.status]).toEqual([200, 200]);
    const during = await scrapeUntil(
      (samples) => total(samples, "unichat_open_streams", { kind: "api" }) === 1,
    );
    expect(total(during, "unichat_open_streams", { kind: "chat" })).toBe(1);
    await Promise.all([chat.text(), api.text()]);
    await scrapeUntil(
      (samples) =>
        total(samples, "unichat_open_streams", { kind: "api" }) === 0 &&
        total(samples, "unichat_open_streams", { kind: "chat" }) === 0,
    );
  });
});
