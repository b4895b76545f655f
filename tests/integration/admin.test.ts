import { Types } from "mongoose";
import { beforeAll, describe, expect, it } from "vitest";
import { lastDays } from "@/lib/admin/dashboard";
import type {
  AdminUserDetailDto,
  AdminUserRowDto,
  AuditEntryDto,
  DashboardDto,
} from "@/lib/admin/dto";
import { connectDb } from "@/lib/db/connect";
import { recordUsage } from "@/lib/usage/record";
import { ApiKey } from "@/models/api-key";
import { AuditLog } from "@/models/audit-log";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { createConversation, send } from "../support/chat";
import { Client } from "../support/http";
import { createUser, signedIn, type TestUser, uniqueEmail } from "../support/users";

let actors: Actors;
const days = lastDays(30);
const seedDays = { older: days[days.length - 6] ?? "", newer: days[days.length - 4] ?? "" };
let heavy: TestUser;

beforeAll(async () => {
  await connectDb();
  actors = await createActors();
  heavy = await createUser();
  // Billed as the app bills a call, on days in the past.
  const bill = (day: string, model: string, tokens: number, cost: number, userId = heavy.id) =>
    recordUsage({
      kind: "chat",
      modelId: model,
      model: null,
      reservation: { userId, reserved: 0 },
      promptTokens: tokens / 2,
      completionTokens: tokens / 2,
      costUsd: cost,
      at: new Date(`${day}T12:00:00Z`),
    });
  await bill(seedDays.older, "seed/dash-a", 1_000_000, 3);
  await bill(seedDays.older, "seed/dash-b", 2_000_000, 1);
  await bill(seedDays.newer, "seed/dash-a", 4_000_000, 5);
  await bill(seedDays.newer, "seed/dash-a", 6_000_000, 7, actors.owner.id);
});

async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function fieldsOf(response: Response): Promise<string[]> {
  const error = (await response.json()) as { error: { fields?: Record<string, string[]> } };
  return Object.keys(error.error.fields ?? {});
}

const adminOnly = { anonymous: 401, owner: 403, other: 403, banned: 403, admin: 200 };

/** A user to act on, signed in, so the effect on their next request shows. */
async function target(): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser();
  return { user, client: await signedIn(user) };
}

function act(client: Client, id: string, action: string, input?: unknown) {
  return client.json(`/api/admin/users/${id}/${action}`, "POST", input ?? {});
}

async function lastAudit(targetId: string): Promise<AuditEntryDto | undefined> {
  const page = await body<{ items: AuditEntryDto[] }>(
    await actors.clients.admin.fetch(`/api/admin/audit?targetId=${targetId}`),
  );
  return page.items[0];
}

describe("the authorisation matrix", () => {
  it("lets only admins read the dashboard, users, audit log and usage export", async () => {
    for (const path of [
      "/api/admin/dashboard",
      "/api/admin/users",
      `/api/admin/users/${actors.other.id}`,
      "/api/admin/audit",
      `/api/admin/usage.csv?from=${days[0]}&to=${days.at(-1)}`,
    ]) {
      await expectMatrix(actors, (client) => client.fetch(path), adminOnly);
    }
  });

  it("lets only admins act on accounts", async () => {
    const { user } = await target();
    for (const [action, input] of [
      ["ban", { reason: "spam" }],
      ["unban", {}],
      ["role", { role: "user" }],
      ["limits", { tokensLimit: -1, monthlyBudgetUsd: -1 }],
      ["reset-usage", {}],
      ["revoke", {}],
    ] as const) {
      await expectMatrix(actors, (client) => act(client, user.id, action, input), adminOnly);
    }
    await expectMatrix(
      actors,
      (client) =>
        client.json(`/api/admin/users/${user.id}`, "DELETE", { confirmEmail: user.email }),
      { ...adminOnly, admin: 204 },
    );
  });

  it("answers 404 for an unknown or malformed user id", async () => {
    expect(
      (await actors.clients.admin.fetch(`/api/admin/users/${new Types.ObjectId()}`)).status,
    ).toBe(404);
    expect((await act(actors.clients.admin, "nope", "unban")).status).toBe(404);
  });
});

