import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { createConversation, send } from "../support/chat";
import type { Client } from "../support/http";
import { readUiStream } from "../support/ui-stream";
import { createUser, signedIn, type TestUser } from "../support/users";

beforeAll(async () => {
  await connectDb();
});

interface Account {
  user: TestUser;
  client: Client;
}

async function account(usage: Record<string, unknown> = {}): Promise<Account> {
  const user = await createUser();
  if (Object.keys(usage).length > 0) {
    await User.updateOne(
      { _id: user.id },
      { $set: Object.fromEntries(Object.entries(usage).map(([k, v]) => [`usage.${k}`, v])) },
    );
  }
  return { user, client: await signedIn(user) };
}

/** One short non-streamed completion; `[[tokens:10]]` makes the fake answer ten words. */
function complete(client: Client, model = "fake/echo", content = "hi [[tokens:10]]") {
  return client.json("/api/v1/chat/completions", "POST", {
    model,
    messages: [{ role: "user", content }],
    max_tokens: 10,
  });
}

async function usageOf(user: TestUser) {
  const found = await User.findById(user.id).lean();
  if (!found) throw new Error("the user is gone");
  return found.usage;
}

async function loggedCost(user: TestUser): Promise<{ count: number; cost: number }> {
  const logs = await UsageLog.find({ user_id: user.id }).lean();
  return { count: logs.length, cost: logs.reduce((sum, log) => sum + log.cost_usd, 0) };
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

describe("the monthly budget", () => {
  it("lets at most one call past it when 20 arrive at once", async () => {
    // Find what one call costs, then give a fresh account a budget for ten.
    const probe = await account();
    expect((await complete(probe.client)).status).toBe(200);
    const oneCall = (await loggedCost(probe.user)).cost;
    expect(oneCall).toBeGreaterThan(0);

    const { user, client } = await account({ monthly_budget_usd: oneCall * 10 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => complete(client)));
    const statuses = responses.map((response) => response.status);
    const through = statuses.filter((status) => status === 200).length;
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    expect(through).toBeGreaterThanOrEqual(9);
    expect(through).toBeLessThanOrEqual(11);
    const refused = responses.find((response) => response.status === 429);
    if (!refused) throw new Error("no call was refused");
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      "budget_reached",
    );

    // Every reservation is settled: what is held equals what was spent.
    const usage = await usageOf(user);
    expect(usage.month_cost_usd).toBeLessThanOrEqual(oneCall * 11 + 1e-12);
    expect(usage.month_committed_usd).toBeCloseTo(usage.month_cost_usd, 12);
  });

  it("refuses with Retry-After until the month renews and the RateLimit headers", async () => {
    const { client } = await account({
      monthly_budget_usd: 0.5,
      month: thisMonth(),
      month_cost_usd: 0.5,
      month_committed_usd: 0.5,
    });
    const response = await complete(client);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(31 * 24 * 60 * 60);
    expect(response.headers.get("ratelimit-remaining")).toBe("0");
    expect(response.headers.get("ratelimit-limit")).toBe("50");
    expect(response.headers.get("ratelimit-reset")).toBe(String(retryAfter));
  });

  it("names a budget under one cent as it is, not as $0.00", async () => {
    const { user, client } = await account({
      monthly_budget_usd: 0.004,
      month: thisMonth(),
      month_cost_usd: 0.004,
      month_committed_usd: 0.004,
    });
    const response = await send(client, await createConversation(user), { content: "hi" });
    expect(response.status).toBe(429);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("budget_reached");
    expect(error.message).toContain("($0.004)");
    expect(error.message).not.toContain("$0.00)");
  });
});

describe("this month's cost", () => {
  it("equals the sum of the month's usage logs after 20 parallel calls at a month's start", async () => {
    const { user, client } = await account({ month: "2020-01", month_cost_usd: 40 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => complete(client)));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));

    const logged = await loggedCost(user);
    expect(logged.count).toBe(20);
    const usage = await usageOf(user);
    expect(usage.month).toBe(thisMonth());
    expect(usage.month_cost_usd).toBeCloseTo(logged.cost, 12);
    expect(usage.cost_usd).toBeCloseTo(logged.cost, 12);
  });
});

describe("a call the provider did not bill", () => {
  it.each([
    ["fake/fault-500", 502],
    ["fake/fault-429", 429],
  ])("%s through /api/v1 costs nothing and gives back its reservation", async (model, status) => {
    const { user, client } = await account({ tokens_limit: 100_000, monthly_budget_usd: 1 });
    expect((await complete(client, model)).status).toBe(status);

    expect(await loggedCost(user)).toEqual({ count: 0, cost: 0 });
    const usage = await usageOf(user);
    expect(usage).toMatchObject({ tokens_used: 0, cost_usd: 0, month_cost_usd: 0 });
    expect(usage.month_committed_usd).toBeCloseTo(0, 12);
  });

  it("in a chat is saved as an error with no tokens and no cost", async () => {
    const { user, client } = await account({ tokens_limit: 100_000 });
    const conversation = await createConversation(user, { modelId: "fake/fault-500" });
    const reply = await readUiStream(await send(client, conversation, { content: "hi" }));
    expect(reply.errorText).toBeDefined();

    const saved = await Message.findOne({
      conversation_id: conversation,
      role: "assistant",
    }).lean();
    expect(saved?.is_error).toBe(true);
    expect(saved?.metadata?.tokens).toEqual({ prompt: 0, completion: 0 });
    expect(saved?.metadata?.cost_usd).toBe(0);
    expect(await loggedCost(user)).toEqual({ count: 0, cost: 0 });
    expect((await usageOf(user)).tokens_used).toBe(0);
  });
});

describe("the provider's Retry-After", () => {
  it("tells the person in a chat when to try again", async () => {
    const { user, client } = await account();
    const conversation = await createConversation(user, { modelId: "fake/fault-429" });
    const reply = await readUiStream(
      await send(client, conversation, { content: "hi [[retry:7]]" }),
    );
    expect(reply.errorText).toMatch(/try again in 7 s\b/i);
  });

  it("is passed through by /api/v1", async () => {
    const { client } = await account();
    const response = await complete(client, "fake/fault-429", "hi [[retry:7]]");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe("rate_limit_error");
    expect(body.error.message).toMatch(/try again in 7 s\b/i);
  });
});
