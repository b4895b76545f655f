import { describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/account/forgot-password";
import { AccountToken } from "@/models/account-token";
import { User } from "@/models/user";
import { TEST_APP_URL } from "../support/constants";
import { Client } from "../support/http";
import { mailsTo, tokenIn, waitForMail } from "../support/mail";
import { createUser, signedIn, uniqueEmail } from "../support/users";

const NEW_PASSWORD = "Brand-new-pass-7";

function forgot(client: Client, email: string): Promise<Response> {
  return client.json("/api/auth/forgot-password", "POST", { email });
}

function reset(client: Client, token: string, password = NEW_PASSWORD): Promise<Response> {
  return client.json("/api/auth/reset-password", "POST", { token, password });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; fields?: Record<string, string[]> } })
    .error;
}

/** Asks for a reset link for `email` and returns the token of the `count`th one mailed. */
async function resetToken(email: string, count = 1): Promise<string> {
  expect((await forgot(new Client(), email)).status).toBe(202);
  return tokenIn(await waitForMail(email, count), "reset-password");
}

describe("POST /api/auth/forgot-password", () => {
  it("mails a link to the app's public address, in plain text and HTML", async () => {
    const user = await createUser();
    const response = await forgot(new Client(), user.email);
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("");

    const mail = await waitForMail(user.email);
    expect(mail.subject).toBe("Uni-Chat: Reset your password");
    const token = tokenIn(mail, "reset-password");
    expect(mail.text).toContain(`${TEST_APP_URL}/reset-password?token=${token}`);
    expect(mail.html).toContain(`${TEST_APP_URL}/reset-password?token=${token}`);
    expect(mail.text).toContain("for 1 hour");
    // Only the hash is stored.
    expect(await AccountToken.exists({ token_hash: token })).toBeNull();
  });

  it("writes in the language the account chose, over the browser's", async () => {
    const user = await createUser();
    await User.updateOne({ _id: user.id }, { $set: { "settings.language": "de" } });
    const english = { "accept-language": "en-US,en;q=0.9" };
    const response = await new Client().json(
      "/api/auth/forgot-password",
      "POST",
      { email: user.email },
      english,
    );
    expect(response.status).toBe(202);

    const mail = await waitForMail(user.email);
    expect(mail.subject).toBe("Uni-Chat: Passwort zurücksetzen");
    const token = tokenIn(mail, "reset-password");
    expect(mail.text).toContain(
      `Neues Passwort wählen: ${TEST_APP_URL}/reset-password?token=${token}`,
    );
    expect(mail.text).toContain("einmal und eine Stunde lang");
    expect(mail.html).toContain(`Oder öffne diesen Link: ${TEST_APP_URL}/reset-password`);
  });

  it("answers an unknown email exactly as a known one, and mails nobody", async () => {
    const known = await forgot(new Client(), (await createUser()).email);
    const unknownEmail = uniqueEmail("nobody");
    const unknown = await forgot(new Client(), unknownEmail);
    expect([unknown.status, await unknown.text()]).toEqual([known.status, await known.text()]);
    expect([...unknown.headers.keys()].sort()).toEqual([...known.headers.keys()].sort());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailsTo(unknownEmail)).toEqual([]);
  });

  it("refuses a body that is not an email, changing nothing", async () => {
    const client = new Client();
    const response = await client.json("/api/auth/forgot-password", "POST", { email: "nope" });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields?.email).toBeDefined();
    const extra = await client.json("/api/auth/forgot-password", "POST", {
      email: uniqueEmail(),
      role: "admin",
    });
    expect(extra.status).toBe(400);
  });

  it("limits each address mailed, known or not, and each client address", async () => {
    for (const email of [(await createUser()).email, uniqueEmail("nobody")]) {
      for (let i = 0; i < 3; i++) expect((await forgot(new Client(), email)).status).toBe(202);
      const limited = await forgot(new Client(), email);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBeTruthy();
    }

    const client = new Client();
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await forgot(client, uniqueEmail("x"))).status);
    expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("answers 503 with a clear error when the server has no mail set up", async () => {
    // This process has no SMTP_URL, unlike the app server.
    await expect(
      requestPasswordReset({ email: uniqueEmail() }, { acceptLanguage: null }),
    ).rejects.toMatchObject({
      status: 503,
      code: "mail_not_configured",
    });
  });

  it("offers the link on the sign-in page when mail is set up", async () => {
    const page = await (await new Client().fetch("/login")).text();
    expect(page).toContain('href="/forgot-password"');
  });
});

describe("POST /api/auth/reset-password", () => {
  it("sets the password once, ends every session and keeps the old password out", async () => {
    const user = await createUser();
    const before = await signedIn(user);
    const token = await resetToken(user.email);

    expect((await reset(new Client(), token)).status).toBe(204);
    expect((await before.fetch("/api/users/me")).status).toBe(401);
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(false);
    expect((await new Client().signIn(user.email, NEW_PASSWORD)).ok).toBe(true);

    const again = await reset(new Client(), token, "Another-pass-8");
    expect(again.status).toBe(400);
    expect((await errorOf(again)).code).toBe("invalid_token");
    expect((await new Client().signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
  });

  it("refuses unknown, expired and replaced tokens with a clear 400", async () => {
    const unknown = await reset(new Client(), "not-a-token-we-made");
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_token");
    expect(body.error.message).toMatch(/new link/);

    const user = await createUser();
    const expired = await resetToken(user.email);
    await AccountToken.updateMany(
      { kind: "password_reset", used_at: null, email: user.email },
      { $set: { expires_at: new Date(Date.now() - 1000) } },
    );
    expect((await errorOf(await reset(new Client(), expired))).code).toBe("invalid_token");

    const first = await resetToken(user.email, 2);
    const second = await resetToken(user.email, 3);
    expect((await errorOf(await reset(new Client(), first))).code).toBe("invalid_token");
    expect((await reset(new Client(), second)).status).toBe(204);
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(false);
  });

  it("refuses a weak password without using the link up", async () => {
    const user = await createUser();
    const token = await resetToken(user.email);
    const weak = await reset(new Client(), token, "short");
    expect(weak.status).toBe(400);
    expect((await errorOf(weak)).fields?.password).toBeDefined();
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(true);
    expect((await reset(new Client(), token)).status).toBe(204);
  });

  it("lifts the wrong-password lockout of the account", async () => {
    const user = await createUser();
    const guesser = new Client();
    for (let i = 0; i < 10; i++) await guesser.signIn(user.email, "Wrong-pass-1");
    const locked = await guesser.signIn(user.email, user.password);
    expect(locked).toEqual({ ok: false, code: "rate_limited" });

    const token = await resetToken(user.email);
    expect((await reset(guesser, token)).status).toBe(204);
    expect((await guesser.signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
  });
});
