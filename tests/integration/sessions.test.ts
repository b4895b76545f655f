import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";
import { GOOD_PASSWORD } from "../support/constants";
import { Client } from "../support/http";
import { banUser, createUser, signedIn, type TestUser } from "../support/users";

async function me(client: Client) {
  return client.fetch("/api/users/me");
}

describe("signing in", () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createUser();
  });

  it("signs in with email and password, case-insensitively on the email", async () => {
    const client = new Client();
    expect((await client.signIn(user.email.toUpperCase(), user.password)).ok).toBe(true);
    const response = await me(client);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { email: string }).email).toBe(user.email);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const wrong = await new Client().signIn(user.email, "Wrong-password-1");
    const unknown = await new Client().signIn("nobody@example.com", GOOD_PASSWORD);
    expect(wrong).toEqual({ ok: false, code: "credentials" });
    expect(unknown).toEqual({ ok: false, code: "credentials" });
  });

  it("is not fooled by query operators in the credentials", async () => {
    for (const body of [
      { email: { $gt: "" }, password: { $gt: "" } },
      { email: user.email, password: { $ne: "x" } },
      { email: { $regex: ".*" }, password: GOOD_PASSWORD },
    ]) {
      const client = new Client();
      const csrf = (await (await client.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      await client.json("/api/auth/callback/credentials", "POST", {
        ...body,
        csrfToken: csrf.csrfToken,
      });
      expect(client.hasSession()).toBe(false);
      expect((await me(client)).status).toBe(401);
    }
    const client = new Client();
    expect((await client.signIn("[object Object]", "[object Object]")).ok).toBe(false);
  });

  it("refuses a banned account with its own code", async () => {
    const banned = await createUser();
    await banUser(banned);
    expect(await new Client().signIn(banned.email, banned.password)).toEqual({
      ok: false,
      code: "banned",
    });
  });
});

describe("sessions end on the server", () => {
  it("an API answers 401 without a session", async () => {
    const response = await me(new Client());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "unauthorized", message: "Sign in to continue." },
    });
  });

  it("a copied cookie stops working after sign-out", async () => {
    const client = await signedIn(await createUser());
    const copied = client.cookieHeader;
    await client.signOut();
    const replay = await new Client().fetch("/api/users/me", { headers: { cookie: copied } });
    expect(replay.status).toBe(401);
  });

  it("a ban takes effect on the very next request", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    expect((await me(client)).status).toBe(200);
    await banUser(user);
    const response = await me(client);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("banned");
  });

  it("a password change signs out every session and only the new password works", async () => {
    const user = await createUser();
    const [laptop, phone] = [await signedIn(user), await signedIn(user)];
    const newPassword = "Brand-new-pass-2";
    const changed = await laptop.json("/api/users/me/password", "POST", {
      currentPassword: user.password,
      newPassword,
    });
    expect(changed.status).toBe(204);
    expect((await me(laptop)).status).toBe(401);
    expect((await me(phone)).status).toBe(401);
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(false);
    expect((await new Client().signIn(user.email, newPassword)).ok).toBe(true);
  });

  it("a password change needs the current password and a good new one", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const wrong = await client.json("/api/users/me/password", "POST", {
      currentPassword: "Not-the-one-1",
      newPassword: "Brand-new-pass-2",
    });
    expect(wrong.status).toBe(400);
    const weak = await client.json("/api/users/me/password", "POST", {
      currentPassword: user.password,
      newPassword: "weak",
    });
    expect(weak.status).toBe(400);
    expect((await me(client)).status).toBe(200);
  });

  it("a deleted account's session is refused", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    await connectDb();
    await User.deleteOne({ _id: user.id });
    expect((await me(client)).status).toBe(401);
  });
});

describe("sign-in links", () => {
  it("point at the address the browser used, as told by the trusted proxy", async () => {
    const response = await new Client().fetch("/api/auth/providers", {
      headers: { "x-forwarded-host": "chat.example.org", "x-forwarded-proto": "https" },
    });
    const providers = (await response.json()) as { credentials: { callbackUrl: string } };
    expect(providers.credentials.callbackUrl).toBe(
      "https://chat.example.org/api/auth/callback/credentials",
    );
  });
});
