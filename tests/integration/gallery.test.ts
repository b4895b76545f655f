import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ConfigDto } from "@/lib/configs/dto";
import type { Page } from "@/lib/conversations/dto";
import { LlmConfig, type LlmConfigDoc } from "@/models/llm-config";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import type { TestUser } from "../support/users";

let actors: Actors;
/** A word unique to this run, so each test sees only the configs it seeded. */
let run: string;
beforeAll(async () => {
  actors = await createActors();
  run = `g${randomBytes(4).toString("hex")}`;
});

async function seedConfig(owner: TestUser | null, fields: Partial<LlmConfigDoc> = {}) {
  const doc = await LlmConfig.create({
    name: `${run} config`,
    model_id: "fake/echo",
    owner_id: owner?.id ?? null,
    visibility: "public",
    ...fields,
  });
  return doc.toObject();
}

async function page(query: string, client = actors.clients.other): Promise<Page<ConfigDto>> {
  const response = await client.fetch(`/api/gallery?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Page<ConfigDto>;
}

describe("the gallery", () => {
  it("is for signed-in users", async () => {
    await expectMatrix(actors, (client) => client.fetch(`/api/gallery?q=${run}`), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
  });

  it("shows public configs and templates, never private ones, with the author's name only", async () => {
    const tag = `${run}-vis`;
    const pub = await seedConfig(actors.owner, { tags: [tag] });
    const tpl = await seedConfig(null, { visibility: "template", tags: [tag] });
    await seedConfig(actors.owner, { visibility: "private", tags: [tag] });
    const { items } = await page(`tag=${tag}`);
    expect(items.map((c) => c.id).sort()).toEqual([pub._id.toString(), tpl._id.toString()].sort());
    const fromOwner = items.find((c) => c.id === pub._id.toString());
    expect(fromOwner?.author).toEqual({ displayName: actors.owner.displayName });
    expect(JSON.stringify(items)).not.toContain(actors.owner.email);
    expect(JSON.stringify(items)).not.toContain(actors.owner.id);
  });

  it("searches name, description and tags, case-insensitively and literally", async () => {
    const byName = await seedConfig(actors.owner, { name: `${run} Pirate (A+B)` });
    const byDescription = await seedConfig(actors.owner, {
      description: `talks like a ${run}PIRATE`,
    });
    const byTag = await seedConfig(actors.owner, { tags: [`${run}-pirate`] });
    const names = (await page(`q=${encodeURIComponent(`${run} pirate (a+b)`)}`)).items.map(
      (c) => c.id,
    );
    expect(names).toEqual([byName._id.toString()]);
    const all = (await page(`q=${run}pirate&limit=50`)).items.map((c) => c.id);
    expect(all).toContain(byDescription._id.toString());
    const tagged = (await page(`q=${run}-PIRATE`)).items.map((c) => c.id);
    expect(tagged).toEqual([byTag._id.toString()]);
    expect((await page(`q=${encodeURIComponent(".*")}${run}`)).items).toEqual([]);
  });

  it("filters by tag and model", async () => {
    const tag = `${run}-filter`;
    const echo = await seedConfig(actors.owner, { tags: [tag] });
    const slow = await seedConfig(actors.owner, { tags: [tag], model_id: "fake/slow" });
    expect((await page(`tag=${tag}&model=fake/slow`)).items.map((c) => c.id)).toEqual([
      slow._id.toString(),
    ]);
    expect((await page(`tag=${tag}&model=fake/echo`)).items.map((c) => c.id)).toEqual([
      echo._id.toString(),
    ]);
  });

  it("sorts by uses, saves and newest, and pages without repeats", async () => {
    const tag = `${run}-sort`;
    const seeded = [];
    for (let i = 0; i < 7; i++) {
      seeded.push(
        await seedConfig(actors.owner, {
          tags: [tag],
          stats: { uses_count: i % 3, saves_count: 6 - i, forks_count: 0 },
        }),
      );
    }
    for (const sort of ["uses", "saves", "new"] as const) {
      const seen: ConfigDto[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const result: Page<ConfigDto> = await page(
          `tag=${tag}&sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        );
        seen.push(...result.items);
        cursor = result.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(new Set(seen.map((c) => c.id)).size).toBe(7);
      const keys = seen.map((c) =>
        sort === "uses" ? c.stats.usesCount : sort === "saves" ? c.stats.savesCount : c.id,
      );
      const sorted = [...keys].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
      expect(keys).toEqual(sorted);
    }
    expect(seeded).toHaveLength(7);
  });

  it("rejects a bad sort, limit or cursor with the field named", async () => {
    for (const [query, field] of [
      ["sort=best", "sort"],
      ["limit=0", "limit"],
      ["cursor=garbage", "cursor"],
      ["extra=1", "extra"],
    ] as const) {
      const response = await actors.clients.other.fetch(`/api/gallery?${query}`);
      expect(response.status).toBe(400);
      const error = (await response.json()) as { error: { fields?: Record<string, string[]> } };
      expect(Object.keys(error.error.fields ?? {})).toContain(field);
    }
  });

  it("loses a config once an admin unpublishes it", async () => {
    const tag = `${run}-unpub`;
    const config = await seedConfig(actors.owner, { tags: [tag] });
    expect((await page(`tag=${tag}`)).items).toHaveLength(1);
    const response = await actors.clients.admin.fetch(`/api/configs/${config._id}/unpublish`, {
      method: "POST",
    });
    expect(response.status).toBe(200);
    expect((await page(`tag=${tag}`)).items).toHaveLength(0);
  });
});
