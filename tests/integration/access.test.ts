import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import type { Client } from "../support/http";
import { createUser, signedIn } from "../support/users";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

describe("the account routes", () => {
  it("GET /api/users/me answers each caller with their own profile only", async () => {
    const responses = await expectMatrix(actors, (client) => client.fetch("/api/users/me"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const owner = (await responses.owner.json()) as Record<string, unknown>;
    expect(owner.email).toBe(actors.owner.email);
    expect(owner).not.toHaveProperty("password_hash");
    expect(owner).not.toHaveProperty("passwordHash");
    expect(((await responses.other.json()) as { email: string }).email).toBe(actors.other.email);
  });

  it("PATCH /api/users/me changes the caller's profile and nobody else's", async () => {
    await expectMatrix(
      actors,
      (client, actor) =>
        client.json("/api/users/me", "PATCH", {
          displayName: `Name of ${actor}`,
          bio: "hello",
        }),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
    await connectDb();
    const [owner, banned] = await Promise.all([
      User.findById(actors.owner.id).lean(),
      User.findById(actors.banned.id).lean(),
    ]);
    expect(owner?.profile.display_name).toBe("Name of owner");
    expect(banned?.profile.display_name).toBe(actors.banned.displayName);
  });

  it("PATCH /api/users/me refuses a role, counters or unknown fields and changes nothing", async () => {
    const client = actors.clients.owner;
    for (const extra of [{ role: "admin" }, { usage: { tokens_limit: -1 } }, { email: "x@y.z" }]) {
      const response = await client.json("/api/users/me", "PATCH", {
        displayName: "Sneaky",
        bio: "",
        ...extra,
      });
      expect(response.status).toBe(400);
    }
    const user = await User.findById(actors.owner.id).lean();
    expect(user?.role).toBe("user");
    expect(user?.profile.display_name).not.toBe("Sneaky");
  });

  it("PATCH /api/users/me/settings validates each field", async () => {
    const client = actors.clients.owner;
    const good = await client.json("/api/users/me/settings", "PATCH", {
      theme: "dark",
      language: "de",
      notificationsEnabled: false,
    });
    expect(good.status).toBe(200);
    expect(((await good.json()) as { settings: unknown }).settings).toEqual({
      theme: "dark",
      language: "de",
      notificationsEnabled: false,
    });
    const bad = await client.json("/api/users/me/settings", "PATCH", {
      theme: "neon",
      language: "xx",
      notificationsEnabled: "yes",
    });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: Record<string, string[]> } }).error
      .fields;
    expect(Object.keys(fields).sort()).toEqual(["language", "notificationsEnabled", "theme"]);
  });
});

describe("cross-site requests", () => {
  it("refuses a cookie-authenticated change from another origin or with no origin", async () => {
    const client = actors.clients.owner;
    const body = { displayName: "From elsewhere", bio: "" };
    const evil = await client.json("/api/users/me", "PATCH", body, {
      origin: "https://evil.example",
    });
    expect(evil.status).toBe(403);
    const cookieOnly = await fetch(`${client.baseUrl}/api/users/me`, {
      method: "PATCH",
      headers: { cookie: client.cookieHeader, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(cookieOnly.status).toBe(403);
    const user = await User.findById(actors.owner.id).lean();
    expect(user?.profile.display_name).not.toBe("From elsewhere");
  });
});

describe("the admin area", () => {
  async function adminPage(client: Client) {
    const response = await client.fetch("/admin");
    return { status: response.status, location: response.headers.get("location") ?? "" };
  }

  it("sends anonymous visitors to the login page and non-admins back to the app", async () => {
    const anonymous = await adminPage(actors.clients.anonymous);
    expect(anonymous.status).toBe(307);
    expect(anonymous.location).toMatch(/\/login\?callbackUrl=%2Fadmin$/);
    const user = await adminPage(actors.clients.owner);
    expect(user.status).toBe(307);
    expect(user.location).toMatch(/\/chat$/);
    expect((await adminPage(actors.clients.admin)).status).toBe(200);
  });

  it("checks the database, not only the role in the cookie", async () => {
    const demoted = await createUser({ role: "admin" });
    const client = await signedIn(demoted);
    expect((await adminPage(client)).status).toBe(200);
    await User.updateOne({ _id: demoted.id }, { $set: { role: "user" } });
    const after = await adminPage(client);
    expect(after.status).toBe(307);
    expect(after.location).toMatch(/\/chat$/);
  });
});

describe("responses", () => {
  it("carry security headers, and the page CSP allows no eval", async () => {
    const page = await actors.clients.owner.fetch("/settings");
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    for (const response of [page, await actors.clients.anonymous.fetch("/api/health")]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const response = await actors.clients.owner.fetch("/api/no-such-thing");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
