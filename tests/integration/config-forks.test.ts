import { beforeAll, describe, expect, it } from "vitest";
import type { ConfigDto } from "@/lib/configs/dto";
import type { Page } from "@/lib/conversations/dto";
import { connectDb } from "@/lib/db/connect";
import { LlmConfig } from "@/models/llm-config";
import type { Client } from "../support/http";
import { createUser, signedIn, type TestUser } from "../support/users";

let author: TestUser;
let authorClient: Client;
let forker: Client;
let viewer: Client;

beforeAll(async () => {
  author = await createUser();
  [authorClient, forker, viewer] = await Promise.all([
    signedIn(author),
    signedIn(await createUser()),
    signedIn(await createUser()),
  ]);
  await connectDb();
});

async function publicConfig(name: string): Promise<string> {
  const created = await LlmConfig.create({
    name,
    model_id: "fake/echo",
    owner_id: author.id,
    visibility: "public",
    system_prompt: "Be brief.",
    tags: [name],
  });
  return created._id.toString();
}

async function fork(client: Client, id: string): Promise<ConfigDto> {
  const response = await client.fetch(`/api/configs/${id}/fork`, { method: "POST" });
  expect(response.status).toBe(201);
  return (await response.json()) as ConfigDto;
}

async function myConfig(client: Client, id: string): Promise<ConfigDto | undefined> {
  const mine = (await (await client.fetch("/api/configs")).json()) as { items: ConfigDto[] };
  return mine.items.find((config) => config.id === id);
}

describe("forks", () => {
  it("say where they came from and by whom, linked while the source is visible", async () => {
    const source = await publicConfig(`Poet ${Date.now()}`);
    const copy = await fork(forker, source);
    expect(copy.forkedFrom).toEqual({
      id: source,
      name: expect.stringMatching(/^Poet /),
      authorName: author.displayName,
    });
    expect((await myConfig(forker, copy.id))?.forkedFrom?.id).toBe(source);

    // The author takes it private and renames it: the fork keeps its story, without the link.
    await authorClient.json(`/api/configs/${source}`, "PATCH", {
      visibility: "private",
      name: "Secret new name",
    });
    const after = await myConfig(forker, copy.id);
    expect(after?.forkedFrom).toEqual({
      id: null,
      name: copy.forkedFrom?.name,
      authorName: author.displayName,
    });
    expect(JSON.stringify(after)).not.toContain("Secret new name");

    // Deleted altogether: still no link, and nothing breaks.
    await authorClient.fetch(`/api/configs/${source}`, { method: "DELETE" });
    expect((await myConfig(forker, copy.id))?.forkedFrom?.id).toBeNull();
  });

  it("are counted on the original, and the gallery shows the count", async () => {
    const name = `Counted ${Date.now()}`;
    const source = await publicConfig(name);
    await fork(forker, source);
    await fork(viewer, source);
    await Promise.all([fork(forker, source), fork(viewer, source)]);

    const gallery = (await (
      await viewer.fetch(`/api/gallery?tag=${encodeURIComponent(name)}`)
    ).json()) as Page<ConfigDto>;
    expect(gallery.items.map((config) => [config.id, config.stats.forksCount])).toEqual([
      [source, 4],
    ]);
  });

  it("of a fork point at the fork, and a template has no author to name", async () => {
    const template = await LlmConfig.create({
      name: `Template ${Date.now()}`,
      model_id: "fake/echo",
      owner_id: null,
      visibility: "template",
    });
    const first = await fork(forker, template._id.toString());
    expect(first.forkedFrom).toMatchObject({ id: template._id.toString(), authorName: null });

    await forker.json(`/api/configs/${first.id}`, "PATCH", { visibility: "public" });
    const second = await fork(viewer, first.id);
    expect(second.forkedFrom).toMatchObject({ id: first.id, name: first.name });
    expect(second.forkedFrom?.authorName).not.toBeNull();
  });

  it("are not made by duplicating one's own config, and a refused fork counts nothing", async () => {
    const source = await publicConfig(`Mine ${Date.now()}`);
    const dup = await authorClient.fetch(`/api/configs/${source}/duplicate`, { method: "POST" });
    expect(((await dup.json()) as ConfigDto).forkedFrom).toBeNull();

    const priv = await LlmConfig.create({
      name: "Private",
      model_id: "fake/echo",
      owner_id: author.id,
    });
    const refused = await viewer.fetch(`/api/configs/${priv._id}/fork`, { method: "POST" });
    expect(refused.status).toBe(404);
    const counts = await LlmConfig.find({ _id: { $in: [source, priv._id] } })
      .sort({ _id: 1 })
      .lean();
    expect(counts.map((config) => config.stats.forks_count)).toEqual([0, 0]);
  });
});