describe("account actions", () => {
  it("ban: the user's very next request is refused; unban lets them back in", async () => {
    const { user, client } = await target();
    expect((await client.fetch("/api/conversations")).status).toBe(200);
    const missing = await act(actors.clients.admin, user.id, "ban", {});
    expect(missing.status).toBe(400);
    expect(await fieldsOf(missing)).toEqual(["reason"]);

    const banned = await act(actors.clients.admin, user.id, "ban", { reason: "Posting spam" });
    expect(banned.status).toBe(200);
    expect(await body<AdminUserDetailDto>(banned)).toMatchObject({
      isBanned: true,
      banReason: "Posting spam",
    });
    expect([401, 403]).toContain((await client.fetch("/api/conversations")).status);
    expect((await new Client().signIn(user.email, user.password)).code).toBe("banned");

    const entry = await lastAudit(user.id);
    expect(entry).toMatchObject({
      action: "user.ban",
      reason: "Posting spam",
      targetLabel: user.email,
    });
    expect(entry?.before).toMatchObject({ is_banned: false });
    expect(entry?.after).toMatchObject({ is_banned: true, ban_reason: "Posting spam" });
    expect(entry?.admin?.email).toBeTruthy();
    expect(entry?.ip).toBe(actors.clients.admin.address);

    expect((await act(actors.clients.admin, user.id, "unban")).status).toBe(200);
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(true);
    expect((await lastAudit(user.id))?.action).toBe("user.unban");
  });

  it("role: a promotion opens the admin area after signing in again; nobody acts on themselves", async () => {
    const { user, client } = await target();
    const promoted = await act(actors.clients.admin, user.id, "role", { role: "admin" });
    expect((await body<AdminUserDetailDto>(promoted)).role).toBe("admin");
    // The old session ended with the change.
    expect((await client.fetch("/api/admin/users")).status).toBe(401);
    const again = await signedIn(user);
    expect((await again.fetch("/api/admin/users")).status).toBe(200);

    const self = await again.json(`/api/admin/users/${user.id}/role`, "POST", { role: "user" });
    expect(self.status).toBe(409);
    expect(
      (await again.json(`/api/admin/users/${user.id}/ban`, "POST", { reason: "x" })).status,
    ).toBe(409);
    const selfDelete = await again.json(`/api/admin/users/${user.id}`, "DELETE", {
      confirmEmail: user.email,
    });
    expect(selfDelete.status).toBe(409);
    expect((await User.findById(user.id).lean())?.role).toBe("admin");

    expect((await act(actors.clients.admin, user.id, "role", { role: "owner" })).status).toBe(400);
    expect((await act(actors.clients.admin, user.id, "role", { role: "user" })).status).toBe(200);
    expect((await lastAudit(user.id))?.after).toMatchObject({ role: "user" });
  });

  it("limits: a token limit and a monthly budget are enforced at the next message", async () => {
    const { user, client } = await target();
    const conversation = await createConversation(user);
    const bad = await act(actors.clients.admin, user.id, "limits", {
      tokensLimit: -5,
      monthlyBudgetUsd: "x",
    });
    expect(bad.status).toBe(400);
    expect((await fieldsOf(bad)).sort()).toEqual(["monthlyBudgetUsd", "tokensLimit"]);

    await User.updateOne({ _id: user.id }, { $set: { "usage.tokens_used": 500 } });
    await act(actors.clients.admin, user.id, "limits", { tokensLimit: 500, monthlyBudgetUsd: -1 });
    const limited = await send(client, conversation, { content: "hi" });
    expect(limited.status).toBe(429);
    expect((await body<{ error: { code: string } }>(limited)).error.code).toBe(
      "token_limit_reached",
    );

    await User.updateOne(
      { _id: user.id },
      {
        $set: {
          "usage.month": new Date().toISOString().slice(0, 7),
          "usage.month_cost_usd": 0.5,
          "usage.month_committed_usd": 0.5,
        },
      },
    );
    await act(actors.clients.admin, user.id, "limits", { tokensLimit: -1, monthlyBudgetUsd: 0.5 });
    const broke = await send(client, conversation, { content: "hi" });
    expect(broke.status).toBe(429);
    expect((await body<{ error: { code: string; message: string } }>(broke)).error.message).toMatch(
      /monthly budget/,
    );

    await act(actors.clients.admin, user.id, "limits", { tokensLimit: -1, monthlyBudgetUsd: 5 });
    const allowed = await send(client, conversation, { content: "hi" });
    expect(allowed.status).toBe(200);
    await allowed.text();
    // The answer is in the admin's figures at once, through the roll-ups.
    const detail = await body<AdminUserDetailDto>(
      await actors.clients.admin.fetch(`/api/admin/users/${user.id}`),
    );
    expect(detail.byModel.map((row) => [row.modelId, row.replies])).toContainEqual([
      "fake/echo",
      1,
    ]);
    expect((await lastAudit(user.id))?.after).toMatchObject({
      tokens_limit: -1,
      monthly_budget_usd: 5,
    });
  });

  it("keeps this month's cost with each call, starting afresh in a new month", async () => {
    const { user } = await target();
    const thisMonth = new Date().toISOString().slice(0, 7);
    await User.updateOne(
      { _id: user.id },
      { $set: { "usage.month": "2020-01", "usage.month_cost_usd": 40 } },
    );
    const bill = (costUsd: number) =>
      recordUsage({
        kind: "api",
        modelId: "fake/echo",
        model: null,
        reservation: { userId: user.id, reserved: 0 },
        promptTokens: 1,
        completionTokens: 1,
        costUsd,
      });
    await bill(0.25);
    await bill(0.5);
    const after = await User.findById(user.id).lean();
    expect(after?.usage).toMatchObject({ month: thisMonth, month_cost_usd: 0.75, cost_usd: 0.75 });
    const detail = await body<AdminUserDetailDto>(
      await actors.clients.admin.fetch(`/api/admin/users/${user.id}`),
    );
    expect(detail.costThisMonthUsd).toBe(0.75);
  });

  it("reset usage zeroes the counters and keeps the history", async () => {
    const { user } = await target();
    await User.updateOne(
      { _id: user.id },
      { $set: { "usage.tokens_used": 900, "usage.cost_usd": 2, "usage.messages_sent": 4 } },
    );
    await UsageLog.create({ user_id: user.id, kind: "chat", model_id: "fake/echo", cost_usd: 2 });
    const reset = await body<AdminUserDetailDto>(
      await act(actors.clients.admin, user.id, "reset-usage"),
    );
    expect(reset).toMatchObject({ tokensUsed: 0, costUsd: 0, messagesSent: 0 });
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(1);
    expect((await lastAudit(user.id))?.before).toMatchObject({ tokens_used: 900 });
  });

  it("revoke ends every session and every API key", async () => {
    const { user, client } = await target();
    const second = await signedIn(user);
    await ApiKey.create({
      user_id: user.id,
      name: "script",
      prefix: "uc_abc",
      key_hash: `h${Date.now()}`,
    });
    const detail = await body<AdminUserDetailDto>(
      await act(actors.clients.admin, user.id, "revoke"),
    );
    expect(detail.apiKeys).toBe(0);
    expect((await client.fetch("/api/conversations")).status).toBe(401);
    expect((await second.fetch("/api/conversations")).status).toBe(401);
    expect(await ApiKey.countDocuments({ user_id: user.id, revoked_at: null })).toBe(0);
    expect((await lastAudit(user.id))?.after).toMatchObject({ apiKeysRevoked: 1 });
  });

  it("delete removes the account and its data, once the email is typed", async () => {
    const { user, client } = await target();
    const conversation = await createConversation(user);
    const reply = await send(client, conversation, { content: "keep me?" });
    await reply.text();
    const wrong = await actors.clients.admin.json(`/api/admin/users/${user.id}`, "DELETE", {
      confirmEmail: "someone@else.example",
    });
    expect(wrong.status).toBe(400);
    expect(await fieldsOf(wrong)).toEqual(["confirmEmail"]);
    expect(await User.exists({ _id: user.id })).not.toBeNull();

    const deleted = await actors.clients.admin.json(`/api/admin/users/${user.id}`, "DELETE", {
      confirmEmail: user.email.toUpperCase(),
    });
    expect(deleted.status).toBe(204);
    expect(await User.exists({ _id: user.id })).toBeNull();
    expect(await Conversation.countDocuments({ user_id: user.id })).toBe(0);
    expect(await Message.countDocuments({ user_id: user.id })).toBe(0);
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(0);
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(false);
    expect(await AuditLog.countDocuments({ target_id: user.id, action: "user.delete" })).toBe(1);
  });
});

