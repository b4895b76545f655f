import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";
import {
  FAKE_OIDC_CLIENT,
  type FakeIdentity,
  type FakeOidc,
  startFakeOidc,
} from "../fake-oidc/server";
import { GOOD_PASSWORD } from "../support/constants";
import { Client } from "../support/http";
import { OwnApps } from "../support/own-app";
import { banUser, createUser, sessionUserOf, uniqueEmail } from "../support/users";

// One app with single sign-on set up and password sign-up closed, on the run's database.
const own = new OwnApps();
let oidc: FakeOidc;
let appUrl: string;

beforeAll(async () => {
  oidc = await startFakeOidc();
  const app = await own.start({
    MONGODB_URI: inject("mongoUri"),
    DATA_DIR: await own.folder(),
    AUTH_OIDC_ISSUER: oidc.issuer,
    AUTH_OIDC_CLIENT_ID: FAKE_OIDC_CLIENT.id,
    AUTH_OIDC_CLIENT_SECRET: FAKE_OIDC_CLIENT.secret,
    AUTH_OIDC_NAME: "Test Identity",
    ALLOW_REGISTRATION: "false",
  });
  appUrl = app.url;
}, 120_000);

afterAll(async () => {
  await own.cleanUp();
  await oidc?.stop();
});

/**
 * Goes through the whole OpenID Connect flow as a browser would: the app's
 * sign-in sends it to the provider, which approves at once and sends it back
 * to the app's callback. Returns where the app sent it in the end.
 */
async function signInWithSso(identity: FakeIdentity, client = new Client(appUrl)) {
  oidc.signInAs(identity);
  const csrf = (await (await client.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const start = await client.fetch("/api/auth/signin/oidc", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: "/chat" }),
  });
  const authorize = start.headers.get("location") ?? "";
  expect(authorize.startsWith(`${oidc.issuer}/authorize`)).toBe(true);
  const approved = await fetch(authorize, { redirect: "manual" });
  const callback = new URL(approved.headers.get("location") ?? "");
  // Back to the very origin the browser started at (127.0.0.1, not localhost), where its cookies are.
  expect(callback.origin).toBe(new URL(appUrl).origin);
  expect(callback.pathname).toBe("/api/auth/callback/oidc");
  const done = await client.fetch(`${callback.pathname}${callback.search}`);
  const landed = new URL(done.headers.get("location") ?? "/", appUrl);
  return { client, landed, error: landed.searchParams.get("error") };
}

async function me(client: Client) {
  const response = await client.fetch("/api/users/me");
  return {
    status: response.status,
    body: (await response.json()) as { email?: string; role?: string },
  };
}

async function userByEmail(email: string) {
  await connectDb();
  return User.findOne({ email }).lean();
}

/**
 * A page as it shows, without its scripts: they carry the messages of every
 * page in the browser's language, those of the parts this page leaves out too.
 */
async function shownPage(client: Client, path: string): Promise<string> {
  const html = await (await client.fetch(path)).text();
  return html.replace(/<script\b[\s\S]*?<\/script>/g, "");
}

const subject = () => `sub-${Math.random().toString(36).slice(2)}`;

