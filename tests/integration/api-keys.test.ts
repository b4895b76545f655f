import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { ApiKey } from "@/models/api-key";
import { waitFor } from "../setup/wait";
import { createKey, withKey } from "../support/api-keys";
import { type Actors, createActors } from "../support/authz-matrix";
import { createConversation } from "../support/chat";
import { Client } from "../support/http";
import { banUser, createUser, signedIn, signedInAdmin } from "../support/users";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
  await connectDb();
});

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe("the key lifecycle", () => {
  it("shows the secret once and keeps only its sha256 hash", async () => {
    const created = await createKey(actors.clients.owner, { name: "Laptop script" });
    expect(created.secret).toMatch(/^uc_[A-Za-z0-9_-]{43}$/);
    expect(created.key).toMatchObject({
      name: "Laptop script",
      prefix: created.secret.slice(0, 11),
      status: "active",
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
    });

    const list = await actors.clients.owner.fetch("/api/keys");
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(text).not.toContain(created.secret);
    expect(text).not.toContain("key_hash");
    const items = (JSON.parse(text) as { items: Array<{ id: string }> }).items;
    expect(items.map((item) => item.id)).toContain(created.key.id);

    const stored = await ApiKey.findById(created.key.id).lean();
    expect(stored?.key_hash).toBe(createHash("sha256").update(created.secret).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(created.secret);
  });

  it("authenticates as its owner and records when it was last used", async () => {
    const { key, secret } = await createKey(actors.clients.owner);
    const response = await withKey(secret)("/api/users/me");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { email: string }).email).toBe(actors.owner.email);

    await waitFor(
      async () => Boolean((await ApiKey.findById(key.id).lean())?.last_used_at),
      "last_used_at",
    );
    const listed = (await (await actors.clients.owner.fetch("/api/keys")).json()) as {
      items: Array<{ id: string; lastUsedAt: string | null }>;
    };
    expect(listed.items.find((item) => item.id === key.id)?.lastUsedAt).not.toBeNull();
  });

  it("answers 401 for an unknown key or an empty one", async () => {
    for (const secret of [`uc_${"A".repeat(43)}`, ""]) {
      const response = await withKey(secret)("/api/users/me");
      expect(response.status).toBe(401);
      expect((await errorOf(response)).message).toMatch(/API key/);
    }
  });

  it("stops working when it expires", async () => {
    const { key, secret } = await createKey(actors.clients.owner, {
      name: "short-lived",
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect((await withKey(secret)("/api/users/me")).status).toBe(200);
    await ApiKey.updateOne({ _id: key.id }, { $set: { expires_at: new Date(Date.now() - 1000) } });
    const response = await withKey(secret)("/api/users/me");
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toBe("This API key has expired.");
  });

  it("stops working at once when revoked, and stays listed as revoked", async () => {
    const { key, secret } = await createKey(actors.clients.owner);
    expect((await withKey(secret)("/api/users/me")).status).toBe(200);
    const revoked = await actors.clients.owner.fetch(`/api/keys/${key.id}`, { method: "DELETE" });
    expect(revoked.status).toBe(204);
    const response = await withKey(secret)("/api/users/me");
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toBe("This API key has been revoked.");

    const listed = (await (await actors.clients.owner.fetch("/api/keys")).json()) as {
      items: Array<{ id: string; status: string }>;
    };
    expect(listed.items.find((item) => item.id === key.id)?.status).toBe("revoked");
  });

  it("lets only the owner revoke a key", async () => {
    const { key, secret } = await createKey(actors.clients.owner);
    const byOther = await actors.clients.other.fetch(`/api/keys/${key.id}`, { method: "DELETE" });
    expect(byOther.status).toBe(404);
    const byAdmin = await actors.clients.admin.fetch(`/api/keys/${key.id}`, { method: "DELETE" });
    expect(byAdmin.status).toBe(404);
    expect((await withKey(secret)("/api/users/me")).status).toBe(200);
    const otherList = await (await actors.clients.other.fetch("/api/keys")).text();
    expect(otherList).not.toContain(key.id);
  });

  it("gives a banned owner's key a 403", async () => {
    const user = await createUser();
    const { secret } = await createKey(await signedIn(user));
    expect((await withKey(secret)("/api/users/me")).status).toBe(200);
    await banUser(user);
    const response = await withKey(secret)("/api/users/me");
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("banned");
  });

  it("refuses bad input: no name, a past expiry, unknown fields", async () => {
    const client = actors.clients.owner;
    for (const body of [
      { name: "  " },
      { name: "x", expiresAt: new Date(Date.now() - 1000).toISOString() },
      { name: "x", expiresAt: "next week" },
      { name: "x", user_id: actors.other.id },
    ]) {
      expect((await client.json("/api/keys", "POST", body)).status).toBe(400);
    }
  });

  it("needs a session: anonymous callers get 401 and keys cannot manage keys", async () => {
    expect((await new Client().fetch("/api/keys")).status).toBe(401);
    const { key, secret } = await createKey(actors.clients.owner);
    const asKey = withKey(secret);
    const minted = await asKey("/api/keys", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "minted by a key" }),
    });
    expect(minted.status).toBe(403);
    expect((await asKey("/api/keys")).status).toBe(403);
    expect((await asKey(`/api/keys/${key.id}`, { method: "DELETE" })).status).toBe(403);
    expect(await ApiKey.countDocuments({ name: "minted by a key" })).toBe(0);
  });
});

describe("authorisation through keys", () => {
  it("lists the key owner's conversations and hides everyone else's", async () => {
    const [owner, other] = await Promise.all([
      createKey(actors.clients.owner),
      createKey(actors.clients.other),
    ]);
    const id = await createConversation(actors.owner, { title: "Owned over the API" });

    const list = await withKey(owner.secret)("/api/conversations");
    expect(list.status).toBe(200);
    const items = ((await list.json()) as { items: Array<{ id: string }> }).items;
    expect(items.map((item) => item.id)).toContain(id);

    expect((await withKey(owner.secret)(`/api/conversations/${id}`)).status).toBe(200);
    expect((await withKey(other.secret)(`/api/conversations/${id}`)).status).toBe(404);
    const deleted = await withKey(other.secret)(`/api/conversations/${id}`, { method: "DELETE" });
    expect(deleted.status).toBe(404);
  });

  it("gives admin routes to an admin's key only", async () => {
    const userKey = await createKey(actors.clients.owner);
    const adminKey = await createKey(await signedInAdmin());
    expect((await withKey(userKey.secret)("/api/admin/users")).status).toBe(403);
    expect((await withKey(adminKey.secret)("/api/admin/users")).status).toBe(200);
  });

  it("judges a request by its key alone, even beside a valid session cookie", async () => {
    const response = await actors.clients.owner.fetch("/api/users/me", {
      headers: { authorization: `Bearer uc_${"B".repeat(43)}` },
    });
    expect(response.status).toBe(401);
  });
});

describe("cross-site requests", () => {
  it("accepts a Bearer request from any origin and still refuses a cookie one", async () => {
    const { secret } = await createKey(actors.clients.owner);
    const byKey = await withKey(secret)("/api/conversations", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({}),
    });
    expect(byKey.status).toBe(201);

    const byCookie = await actors.clients.owner.json(
      "/api/conversations",
      "POST",
      {},
      { origin: "https://evil.example" },
    );
    expect(byCookie.status).toBe(403);
    expect((await errorOf(byCookie)).code).toBe("cross_site_request");
  });
});