describe("the user table", () => {
  it("searches, filters, sorts and pages with a cursor", async () => {
    const tag = `table${Date.now()}`;
    const made: TestUser[] = [];
    for (const tokens of [30, 10, 50, 20, 40]) {
      const user = await createUser({ email: uniqueEmail(tag) });
      await User.updateOne({ _id: user.id }, { $set: { "usage.tokens_used": tokens } });
      made.push(user);
    }
    await User.updateOne({ _id: made[0]?.id }, { $set: { "status.is_banned": true } });

    const pages: AdminUserRowDto[][] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page: { items: AdminUserRowDto[]; nextCursor: string | null } = await body(
        await actors.clients.admin.fetch(
          `/api/admin/users?q=${tag}&sort=tokens&order=asc&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        ),
      );
      pages.push(page.items);
      cursor = page.nextCursor;
    }
    expect(pages.map((page) => page.map((row) => row.tokensUsed))).toEqual([
      [10, 20],
      [30, 40],
      [50],
    ]);

    const banned = await body<{ items: AdminUserRowDto[] }>(
      await actors.clients.admin.fetch(`/api/admin/users?q=${tag}&banned=true`),
    );
    expect(banned.items.map((row) => row.email)).toEqual([made[0]?.email]);
    const desc = await body<{ items: AdminUserRowDto[] }>(
      await actors.clients.admin.fetch(`/api/admin/users?q=${tag}&sort=tokens&order=desc&limit=3`),
    );
    expect(desc.items.map((row) => row.tokensUsed)).toEqual([50, 40, 30]);
    expect(JSON.stringify(desc)).not.toMatch(/password/);

    const wrong = await actors.clients.admin.fetch("/api/admin/users?sort=password&cursor=zzz");
    expect(wrong.status).toBe(400);
  });

  it("shows a user's usage by model and this month's cost", async () => {
    const detail = await body<AdminUserDetailDto>(
      await actors.clients.admin.fetch(`/api/admin/users/${heavy.id}`),
    );
    expect(detail.byModel).toEqual([
      { modelId: "seed/dash-a", replies: 2, tokens: 5_000_000, costUsd: 8 },
      { modelId: "seed/dash-b", replies: 1, tokens: 2_000_000, costUsd: 1 },
    ]);
  });
});

describe("the dashboard", () => {
  it("sums usage per day, by model and by user as computed by hand", async () => {
    const response = await actors.clients.admin.fetch("/api/admin/dashboard?range=30");
    expect(response.status).toBe(200);
    const dashboard = await body<DashboardDto>(response);
    expect(dashboard.days).toEqual(days);
    expect(dashboard.perDay).toHaveLength(30);
    const on = (day: string) => dashboard.perDay.find((point) => point.day === day);
    expect(on(seedDays.older)).toMatchObject({ replies: 2, tokens: 3_000_000, costUsd: 4 });
    expect(on(seedDays.newer)).toMatchObject({ replies: 2, tokens: 10_000_000, costUsd: 12 });
    expect(dashboard.byModel.find((row) => row.modelId === "seed/dash-a")).toEqual({
      modelId: "seed/dash-a",
      replies: 3,
      tokens: 11_000_000,
      costUsd: 15,
    });
    expect(dashboard.topUsers.slice(0, 2).map((row) => [row.userId, row.tokens])).toEqual([
      [heavy.id, 7_000_000],
      [actors.owner.id, expect.any(Number)],
    ]);
    expect(dashboard.headline.users).toBeGreaterThanOrEqual(4);

    // Drawn again: the same figures.
    const again = await body<DashboardDto>(
      await actors.clients.admin.fetch("/api/admin/dashboard?range=30"),
    );
    expect(again.perDay.find((point) => point.day === seedDays.newer)).toEqual(on(seedDays.newer));
    const week = await body<DashboardDto>(
      await actors.clients.admin.fetch("/api/admin/dashboard?range=7"),
    );
    expect(week.perDay).toHaveLength(7);
    expect((await actors.clients.admin.fetch("/api/admin/dashboard?range=12")).status).toBe(400);
  });
});

describe("the usage export", () => {
  it("writes CSV with formula-looking cells escaped", async () => {
    const day = days[days.length - 10] ?? "";
    const tricky = await createUser({ email: uniqueEmail("csv") });
    await User.updateOne(
      { _id: tricky.id },
      { $set: { "profile.display_name": '=HYPERLINK("x","click")' } },
    );
    await UsageLog.create({
      user_id: tricky.id,
      kind: "chat",
      model_id: "@evil/model",
      tokens: { prompt: 1, completion: 2, total: 3 },
      cost_usd: 0.25,
      day,
    });
    const response = await actors.clients.admin.fetch(`/api/admin/usage.csv?from=${day}&to=${day}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment/);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "time,day,user_email,user_name,kind,model,prompt_tokens,completion_tokens,total_tokens,cost_usd",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"",""click"")"`);
    expect(lines[1]).toContain(",'@evil/model,");
    expect(lines[1]).toMatch(/,1,2,3,0\.25$/);

    const backwards = await actors.clients.admin.fetch(
      `/api/admin/usage.csv?from=${day}&to=2000-01-01`,
    );
    expect(backwards.status).toBe(400);
    expect(await fieldsOf(backwards)).toEqual(["to"]);
  });
});

