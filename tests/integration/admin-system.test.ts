import { beforeAll, describe, expect, it } from "vitest";
import type { SystemStatusDto } from "@/lib/admin/dto";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { createConversation, send } from "../support/chat";
import type { Client } from "../support/http";

let actors: Actors;

beforeAll(async () => {
  actors = await createActors();
});

async function status(client: Client): Promise<SystemStatusDto> {
  const response = await client.fetch("/api/admin/system");
  expect(response.status).toBe(200);
  return (await response.json()) as SystemStatusDto;
}

describe("GET /api/admin/system", () => {
  it("is for admins only", async () => {
    await expectMatrix(actors, (client) => client.fetch("/api/admin/system"), {
      anonymous: 401,
      owner: 403,
      other: 403,
      banned: 403,
      admin: 200,
    });
  });

  it("reports the database and provider as up, and the last hour minute by minute", async () => {
    const body = await status(actors.clients.admin);
    expect(body.health).toMatchObject({ status: "ok", db: "ok" });
    expect(body.health.upstream.status).toBe("ok");
    expect(body.activity.minutes).toHaveLength(60);
    expect(body.activity.totals.requests).toBeGreaterThan(0);
  });

  it("counts a provider failure by model and kind, and logs it", async () => {
    const before = await status(actors.clients.admin);
    const failed = (s: SystemStatusDto) =>
      s.activity.upstreamErrors.find((e) => e.model === "fake/fault-500" && e.kind === "5xx")
        ?.count ?? 0;
    const conversationId = await createConversation(actors.owner, {
      modelId: "fake/fault-500",
    });
    const response = await send(actors.clients.owner, conversationId, { content: "fail" });
    await response.text();

    await expect
      .poll(async () => failed(await status(actors.clients.admin)))
      .toBe(failed(before) + 1);
    const after = await status(actors.clients.admin);
    expect(after.activity.recentErrors.length).toBeGreaterThan(0);
  });
});
