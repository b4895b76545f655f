import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { AttachmentDto } from "@/lib/conversations/dto";
import type { ImageDto } from "@/lib/images/dto";
import { GeneratedImage } from "@/models/generated-image";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { gradientPng } from "../fake-upstream/png";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { upstreamCalls } from "../support/chat";
import type { Client } from "../support/http";
import { createUser, signedIn, type TestUser } from "../support/users";

// `fake/image` draws a 64-pixel-wide gradient PNG in the requested aspect ratio;
// `[[image:refuse|none|corrupt]]` in the prompt makes it refuse, answer in words
// only, or send bytes that are not an image; `[[first:MS]]` makes it slow.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FILES_DIR = path.join(inject("dataDir"), "app", "files");

/** A word no other test sends, to find this test's upstream calls among everyone's. */
function marker(): string {
  return `m${randomBytes(5).toString("hex")}`;
}

function generate(client: Client, body: unknown): Promise<Response> {
  return client.json("/api/images", "POST", body);
}

async function generated(client: Client, body: Record<string, unknown>): Promise<ImageDto> {
  const response = await generate(client, { modelId: "fake/image", ...body });
  if (response.status !== 201) {
    throw new Error(`generate answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as ImageDto;
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fields?: object } })
    .error;
}

async function callsFor(word: string) {
  return (await upstreamCalls()).filter(
    (call) => call.path === "/chat/completions" && JSON.stringify(call.body).includes(word),
  );
}

async function upload(client: Client, bytes: Uint8Array, name: string): Promise<AttachmentDto> {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  const response = await client.fetch("/api/files", { method: "POST", body: form });
  expect(response.status).toBe(201);
  return (await response.json()) as AttachmentDto;
}

function storedPath(key: string): string {
  return path.join(FILES_DIR, key.slice(0, 2), key);
}

/** Every file in the app's file storage. */
async function storedFiles(): Promise<Set<string>> {
  const found = new Set<string>();
  if (!existsSync(FILES_DIR)) return found;
  for (const folder of await readdir(FILES_DIR)) {
    for (const name of await readdir(path.join(FILES_DIR, folder))) {
      found.add(path.join(FILES_DIR, folder, name));
    }
  }
  return found;
}

async function imageDoc(id: string) {
  const doc = await GeneratedImage.findById(id).lean();
  if (!doc) throw new Error(`no record for image ${id}`);
  return doc;
}

/** A user of their own, so the per-user rate limit of one test never touches another's. */
async function freshUser(): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser();
  return { user, client: await signedIn(user) };
}

/** A valid request to vary. */
const fine = { prompt: "a lighthouse", modelId: "fake/image" };

let actors: Actors;
let shared: ImageDto;
beforeAll(async () => {
  actors = await createActors();
  shared = await generated(actors.clients.owner, { prompt: "a shared lighthouse" });
});

describe("POST /api/images", () => {
  it("generates an image, stores it and its thumbnail on disk, and bills it", async () => {
    const { user, client } = await freshUser();
    const word = marker();
    const image = await generated(client, {
      prompt: `a red fox in the snow ${word}`,
      negativePrompt: "blur",
      aspectRatio: "16:9",
    });
    expect(image).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      prompt: `a red fox in the snow ${word}`,
      negativePrompt: "blur",
      modelId: "fake/image",
      mimeType: "image/png",
      width: 64,
      height: 36,
      isFavorite: false,
      settings: { aspectRatio: "16:9", imageSize: null, referenceCount: 0 },
      url: `/api/images/${image.id}/file`,
      thumbnailUrl: `/api/images/${image.id}/thumbnail`,
      downloadUrl: `/api/images/${image.id}/file?download=1`,
    });
    expect(image.generationTimeMs).toBeGreaterThanOrEqual(0);

    const [call, ...others] = await callsFor(word);
    expect(others).toHaveLength(0);
    expect(call?.body).toMatchObject({
      model: "fake/image",
      stream: false,
      modalities: ["image", "text"],
      image_config: { aspect_ratio: "16:9" },
      messages: [
        {
          role: "user",
          content: [{ type: "text", text: `a red fox in the snow ${word}\n\nAvoid: blur` }],
        },
      ],
    });

    // The bytes live in file storage; the record holds only their keys.
    const doc = await imageDoc(image.id);
    expect(JSON.stringify(doc)).not.toMatch(/base64|iVBOR/);
    expect(doc.storage_key).toMatch(/^[0-9a-f]{32}$/);
    expect(doc.thumbnail_key).toMatch(/^[0-9a-f]{32}$/);
    const original = await readFile(storedPath(doc.storage_key));
    expect(original.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(doc.bytes).toBe(original.length);
    const thumbnail = await readFile(storedPath(doc.thumbnail_key ?? ""));
    expect(thumbnail.subarray(8, 12).toString("latin1")).toBe("WEBP");
    expect(doc.metadata.usage).toMatchObject({ prompt_tokens: expect.any(Number) });

    // 9 prompt words, 18 completion tokens and one image at the fake's prices.
    expect(image.costUsd).toBeCloseTo(0.000009 + 18 * 0.000004 + 0.01, 9);
    const logs = await UsageLog.find({ user_id: user.id }).lean();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      kind: "image",
      model_id: "fake/image",
      tokens: { prompt: 9, completion: 18, total: 27 },
    });
    expect(logs[0]?.cost_usd).toBeCloseTo(image.costUsd, 9);
    const account = await User.findById(user.id).lean();
    expect(account?.usage.tokens_used).toBe(27);
    expect(account?.usage.cost_usd).toBeCloseTo(image.costUsd, 9);
  });

  it("sends uploaded and generated reference images to the model as image parts", async () => {
    const { client } = await freshUser();
    const earlier = await generated(client, { prompt: "a plain square" });
    const uploadBytes = gradientPng(8, 8);
    const file = await upload(client, uploadBytes, "sketch.png");
    const word = marker();
    const image = await generated(client, {
      prompt: `the same, in watercolour ${word}`,
      aspectRatio: "9:16",
      references: [
        { source: "file", id: file.id },
        { source: "image", id: earlier.id },
      ],
    });
    expect(image).toMatchObject({
      width: 36,
      height: 64,
      settings: { aspectRatio: "9:16", referenceCount: 2 },
    });

    const [call] = await callsFor(word);
    type Part = { type: string; image_url?: { url: string } };
    const [message] = (call?.body.messages ?? []) as { content: Part[] }[];
    const content = message?.content;
    expect(content?.map((part) => part.type)).toEqual(["text", "image_url", "image_url"]);
    expect(content?.[1]?.image_url?.url).toBe(
      `data:image/png;base64,${uploadBytes.toString("base64")}`,
    );
    const earlierBytes = await readFile(storedPath((await imageDoc(earlier.id)).storage_key));
    expect(content?.[2]?.image_url?.url).toBe(
      `data:image/png;base64,${earlierBytes.toString("base64")}`,
    );
    expect((await imageDoc(image.id)).settings).toMatchObject({
      input_images_count: 2,
      has_input_images: true,
    });
  });

  it.each([
    ["no prompt", { modelId: "fake/image" }, "prompt"],
    ["an empty prompt", { ...fine, prompt: "   " }, "prompt"],
    ["a prompt that is not text", { ...fine, prompt: 42 }, "prompt"],
    ["a prompt over 4,000 characters", { ...fine, prompt: "a".repeat(4001) }, "prompt"],
    [
      "a negative prompt over 1,000 characters",
      { ...fine, negativePrompt: "b".repeat(1001) },
      "negativePrompt",
    ],
    ["no model", { prompt: "a lighthouse" }, "modelId"],
    ["a model not in the list", { ...fine, modelId: "fake/nope" }, "modelId"],
    ["a model that cannot make images", { ...fine, modelId: "fake/echo" }, "modelId"],
    ["an aspect ratio not offered", { ...fine, aspectRatio: "5:4" }, "aspectRatio"],
    ["an unknown image size", { ...fine, imageSize: "8K" }, "imageSize"],
    ["an image size the model does not take", { ...fine, imageSize: "2K" }, "imageSize"],
    ["references that are not a list", { ...fine, references: "abc" }, "references"],
    [
      "five references",
      {
        ...fine,
        references: Array.from({ length: 5 }, () => ({
          source: "image",
          id: randomBytes(12).toString("hex"),
        })),
      },
      "references",
    ],
    [
      "the same reference twice",
      {
        ...fine,
        references: [
          { source: "image", id: "a".repeat(24) },
          { source: "image", id: "a".repeat(24) },
        ],
      },
      "references",
    ],
    [
      "a reference from nowhere",
      { ...fine, references: [{ source: "web", id: "a".repeat(24) }] },
      "references.0.source",
    ],
    [
      "a reference with a bad id",
      { ...fine, references: [{ source: "file", id: "x" }] },
      "references.0.id",
    ],
    ["an unknown field", { ...fine, seed: 7 }, "seed"],
  ])("refuses %s with a 400 naming %s, before any model call", async (_label, body, field) => {
    // The marker rides in the negative prompt, which every valid request sends upstream.
    const word = marker();
    const negative = (body as { negativePrompt?: unknown }).negativePrompt;
    const withMarker = {
      ...body,
      negativePrompt: `${typeof negative === "string" ? negative : ""} ${word}`,
    };
    const response = await generate(actors.clients.other, withMarker);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(await callsFor(word)).toHaveLength(0);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await actors.clients.other.fetch("/api/images", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
  });

  it("answers 404 for a reference that is not the caller's, and 400 for one that is no image", async () => {
    const theirs = await upload(actors.clients.other, gradientPng(4, 4), "theirs.png");
    const notes = await upload(actors.clients.owner, Buffer.from("just words\n"), "notes.txt");
    const { owner, other } = actors.clients;
    const cases: [Client, unknown][] = [
      [owner, { source: "file", id: theirs.id }],
      [other, { source: "image", id: shared.id }],
      [owner, { source: "image", id: randomBytes(12).toString("hex") }],
      [owner, { source: "file", id: randomBytes(12).toString("hex") }],
    ];
    for (const [client, reference] of cases) {
      const response = await generate(client, { ...fine, references: [reference] });
      expect(response.status).toBe(404);
      expect((await errorOf(response)).message).toBe("The reference image was not found.");
    }
    const document = await generate(actors.clients.owner, {
      ...fine,
      references: [{ source: "file", id: notes.id }],
    });
    expect(document.status).toBe(400);
    expect((await errorOf(document)).fields).toEqual({ "references.0.id": ["must be an image"] });
  });

  it("refuses before any model call once the token allowance is used up", async () => {
    const { user, client } = await freshUser();
    await User.updateOne(
      { _id: user.id },
      { $set: { "usage.tokens_limit": 100, "usage.tokens_used": 100 } },
    );
    const word = marker();
    const response = await generate(client, { ...fine, prompt: `a fox ${word}` });
    expect(response.status).toBe(429);
    expect((await errorOf(response)).code).toBe("token_limit_reached");
    expect(await callsFor(word)).toHaveLength(0);
    expect(await UsageLog.countDocuments({ user_id: user.id })).toBe(0);
  });
});

describe("a generation without an image", () => {
  it.each([
    [
      "a refusal",
      "[[image:refuse]]",
      400,
      "image_refused",
      /refused to make this image: “I can't create that image\.”/,
    ],
    [
      "an answer in words only",
      "[[image:none]]",
      502,
      "no_image",
      /answered without an image: “Echo:/,
    ],
    ["bytes that are not an image", "[[image:corrupt]]", 502, "invalid_image", /could not be read/],
  ])(
    "answers %s with a clear error, saves nothing, and logs only what was billed",
    async (_label, directive, status, code, message) => {
      const { user, client } = await freshUser();
      const before = await storedFiles();
      const response = await generate(client, { ...fine, prompt: `a fox ${directive}` });
      expect(response.status).toBe(status);
      const error = await errorOf(response);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);

      expect(await GeneratedImage.countDocuments({ user_id: user.id })).toBe(0);
      // Other tests store files meanwhile; none of the new ones may be this answer's bytes.
      for (const file of await storedFiles()) {
        if (before.has(file)) continue;
        const bytes = await readFile(file);
        expect(bytes.subarray(0, 13).toString("latin1")).not.toBe("not an image ");
      }
      // The fake reports what it billed, so exactly that is recorded, and the reservation settled.
      const logs = await UsageLog.find({ user_id: user.id }).lean();
      expect(logs).toHaveLength(1);
      expect(logs[0]?.kind).toBe("image");
      expect(logs[0]?.cost_usd).toBeGreaterThan(0);
      const account = await User.findById(user.id).lean();
      expect(account?.usage.tokens_used).toBe(logs[0]?.tokens.total);
    },
  );

  it("counts against the per-user model rate limit, as chat does", async () => {
    // The provider's own 429 is checked on generateImage (images-upstream.test.ts):
    // fake/fault-429 makes no images, so the service would refuse it as a model.
    const { client } = await freshUser();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push((await generate(client, { ...fine, prompt: "[[image:none]]" })).status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 502)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe("GET /api/images", () => {
  let user: TestUser;
  let client: Client;
  const seeded: string[] = [];
  beforeAll(async () => {
    ({ user, client } = await freshUser());
    const base = Date.now();
    const prompts = ["A fox at dawn", "a cat (sleeping)", "Red FOX in snow", "a lighthouse"];
    for (const [index, prompt] of prompts.entries()) {
      const doc = await GeneratedImage.create({
        user_id: user.id,
        prompt,
        model_id: "fake/image",
        storage_key: randomBytes(16).toString("hex"),
        mime_type: "image/png",
        bytes: 10,
        is_favorite: index % 2 === 0,
        created_at: new Date(base + index * 1000),
      });
      seeded.push(doc._id.toString());
    }
  });

  async function page(query: string): Promise<{ items: ImageDto[]; nextCursor: string | null }> {
    const response = await client.fetch(`/api/images${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as { items: ImageDto[]; nextCursor: string | null };
  }
  const ids = (items: ImageDto[]) => items.map((item) => item.id);

  it("lists the caller's images newest first, a page at a time", async () => {
    const first = await page("?limit=3");
    expect(ids(first.items)).toEqual([seeded[3], seeded[2], seeded[1]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await page(`?limit=3&cursor=${first.nextCursor}`);
    expect(ids(second.items)).toEqual([seeded[0]]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters favourites and searches prompts, ignoring case and regex syntax", async () => {
    expect(ids((await page("?favorites=true")).items)).toEqual([seeded[2], seeded[0]]);
    expect(ids((await page("?favorites=false")).items)).toHaveLength(4);
    expect(ids((await page("?q=fox")).items)).toEqual([seeded[2], seeded[0]]);
    expect(ids((await page("?q=fox&favorites=true&limit=1")).items)).toEqual([seeded[2]]);
    expect(ids((await page(`?q=${encodeURIComponent("(sleeping)")}`)).items)).toEqual([seeded[1]]);
    expect((await page(`?q=${encodeURIComponent(".*")}`)).items).toHaveLength(0);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?favorites=maybe", "favorites"],
    ["?cursor=nonsense", "cursor"],
    ["?sort=old", "sort"],
  ])("refuses %s with a 400 naming %s", async (query, field) => {
    const response = await client.fetch(`/api/images${query}`);
    expect(response.status).toBe(400);
    expect(Object.keys((await errorOf(response)).fields ?? {})).toContain(field);
  });
});

describe("PATCH /api/images/:id", () => {
  it("favourites and unfavourites", async () => {
    const url = `/api/images/${shared.id}`;
    const on = await actors.clients.owner.json(url, "PATCH", { isFavorite: true });
    expect(on.status).toBe(200);
    expect(((await on.json()) as ImageDto).isFavorite).toBe(true);
    const off = await actors.clients.owner.json(url, "PATCH", { isFavorite: false });
    expect(((await off.json()) as ImageDto).isFavorite).toBe(false);
  });

  it.each([
    [{}, "isFavorite"],
    [{ isFavorite: "yes" }, "isFavorite"],
    [{ isFavorite: true, prompt: "changed" }, "prompt"],
  ])("refuses %j with a 400 naming %s", async (body, field) => {
    const response = await actors.clients.owner.json(`/api/images/${shared.id}`, "PATCH", body);
    expect(response.status).toBe(400);
    expect(Object.keys((await errorOf(response)).fields ?? {})).toContain(field);
  });
});

describe("serving an image", () => {
  it("serves the full image inline, or as a download, with safe headers", async () => {
    const response = await actors.clients.owner.fetch(shared.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(response.headers.get("cache-control")).toMatch(/^private/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^inline; filename="a-shared-lighthouse-[0-9a-f]{6}\.png"$/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(bytes.length).toBe(shared.bytes);

    const download = await actors.clients.owner.fetch(shared.downloadUrl);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.png"$/);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
  });

  it("serves a WebP thumbnail", async () => {
    const response = await actors.clients.owner.fetch(shared.thumbnailUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(8, 12).toString("latin1")).toBe("WEBP");
  });

  it("answers 404 for an image whose bytes are gone, and for a bad id", async () => {
    const doc = await GeneratedImage.create({
      user_id: actors.owner.id,
      prompt: "lost",
      model_id: "fake/image",
      storage_key: randomBytes(16).toString("hex"),
      thumbnail_key: randomBytes(16).toString("hex"),
      mime_type: "image/png",
      bytes: 10,
    });
    for (const suffix of ["file", "thumbnail"]) {
      const response = await actors.clients.owner.fetch(`/api/images/${doc._id}/${suffix}`);
      expect(response.status).toBe(404);
    }
    expect((await actors.clients.owner.fetch("/api/images/nonsense/file")).status).toBe(404);
  });
});

describe("the authorisation matrix", () => {
  const others = { anonymous: 401, other: 404, banned: 403, admin: 404 } as const;

  it("POST /api/images is for signed-in, unbanned users", async () => {
    await expectMatrix(actors, (client) => generate(client, { ...fine, prompt: "matrix" }), {
      anonymous: 401,
      owner: 201,
      other: 201,
      banned: 403,
      admin: 201,
    });
  });

  it("GET /api/images lists only the caller's own images", async () => {
    const responses = await expectMatrix(actors, (client) => client.fetch("/api/images"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const listed = async (response: Response) =>
      ((await response.json()) as { items: ImageDto[] }).items.map((item) => item.id);
    expect(await listed(responses.owner)).toContain(shared.id);
    expect(await listed(responses.other)).not.toContain(shared.id);
    expect(await listed(responses.admin)).not.toContain(shared.id);
  });

  it.each([
    ["GET /api/images/:id", (id: string) => `/api/images/${id}`],
    ["GET /api/images/:id/file", (id: string) => `/api/images/${id}/file`],
    ["GET /api/images/:id/file?download=1", (id: string) => `/api/images/${id}/file?download=1`],
    ["GET /api/images/:id/thumbnail", (id: string) => `/api/images/${id}/thumbnail`],
  ])("%s is the owner's only", async (_label, url) => {
    await expectMatrix(actors, (client) => client.fetch(url(shared.id)), {
      ...others,
      owner: 200,
    });
  });

  it("PATCH /api/images/:id is the owner's only", async () => {
    await expectMatrix(
      actors,
      (client) => client.json(`/api/images/${shared.id}`, "PATCH", { isFavorite: true }),
      { ...others, owner: 200 },
    );
  });

  it("DELETE /api/images/:id is the owner's only, and removes both stored files", async () => {
    const image = await generated(actors.clients.owner, { prompt: "to be deleted" });
    const doc = await imageDoc(image.id);
    const files = [storedPath(doc.storage_key), storedPath(doc.thumbnail_key ?? "")];
    const url = `/api/images/${image.id}`;
    // Everyone else first, so the owner's 204 comes after the others were refused.
    const seen: Record<string, number> = {};
    for (const actor of ["anonymous", "other", "banned", "admin", "owner"] as const) {
      seen[actor] = (await actors.clients[actor].fetch(url, { method: "DELETE" })).status;
      if (actor !== "owner") expect(files.every((file) => existsSync(file))).toBe(true);
    }
    expect(seen).toEqual({ ...others, owner: 204 });
    expect(files.some((file) => existsSync(file))).toBe(false);
    expect(await GeneratedImage.findById(image.id).lean()).toBeNull();
    expect((await actors.clients.owner.fetch(image.url)).status).toBe(404);
    expect((await actors.clients.owner.fetch(url, { method: "DELETE" })).status).toBe(404);
  });

  it("refuses a cookie-authenticated change from another site", async () => {
    const response = await actors.clients.owner.fetch(`/api/images/${shared.id}`, {
      method: "DELETE",
      headers: { origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
    expect((await actors.clients.owner.fetch(shared.url)).status).toBe(200);
  });
});
