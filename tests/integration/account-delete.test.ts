import { randomBytes } from "node:crypto";
import { access } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ImageDto } from "@/lib/images/dto";
import { ApiKey } from "@/models/api-key";
import { Conversation } from "@/models/conversation";
import { StoredFile } from "@/models/file";
import { GeneratedImage } from "@/models/generated-image";
import { LlmConfig } from "@/models/llm-config";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { gradientPng } from "../fake-upstream/png";
import { createKey, withKey } from "../support/api-keys";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { createConversation, sendAndRead } from "../support/chat";
import { Client } from "../support/http";
import { OwnApps } from "../support/own-app";
import { createUser, signedIn } from "../support/users";

let actors: Actors;
const own = new OwnApps();
beforeAll(async () => {
  actors = await createActors();
});
afterAll(() => own.cleanUp());

function deleteMe(client: Client, password: unknown): Promise<Response> {
  return client.json("/api/users/me", "DELETE", { password });
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

function storedPath(key: string): string {
  return path.join(inject("dataDir"), "app", "files", key.slice(0, 2), key);
}

describe("DELETE /api/users/me", () => {
  it("needs the signed-in, unbanned person and their password", async () => {
    await expectMatrix(
      actors,
      (client, actor) => deleteMe(client, actor === "anonymous" ? "x" : "Wrong-pass-1"),
      { anonymous: 401, owner: 400, other: 400, banned: 403, admin: 400 },
    );
    for (const user of [actors.owner, actors.other, actors.banned, actors.admin]) {
      expect(await User.exists({ _id: user.id })).not.toBeNull();
    }
  });

  it("refuses an API key, even with the right password", async () => {
    const { secret } = await createKey(actors.clients.owner);
    const response = await withKey(secret)("/api/users/me", {
      method: "DELETE",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ password: actors.owner.password }),
    });
    expect(response.status).toBe(403);
    expect(await User.exists({ _id: actors.owner.id })).not.toBeNull();
  });

  it("refuses a body without a password, or with more than one", async () => {
    const client = actors.clients.owner;
    expect((await client.json("/api/users/me", "DELETE", {})).status).toBe(400);
    const extra = await client.json("/api/users/me", "DELETE", {
      password: actors.owner.password,
      userId: actors.other.id,
    });
    expect(extra.status).toBe(400);
    expect(await User.exists({ _id: actors.owner.id })).not.toBeNull();
  });

  it("removes the account and everything it owns, files on disk included", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const conversationId = await createConversation(user);
    await sendAndRead(client, conversationId, { content: "soon gone" });
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(gradientPng(2, 2))]), "doomed.png");
    expect((await client.fetch("/api/files", { method: "POST", body: form })).status).toBe(201);
    const imageResponse = await client.json("/api/images", "POST", {
      modelId: "fake/image",
      prompt: "a doomed lighthouse",
    });
    expect(imageResponse.status).toBe(201);
    const image = (await imageResponse.json()) as ImageDto;
    const tag = `gone${randomBytes(4).toString("hex")}`;
    const config = await LlmConfig.create({
      name: "Public and doomed",
      model_id: "fake/echo",
      owner_id: user.id,
      visibility: "public",
      tags: [tag],
    });
    await createKey(client);
    const gallery = async () =>
      (
        (await (await actors.clients.other.fetch(`/api/gallery?tag=${tag}`)).json()) as {
          items: { id: string }[];
        }
      ).items.map((item) => item.id);
    expect(await gallery()).toEqual([config._id.toString()]);

    const files = await StoredFile.find({ user_id: user.id }).lean();
    const images = await GeneratedImage.find({ _id: image.id }).lean();
    const paths = [
      ...files.map((file) => file.storage_key),
      ...images.flatMap((each) => [each.storage_key, each.thumbnail_key ?? ""]),
    ]
      .filter(Boolean)
      .map(storedPath);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const file of paths) expect(await exists(file)).toBe(true);

    expect((await deleteMe(client, user.password)).status).toBe(204);

    expect(await User.exists({ _id: user.id })).toBeNull();
    const owner = { user_id: user.id };
    const left = await Promise.all([
      Conversation.countDocuments(owner),
      Message.countDocuments(owner),
      StoredFile.countDocuments(owner),
      GeneratedImage.countDocuments(owner),
      ApiKey.countDocuments(owner),
      UsageLog.countDocuments(owner),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await LlmConfig.exists({ _id: config._id })).toBeNull();
    expect(await gallery()).toEqual([]);
    for (const file of paths) expect(await exists(file)).toBe(false);

    expect((await client.fetch("/api/users/me")).status).toBe(401);
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(false);
  });

  it("refuses the last admin with a 409 and deletes nothing", async () => {
    const admin = { email: "only-admin@example.com", password: "Only-admin-1" };
    const database = `account_${randomBytes(4).toString("hex")}`;
    const app = await own.start({
      MONGODB_URI: inject("mongoUri").replace(/unichat$/, database),
      DATA_DIR: await own.folder(),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    });
    const client = new Client(app.url);
    expect((await client.signIn(admin.email, admin.password)).ok).toBe(true);

    const response = await deleteMe(client, admin.password);
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/only administrator/);
    expect((await client.fetch("/api/users/me")).status).toBe(200);
  });
});
