import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";
import { createKey, withKey } from "../support/api-keys";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { Client } from "../support/http";
import { createUser, signedIn } from "../support/users";

const NEW_PASSWORD = "Brand-new-pass-2";
const WRONG = "Not-the-one-1";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

async function passwordHash(id: string) {
  await connectDb();
  return (await User.findById(id).select("password_hash").lean())?.password_hash;
}

const change = (body: Record<string, unknown>) => (client: Client) =>
  client.json("/api/users/me/password", "POST", body);

describe("POST /api/users/me/password", () => {
  it("answers each caller for their own account only", async () => {
    await expectMatrix(actors, change({ currentPassword: WRONG, newPassword: NEW_PASSWORD }), {
      anonymous: 401,
      owner: 400,
      other: 400,
      banned: 403,
      admin: 400,
    });
  });

  it("refuses an API key, even with the right current password", async () => {
    const user = await createUser();
    const { secret } = await createKey(await signedIn(user));
    const before = await passwordHash(user.id);
    const response = await withKey(secret)("/api/users/me/password", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ currentPassword: user.password, newPassword: NEW_PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect(await passwordHash(user.id)).toBe(before);
  });

  it("limits wrong current passwords like sign-in, sharing the count with it", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push(
        (await change({ currentPassword: WRONG, newPassword: NEW_PASSWORD })(client)).status,
      );
    }
    expect(statuses).toEqual(Array(10).fill(400));
    const before = await passwordHash(user.id);
    const limited = await change({ currentPassword: user.password, newPassword: NEW_PASSWORD })(
      client,
    );
    expect(limited.status).toBe(429);
    expect(await passwordHash(user.id)).toBe(before);
    // Sign-in shares the count: not from this address, but from elsewhere.
    expect((await client.signIn(user.email, user.password)).code).toBe("rate_limited");
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(true);
  });

  it("revokes the account's API keys unless told not to", async () => {
    const [revoking, keeping] = await Promise.all([createUser(), createUser()]);
    for (const [user, body, keyStatus] of [
      [revoking, {}, 401],
      [keeping, { revokeApiKeys: false }, 200],
    ] as const) {
      const client = await signedIn(user);
      const { secret } = await createKey(client);
      const script = withKey(secret);
      expect((await script("/api/users/me")).status).toBe(200);
      const changed = await change({
        currentPassword: user.password,
        newPassword: NEW_PASSWORD,
        ...body,
      })(client);
      expect(changed.status).toBe(204);
      expect((await client.fetch("/api/users/me")).status).toBe(401);
      expect((await script("/api/users/me")).status).toBe(keyStatus);
    }
  });

  it("refuses a revokeApiKeys that is not true or false, changing nothing", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const before = await passwordHash(user.id);
    const response = await change({
      currentPassword: user.password,
      newPassword: NEW_PASSWORD,
      revokeApiKeys: "no",
    })(client);
    expect(response.status).toBe(400);
    expect(
      Object.keys(((await response.json()) as { error: { fields: object } }).error.fields),
    ).toEqual(["revokeApiKeys"]);
    expect(await passwordHash(user.id)).toBe(before);
  });
});
