import { Types } from "mongoose";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/types";
import type { FolderDto, Page } from "@/lib/conversations/dto";
import { FOLDER_COLORS } from "@/lib/folders/colors";
import { createFolder, MAX_FOLDERS } from "@/lib/folders/create";
import { deleteFolder } from "@/lib/folders/delete";
import { updateFolder } from "@/lib/folders/update";
import { runAction } from "@/lib/http/action";
import { Conversation } from "@/models/conversation";
import { Folder, type FolderDoc } from "@/models/folder";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { createUser, signedIn, type TestUser } from "../support/users";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

function asActor(user: TestUser): SessionUser {
  return {
    id: user.id,
    email: user.email,
    role: "user",
    displayName: user.displayName,
    avatarUrl: "",
    theme: "system",
    notifyReplies: true,
    language: null,
  };
}

async function seedFolder(owner: TestUser, fields: Partial<FolderDoc> = {}): Promise<FolderDoc> {
  const doc = await Folder.create({ user_id: owner.id, name: "Seeded", ...fields });
  return doc.toObject();
}

async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function fieldsOf(response: Response): Promise<string[]> {
  const error = (await response.json()) as { error: { fields?: Record<string, string[]> } };
  return Object.keys(error.error.fields ?? {});
}

const folderUrl = (id: string | Types.ObjectId) => `/api/folders/${id}`;

describe("the authorisation matrix", () => {
  it("GET /api/folders lists each caller's own folders only", async () => {
    const mine = await seedFolder(actors.owner, { name: "Owner only" });
    const responses = await expectMatrix(actors, (client) => client.fetch("/api/folders"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const ids = async (response: Response) =>
      (await body<Page<FolderDto>>(response)).items.map((folder) => folder.id);
    expect(await ids(responses.owner)).toContain(mine._id.toString());
    expect(await ids(responses.other)).not.toContain(mine._id.toString());
    expect(await ids(responses.admin)).not.toContain(mine._id.toString());
  });

  it("POST /api/folders creates a folder for the caller", async () => {
    const responses = await expectMatrix(
      actors,
      (client, actor) => client.json("/api/folders", "POST", { name: `Made by ${actor}` }),
      { anonymous: 401, owner: 201, other: 201, banned: 403, admin: 201 },
    );
    const created = await body<FolderDto>(responses.owner);
    const stored = await Folder.findById(created.id).lean();
    expect(stored?.user_id.toString()).toBe(actors.owner.id);
    expect(await Folder.exists({ name: "Made by banned" })).toBeNull();
    expect(await Folder.exists({ name: "Made by anonymous" })).toBeNull();
  });

  it("PATCH /api/folders/:id changes the owner's folder only", async () => {
    const folder = await seedFolder(actors.owner, { name: "Before" });
    await expectMatrix(
      actors,
      (client, actor) => client.json(folderUrl(folder._id), "PATCH", { name: `By ${actor}` }),
      { anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 },
    );
    expect((await Folder.findById(folder._id).lean())?.name).toBe("By owner");
  });

  it("DELETE /api/folders/:id deletes the owner's folder only", async () => {
    const target = await seedFolder(actors.owner);
    const ownersOwn = await seedFolder(actors.owner);
    await expectMatrix(
      actors,
      (client, actor) =>
        client.fetch(folderUrl(actor === "owner" ? ownersOwn._id : target._id), {
          method: "DELETE",
        }),
      { anonymous: 401, owner: 204, other: 404, banned: 403, admin: 404 },
    );
    expect(await Folder.exists({ _id: target._id })).not.toBeNull();
    expect(await Folder.exists({ _id: ownersOwn._id })).toBeNull();
  });

  it("answers ids that are not ids with 404", async () => {
    const client = actors.clients.owner;
    for (const id of ["not-an-id", "zzzzzzzzzzzzzzzzzzzzzzzz", new Types.ObjectId().toString()]) {
      expect((await client.json(folderUrl(id), "PATCH", { name: "x" })).status).toBe(404);
      expect((await client.fetch(folderUrl(id), { method: "DELETE" })).status).toBe(404);
    }
  });
});

describe("creating and changing folders", () => {
  it("creates with a name, colour and icon, and defaults for the latter two", async () => {
    const client = actors.clients.owner;
    const full = await client.json("/api/folders", "POST", {
      name: "  Work  ",
      color: "teal",
      icon: "💼",
    });
    expect(full.status).toBe(201);
    expect(await body<FolderDto>(full)).toMatchObject({
      name: "Work",
      color: "teal",
      icon: "💼",
      conversationCount: 0,
    });
    const plain = await client.json("/api/folders", "POST", { name: "Plain" });
    expect(await body<FolderDto>(plain)).toMatchObject({ color: "gray", icon: "" });
    for (const icon of ["👨‍👩‍👧", "🇵🇹", "1️⃣", "✈️"]) {
      const response = await client.json("/api/folders", "POST", { name: "Emoji", icon });
      expect(response.status, icon).toBe(201);
    }
  });

  it("lists folders oldest first", async () => {
    const user = await createUser();
    const actor = asActor(user);
    const names = ["First", "Second", "Third"];
    for (const name of names) await createFolder(actor, { name });
    const client = await signedIn(user);
    const page = await body<Page<FolderDto>>(await client.fetch("/api/folders"));
    expect(page.items.map((folder) => folder.name)).toEqual(names);
    expect(page.nextCursor).toBeNull();
  });

  it("renames, recolours and changes the icon, leaving the count alone", async () => {
    const folder = await seedFolder(actors.owner, { name: "Old", conversation_count: 3 });
    const response = await actors.clients.owner.json(folderUrl(folder._id), "PATCH", {
      name: "New",
      color: "violet",
      icon: "⭐",
    });
    expect(response.status).toBe(200);
    expect(await body<FolderDto>(response)).toMatchObject({
      name: "New",
      color: "violet",
      icon: "⭐",
      conversationCount: 3,
    });
    const colourOnly = await actors.clients.owner.json(folderUrl(folder._id), "PATCH", {
      color: "pink",
    });
    expect(await body<FolderDto>(colourOnly)).toMatchObject({ name: "New", color: "pink" });
  });

  it("answers each bad field with a 400 naming it, creating and changing nothing", async () => {
    const folder = await seedFolder(actors.owner, { name: "Stable", color: "red", icon: "" });
    const before = await Folder.countDocuments({ user_id: actors.owner.id });
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "" }, "name"],
      [{ name: "   " }, "name"],
      [{ name: "x".repeat(61) }, "name"],
      [{ name: 7 }, "name"],
      [{ name: "ok", color: "purple" }, "color"],
      [{ name: "ok", color: "#ff0000" }, "color"],
      [{ name: "ok", icon: "abc" }, "icon"],
      [{ name: "ok", icon: "😀😀" }, "icon"],
      [{ name: "ok", icon: "<svg onload=alert(1)>" }, "icon"],
      [{ name: "ok", user_id: actors.other.id }, "user_id"],
      [{ name: "ok", conversation_count: 5 }, "conversation_count"],
      [{ name: "ok", conversationCount: 5 }, "conversationCount"],
    ];
    for (const [input, field] of cases) {
      const created = await actors.clients.owner.json("/api/folders", "POST", input);
      expect(created.status, JSON.stringify(input)).toBe(400);
      expect(await fieldsOf(created)).toEqual([field]);
      const { name: _name, ...patch } = input;
      const changed = await actors.clients.owner.json(
        folderUrl(folder._id),
        "PATCH",
        field === "name" ? input : patch,
      );
      expect(changed.status, JSON.stringify(input)).toBe(400);
      expect(await fieldsOf(changed)).toEqual([field]);
    }
    expect(await actors.clients.owner.json("/api/folders", "POST", {}).then(fieldsOf)).toEqual([
      "name",
    ]);
    expect(await Folder.countDocuments({ user_id: actors.owner.id })).toBe(before);
    const stored = await Folder.findById(folder._id).lean();
    expect(stored).toMatchObject({ name: "Stable", color: "red", icon: "", conversation_count: 0 });
    expect(stored?.user_id.toString()).toBe(actors.owner.id);
  });

  it("accepts every colour of the palette it exports", async () => {
    const actor = asActor(actors.owner);
    for (const color of FOLDER_COLORS) {
      expect((await createFolder(actor, { name: color, color })).color).toBe(color);
    }
  });

  it(`stops at ${MAX_FOLDERS} folders with a 409`, async () => {
    const user = await createUser();
    await Folder.insertMany(
      Array.from({ length: MAX_FOLDERS }, (_, i) => ({ user_id: user.id, name: `F${i}` })),
    );
    const result = await runAction(() => createFolder(asActor(user), { name: "One too many" }));
    expect(result).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await Folder.countDocuments({ user_id: user.id })).toBe(MAX_FOLDERS);
  });
});