describe("the audit log", () => {
  it("filters by admin, action and target, pages, and has no way to change an entry", async () => {
    const { user } = await target();
    await act(actors.clients.admin, user.id, "ban", { reason: "one" });
    await act(actors.clients.admin, user.id, "unban");
    await act(actors.clients.admin, user.id, "ban", { reason: "two" });
    const bans = await body<{ items: AuditEntryDto[]; nextCursor: string | null }>(
      await actors.clients.admin.fetch(
        `/api/admin/audit?targetId=${user.id}&action=user.ban&limit=1`,
      ),
    );
    expect(bans.items.map((entry) => entry.reason)).toEqual(["two"]);
    const rest = await body<{ items: AuditEntryDto[] }>(
      await actors.clients.admin.fetch(
        `/api/admin/audit?targetId=${user.id}&action=user.ban&cursor=${bans.nextCursor}`,
      ),
    );
    expect(rest.items.map((entry) => entry.reason)).toEqual(["one"]);
    const adminId = bans.items[0]?.admin?.id;
    const byAdmin = await body<{ items: AuditEntryDto[] }>(
      await actors.clients.admin.fetch(`/api/admin/audit?adminId=${adminId}&targetId=${user.id}`),
    );
    expect(byAdmin.items).toHaveLength(3);
    expect((await actors.clients.admin.fetch("/api/admin/audit?from=2025-13-01")).status).toBe(400);
    expect((await actors.clients.admin.fetch("/api/admin/audit?to=2025-02-30")).status).toBe(400);
    for (const method of ["POST", "PATCH", "DELETE"]) {
      const response = await actors.clients.admin.fetch("/api/admin/audit", { method });
      expect(response.status).toBe(405);
    }
  });
});