describe("single sign-on through OpenID Connect", () => {
  it("creates an account on a first sign-in, even with password sign-up closed", async () => {
    const email = uniqueEmail("sso");
    const { client, landed, error } = await signInWithSso({
      sub: subject(),
      email,
      email_verified: true,
      name: "Grace Hopper",
    });
    expect(error).toBeNull();
    expect(landed.pathname).toBe("/chat");
    expect(await me(client)).toMatchObject({ status: 200, body: { email, role: "user" } });

    const user = await userByEmail(email);
    expect(user?.profile.display_name).toBe("Grace Hopper");
    expect(user?.password_hash).toBe("");
    expect(user?.oidc_subject).toContain(oidc.issuer);
  });

  it("signs the same identity in to the same account, even after its email changed", async () => {
    const sub = subject();
    const email = uniqueEmail("sso");
    await signInWithSso({ sub, email, email_verified: true });
    const again = await signInWithSso({ sub, email: uniqueEmail("moved"), email_verified: true });
    expect(again.error).toBeNull();
    expect((await me(again.client)).body.email).toBe(email);
    expect(await User.countDocuments({ oidc_subject: `${oidc.issuer} ${sub}` })).toBe(1);
  });

  it("links an existing account whose email the provider verified, keeping its role and password", async () => {
    const admin = await createUser({ role: "admin" });
    const { client, error } = await signInWithSso({
      sub: subject(),
      email: admin.email.toUpperCase(),
      email_verified: true,
    });
    expect(error).toBeNull();
    expect(await me(client)).toMatchObject({
      status: 200,
      body: { email: admin.email, role: "admin" },
    });
    expect(await User.countDocuments({ email: admin.email })).toBe(1);

    const withPassword = new Client(appUrl);
    expect((await withPassword.signIn(admin.email, admin.password)).ok).toBe(true);
  });

  it("never links an existing account to an email the provider did not verify", async () => {
    const owner = await createUser();
    for (const email_verified of [false, undefined]) {
      const { client, landed, error } = await signInWithSso({
        sub: subject(),
        email: owner.email,
        email_verified,
      });
      expect(landed.pathname).toBe("/login");
      expect(error).toBe("sso-unverified");
      expect(client.hasSession()).toBe(false);
    }
    expect((await userByEmail(owner.email))?.oidc_subject).toBeNull();
  });

  it("does not link an account already linked to another identity", async () => {
    const email = uniqueEmail("sso");
    await signInWithSso({ sub: subject(), email, email_verified: true });
    const other = await signInWithSso({ sub: subject(), email, email_verified: true });
    expect(other.error).toBe("sso-taken");
    expect(other.client.hasSession()).toBe(false);
  });

  it("refuses an identity without an email, creating nothing", async () => {
    const sub = subject();
    const { client, error } = await signInWithSso({ sub });
    expect(error).toBe("sso-no-email");
    expect(client.hasSession()).toBe(false);
    expect(await User.countDocuments({ oidc_subject: `${oidc.issuer} ${sub}` })).toBe(0);
  });

  it("refuses a banned account", async () => {
    const user = await createUser();
    const sub = subject();
    expect(
      (await signInWithSso({ sub, email: user.email, email_verified: true })).error,
    ).toBeNull();
    await banUser(user);
    const { client, error } = await signInWithSso({ sub, email: user.email, email_verified: true });
    expect(error).toBe("banned");
    expect(client.hasSession()).toBe(false);
  });

  it("gives an account made by single sign-on no password anyone could guess", async () => {
    const email = uniqueEmail("sso");
    await signInWithSso({ sub: subject(), email, email_verified: true });
    for (const password of ["", GOOD_PASSWORD, "undefined"]) {
      expect((await new Client(appUrl).signIn(email, password)).ok).toBe(false);
    }
  });

  it("shows the button and hides sign-up on the sign-in page", async () => {
    const html = await shownPage(new Client(appUrl), "/login");
    expect(html).toContain("Continue with Test Identity");
    expect(html).not.toContain("Create an account");
    const register = await shownPage(new Client(appUrl), "/register");
    expect(register).toContain("Sign-up is closed");
  });
});

describe("deleting an account made by single sign-on", () => {
  it("needs no password right after signing in", async () => {
    const email = uniqueEmail("sso");
    const { client } = await signInWithSso({ sub: subject(), email, email_verified: true });
    const response = await client.json("/api/users/me", "DELETE", {});
    expect(response.status).toBe(204);
    expect(await userByEmail(email)).toBeNull();
  });

  it("asks for a fresh sign-in once the last one is over ten minutes old", async () => {
    const email = uniqueEmail("sso");
    await signInWithSso({ sub: subject(), email, email_verified: true });
    const user = await userByEmail(email);
    if (!user) throw new Error("no account");
    const actor = sessionUserOf({
      id: String(user._id),
      email,
      password: "",
      displayName: user.profile.display_name,
    });
    const stale = Math.floor(Date.now() / 1000) - 11 * 60;
    await expect(
      deleteAccount(actor, {}, { address: "::1", signedInAt: stale }),
    ).rejects.toMatchObject({
      code: "reauthentication_required",
      status: 403,
    });
    expect(await userByEmail(email)).not.toBeNull();
  });

  it("still needs the password of an account that has one", async () => {
    const user = await createUser();
    const client = new Client(appUrl);
    expect((await client.signIn(user.email, user.password)).ok).toBe(true);
    const response = await client.json("/api/users/me", "DELETE", {});
    expect(response.status).toBe(400);
    expect(await userByEmail(user.email)).not.toBeNull();
  });
});

describe("ALLOW_REGISTRATION=false", () => {
  it("refuses a password sign-up with 403 and creates nothing", async () => {
    const email = uniqueEmail("closed");
    const response = await new Client(appUrl).json("/api/auth/register", "POST", {
      email,
      password: GOOD_PASSWORD,
      displayName: "Closed",
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "registration_closed",
    );
    expect(await userByEmail(email)).toBeNull();
  });

  it("leaves sign-up open on an app that does not set it", async () => {
    const html = await shownPage(new Client(), "/login");
    expect(html).toContain("Create an account");
    expect(html).not.toContain("Continue with");
  });
});