describe("deleting a folder", () => {
  it("moves its conversations out to no folder and deletes none of them", async () => {
    const folder = await seedFolder(actors.owner, { name: "Doomed" });
    const client = actors.clients.owner;
    const ids: string[] = [];
    for (const title of ["one", "two"]) {
      const response = await client.json("/api/conversations", "POST", {
        title,
        folderId: folder._id.toString(),
      });
      ids.push((await body<{ id: string }>(response)).id);
    }
    const bystander = await seedFolder(actors.owner, { name: "Bystander" });
    const elsewhere = await client.json("/api/conversations", "POST", {
      folderId: bystander._id.toString(),
    });
    expect(elsewhere.status).toBe(201);
    expect((await Folder.findById(folder._id).lean())?.conversation_count).toBe(2);

    const response = await client.fetch(folderUrl(folder._id), { method: "DELETE" });
    expect(response.status).toBe(204);
    expect(await Folder.exists({ _id: folder._id })).toBeNull();
    const released = await Conversation.find({ _id: { $in: ids } }).lean();
    expect(released).toHaveLength(2);
    expect(released.every((conversation) => conversation.folder_id === null)).toBe(true);
    expect((await Folder.findById(bystander._id).lean())?.conversation_count).toBe(1);

    const none = await body<Page<{ id: string }>>(
      await client.fetch("/api/conversations?folderId=none&limit=100"),
    );
    expect(none.items.map((item) => item.id)).toEqual(expect.arrayContaining(ids));
  });

  it("is refused for another user's folder through the service too", async () => {
    const folder = await seedFolder(actors.owner, { name: "Kept" });
    const other = asActor(actors.other);
    expect(await runAction(() => deleteFolder(other, folder._id.toString()))).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(
      await runAction(() => updateFolder(other, folder._id.toString(), { name: "Taken" })),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await Folder.findById(folder._id).lean())?.name).toBe("Kept");
  });
});
