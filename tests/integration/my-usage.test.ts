import { beforeAll, describe, expect, it } from "vitest";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import type { MyUsageDto } from "@/lib/usage/dto";
import { utcDay } from "@/models/day";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { createConversation, sendAndRead } from "../support/chat";
import type { Client } from "../support/http";

const URL = "/api/users/me/usage";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
  await User.updateOne(
    { _id: actors.owner.id },
    { $set: { "usage.tokens_limit": 50_000, "usage.monthly_budget_usd": 2.5 } },
  );
  const owner = actors.clients.owner;
  for (const model of ["fake/echo", "fake/echo", "fake/text-only"]) {
    const id = await createConversation(actors.owner, { modelId: model });
    const stream = await sendAndRead(owner, id, { content: "Count me [[tokens:20]]" });
    expect(stream.errorText).toBeUndefined();
  }
});

async function usageOf(client: Client, path = URL): Promise<MyUsageDto> {
  const response = await client.fetch(path);
  expect(response.status).toBe(200);
  return (await response.json()) as MyUsageDto;
}

function thisMonthsLogs(userId: string) {
  const month = utcDay().slice(0, 7);
  return UsageLog.find({ user_id: userId, day: { $regex: `^${month}-` } }).lean();
}

describe("GET /api/users/me/usage", () => {
  it("answers the signed-in person only, with their own numbers", async () => {
    const responses = await expectMatrix(actors, (client) => client.fetch(URL), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const owner = (await responses.owner.json()) as MyUsageDto;
    const other = (await responses.other.json()) as MyUsageDto;
    const admin = (await responses.admin.json()) as MyUsageDto;
    expect(owner.byModel.map((row) => row.modelId).sort()).toEqual(["fake/echo", "fake/text-only"]);
    for (const stranger of [other, admin]) {
      expect(stranger.byModel).toEqual([]);
      expect(stranger.costThisMonthUsd).toBe(0);
      expect(stranger.byDay.every((day) => day.replies === 0)).toBe(true);
    }
  });

  it("cannot be pointed at another account", async () => {
    const other = actors.clients.other;
    const usage = await usageOf(other, `${URL}?userId=${actors.owner.id}`);
    expect(usage.byModel).toEqual([]);
    expect(usage.costThisMonthUsd).toBe(0);
  });

  it("shows the month's tokens and cost against the limits, the figures the admin sees", async () => {
    const usage = await usageOf(actors.clients.owner);
    const detail = await actors.clients.admin.fetch(`/api/admin/users/${actors.owner.id}`);
    const seen = (await detail.json()) as AdminUserDetailDto;

    expect(usage.tokensLimit).toBe(50_000);
    expect(usage.monthlyBudgetUsd).toBe(2.5);
    expect(usage.tokensUsed).toBe(seen.tokensUsed);
    expect(usage.costThisMonthUsd).toBeCloseTo(seen.costThisMonthUsd, 10);
    expect(usage.month).toBe(utcDay().slice(0, 7));

    const logs = await thisMonthsLogs(actors.owner.id);
    const tokens = logs.reduce((sum, log) => sum + log.tokens.total, 0);
    const cost = logs.reduce((sum, log) => sum + log.cost_usd, 0);
    expect(usage.byModel.reduce((sum, row) => sum + row.tokens, 0)).toBe(tokens);
    expect(usage.byModel.reduce((sum, row) => sum + row.replies, 0)).toBe(3);
    expect(usage.byModel.reduce((sum, row) => sum + row.costUsd, 0)).toBeCloseTo(cost, 10);
    const echo = usage.byModel.find((row) => row.modelId === "fake/echo");
    expect(echo?.replies).toBe(2);

    // Every day of the month so far, today last, holding today's calls.
    expect(usage.byDay).toHaveLength(new Date().getUTCDate());
    expect(usage.byDay.at(-1)?.day).toBe(utcDay());
    expect(usage.byDay.reduce((sum, day) => sum + day.tokens, 0)).toBe(tokens);
    expect(usage.byDay.at(-1)?.replies).toBe(3);
  });

  it("keeps the admin's all-time figures by model apart from the month's", async () => {
    const detail = await actors.clients.admin.fetch(`/api/admin/users/${actors.owner.id}`);
    const seen = (await detail.json()) as AdminUserDetailDto;
    const echo = seen.byModel.filter((row) => row.modelId === "fake/echo");
    expect(echo).toHaveLength(1);
    expect(echo[0]?.replies).toBe(2);
  });
});
