import { rm } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ImageDto } from "@/lib/images/dto";
import { StoredFile } from "@/models/file";
import { LlmConfig } from "@/models/llm-config";
import { PromptTemplate } from "@/models/prompt-template";
import { gradientPng } from "../fake-upstream/png";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { createConversation, sendAndRead } from "../support/chat";
import type { Client } from "../support/http";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

async function upload(client: Client, bytes: Buffer, name: string): Promise<{ id: string }> {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  const response = await client.fetch("/api/files", { method: "POST", body: form });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string };
}

async function exported(client: Client): Promise<Record<string, Uint8Array>> {
  const response = await client.fetch("/api/users/me/export");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.zip"$/);
  return unzipSync(new Uint8Array(await response.arrayBuffer()));
}

const json = (bytes: Uint8Array | undefined) => JSON.parse(strFromU8(bytes ?? new Uint8Array()));

describe("GET /api/users/me/export", () => {
  it("is each signed-in, unbanned person's own", async () => {
    await expectMatrix(actors, (client) => client.fetch("/api/users/me/export"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
  });

  it("holds every conversation as its own JSON export, and the rest of the account", async () => {
    const { owner } = actors;
    const client = actors.clients.owner;
    const conversationId = await createConversation(owner, { title: "Export me" });
    await sendAndRead(client, conversationId, { content: "hello export" });
    const file = await upload(client, gradientPng(2, 2), "holiday photo.png");
    const imageResponse = await client.json("/api/images", "POST", {
      modelId: "fake/image",
      prompt: "a lighthouse at dusk",
    });
    expect(imageResponse.status).toBe(201);
    const image = (await imageResponse.json()) as ImageDto;
    const config = await LlmConfig.create({
      name: "Exported config",
      model_id: "fake/echo",
      owner_id: owner.id,
      visibility: "private",
    });
    await PromptTemplate.create({
      name: "Mine",
      category: "writing",
      template_text: "Write {{topic}}",
      variables: ["topic"],
      created_by: owner.id,
    });
    const othersConversation = await createConversation(actors.other);

    const zip = await exported(client);
    const names = Object.keys(zip);
    expect(names).toEqual(
      expect.arrayContaining([
        "profile.json",
        "configs.json",
        "templates.json",
        `conversations/${conversationId}.json`,
        `conversations/${conversationId}.md`,
        `files/${file.id}-holiday_photo.png`,
      ]),
    );
    expect(names.some((name) => name.includes(othersConversation))).toBe(false);

    const single = await client.fetch(`/api/conversations/${conversationId}/export?format=json`);
    const { exportedAt: _, ...expected } = (await single.json()) as Record<string, unknown>;
    const { exportedAt, ...inZip } = json(zip[`conversations/${conversationId}.json`]);
    expect(inZip).toEqual(expected);
    expect(Number.isNaN(Date.parse(exportedAt))).toBe(false);
    expect(strFromU8(zip[`conversations/${conversationId}.md`] ?? new Uint8Array())).toContain(
      "# Export me",
    );

    expect(Buffer.from(zip[`files/${file.id}-holiday_photo.png`] ?? [])).toEqual(gradientPng(2, 2));
    const imageEntry = names.find((name) => name.startsWith("images/") && name.endsWith(".png"));
    expect(imageEntry).toContain(image.id.slice(-6));
    const original = await client.fetch(image.url);
    expect(Buffer.from(zip[imageEntry ?? ""] ?? [])).toEqual(
      Buffer.from(await original.arrayBuffer()),
    );

    expect(json(zip["profile.json"])).toMatchObject({ email: owner.email });
    expect(json(zip["configs.json"])).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: config._id.toString() })]),
    );
    expect(json(zip["templates.json"])).toEqual([
      expect.objectContaining({ name: "Mine", templateText: "Write {{topic}}" }),
    ]);
  });

  it("leaves out an upload whose bytes are gone, and holds the rest", async () => {
    const client = actors.clients.other;
    const kept = await upload(client, gradientPng(2, 2), "kept.png");
    const lost = await upload(client, gradientPng(3, 3), "lost.png");
    const key = (await StoredFile.findById(lost.id).lean())?.storage_key ?? "";
    await rm(path.join(inject("dataDir"), "app", "files", key.slice(0, 2), key));

    const names = Object.keys(await exported(client));
    expect(names).toContain(`files/${kept.id}-kept.png`);
    expect(names.some((name) => name.includes(lost.id))).toBe(false);
  });

  it("is an empty account's zip too", async () => {
    const zip = await exported(actors.clients.admin);
    expect(Object.keys(zip).sort()).toEqual(["configs.json", "profile.json", "templates.json"]);
    expect(json(zip["templates.json"])).toEqual([]);
  });
});
