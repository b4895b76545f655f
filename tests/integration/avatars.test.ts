import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";
import { gradientPng } from "../fake-upstream/png";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import type { Client } from "../support/http";
import { createUser, signedIn, signedInAdmin } from "../support/users";

interface Profile {
  id: string;
  avatarUrl: string;
}

function upload(client: Client, bytes: Uint8Array, name = "me.png"): Promise<Response> {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  return client.fetch("/api/users/me/avatar", { method: "PUT", body: form });
}

async function storedKey(userId: string): Promise<string> {
  await connectDb();
  const user = await User.findById(userId).select("profile.avatar_key").lean();
  return user?.profile.avatar_key ?? "";
}

function storedPath(key: string): string {
  return path.join(inject("dataDir"), "app", "files", key.slice(0, 2), key);
}

let actors: Actors;
let avatarPath: string;

beforeAll(async () => {
  actors = await createActors();
  const response = await upload(actors.clients.owner, gradientPng(300, 200));
  expect(response.status).toBe(200);
  avatarPath = ((await response.json()) as Profile).avatarUrl;
});

describe("avatars", () => {
  it("are uploaded, re-encoded as a 256×256 WebP and served by the app", async () => {
    expect(avatarPath).toMatch(
      new RegExp(`^/api/users/${actors.owner.id}/avatar\\?v=[0-9a-f]{8}$`),
    );
    const response = await actors.clients.owner.fetch(avatarPath);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 256, 256]);

    const me = (await (await actors.clients.owner.fetch("/api/users/me")).json()) as Profile;
    expect(me.avatarUrl).toBe(avatarPath);
  });

  it("are seen by anyone signed in to the instance, and by nobody else", async () => {
    await expectMatrix(actors, (client) => client.fetch(avatarPath), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
  });

  it("drop what the picture carried besides its pixels, such as EXIF", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const tagged = await sharp(gradientPng(64, 64))
      .jpeg()
      .withExif({ IFD0: { Artist: "Where I live", Copyright: "secret" } })
      .toBuffer();
    expect((await sharp(tagged).metadata()).exif).toBeDefined();

    const { avatarUrl } = (await (await upload(client, tagged, "me.jpg")).json()) as Profile;
    const served = Buffer.from(await (await client.fetch(avatarUrl)).arrayBuffer());
    expect((await sharp(served).metadata()).exif).toBeUndefined();
    expect(served.includes(Buffer.from("Where I live"))).toBe(false);
  });

  it("can no longer be a link to another server, and an old one is never handed out", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const response = await client.json("/api/users/me", "PATCH", {
      displayName: "Tracker",
      bio: "",
      avatarUrl: "https://tracker.example/pixel.png",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: object } }).error.fields).toHaveProperty(
      "avatarUrl",
    );

    // An account saved by an older version with a link keeps working, with initials.
    await connectDb();
    await User.updateOne(
      { _id: user.id },
      { $set: { "profile.avatar_url": "https://tracker.example/pixel.png" } },
    );
    const me = (await (await client.fetch("/api/users/me")).json()) as Profile;
    expect(me.avatarUrl).toBe("");
    const admin = await signedInAdmin();
    const detail = (await (await admin.fetch(`/api/admin/users/${user.id}`)).json()) as Profile;
    expect(detail.avatarUrl).toBe("");
    const page = await (await admin.fetch(`/admin/users/${user.id}`)).text();
    expect(page).not.toContain("tracker.example");
  });

  it("refuse what is not a picture, or too large, and keep the one before", async () => {
    const client = actors.clients.owner;
    const keyBefore = await storedKey(actors.owner.id);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>');
    const cases: Array<[Response, number, string]> = [
      [await upload(client, svg, "me.svg"), 400, "unsupported_file_type"],
      [await upload(client, Buffer.from("just some text"), "me.png"), 400, "unsupported_file_type"],
      // A PNG signature with nothing decodable behind it.
      [await upload(client, gradientPng(8, 8).subarray(0, 60)), 400, "invalid_image"],
      [await upload(client, Buffer.alloc(6 * 1024 * 1024, 1)), 413, "payload_too_large"],
      [
        await client.fetch("/api/users/me/avatar", { method: "PUT", body: new FormData() }),
        400,
        "invalid_input",
      ],
    ];
    for (const [response, status, code] of cases) {
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    }
    expect(await storedKey(actors.owner.id)).toBe(keyBefore);
  });

  it("replacing or removing one deletes its file; then initials show", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    await upload(client, gradientPng(40, 40));
    const first = await storedKey(user.id);
    expect(existsSync(storedPath(first))).toBe(true);

    await upload(client, gradientPng(50, 30));
    const second = await storedKey(user.id);
    expect(second).not.toBe(first);
    expect(existsSync(storedPath(first))).toBe(false);

    const removed = await client.fetch("/api/users/me/avatar", { method: "DELETE" });
    expect(((await removed.json()) as Profile).avatarUrl).toBe("");
    expect(existsSync(storedPath(second))).toBe(false);
    expect((await client.fetch(`/api/users/${user.id}/avatar`)).status).toBe(404);
  });

  it("answer 404 for someone without one, or no one", async () => {
    const client = actors.clients.other;
    expect((await client.fetch(`/api/users/${actors.other.id}/avatar`)).status).toBe(404);
    expect((await client.fetch("/api/users/000000000000000000000000/avatar")).status).toBe(404);
    expect((await client.fetch("/api/users/not-an-id/avatar")).status).toBe(404);
  });

  it("go with the account when an admin deletes it", async () => {
    const user = await createUser();
    await upload(await signedIn(user), gradientPng(20, 20));
    const key = await storedKey(user.id);
    const admin = await signedInAdmin();
    const response = await admin.json(`/api/admin/users/${user.id}`, "DELETE", {
      confirmEmail: user.email,
    });
    expect(response.status).toBe(204);
    expect(existsSync(storedPath(key))).toBe(false);
  });
});
