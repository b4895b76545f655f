import { beforeAll, describe, expect, it } from "vitest";
import { User } from "@/models/user";
import { createKey, withKey } from "../support/api-keys";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";
import { TEST_APP_URL } from "../support/constants";
import { Client } from "../support/http";
import { mailsTo, tokenIn, waitForMail } from "../support/mail";
import { createUser, signedIn, uniqueEmail } from "../support/users";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

function requestChange(client: Client, body: unknown): Promise<Response> {
  return client.json("/api/users/me/email", "POST", body);
}

function confirm(client: Client, token: string): Promise<Response> {
  return client.json("/api/auth/confirm-email", "POST", { token });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; fields?: Record<string, string[]> } })
    .error;
}

describe("POST /api/users/me/email", () => {
  it("is for the signed-in person only, never an API key", async () => {
    await expectMatrix(
      actors,
      (client, actor) =>
        requestChange(client, {
          newEmail: uniqueEmail(actor),
          password: actor === "anonymous" ? "x" : actors[actor].password,
        }),
      { anonymous: 401, owner: 202, other: 202, banned: 403, admin: 202 },
    );
    const { secret } = await createKey(actors.clients.owner);
    const response = await withKey(secret)("/api/users/me/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ newEmail: uniqueEmail(), password: actors.owner.password }),
    });
    expect(response.status).toBe(403);
  });

  it("needs the password, a new address and a free one, and mails nobody otherwise", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const wanted = uniqueEmail("wanted");

    const wrong = await requestChange(client, { newEmail: wanted, password: "Wrong-pass-1" });
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).fields?.password).toBeDefined();

    const same = await requestChange(client, { newEmail: user.email, password: user.password });
    expect((await errorOf(same)).fields?.newEmail).toBeDefined();

    const taken = await requestChange(client, {
      newEmail: actors.other.email,
      password: user.password,
    });
    expect(taken.status).toBe(409);

    const extra = await requestChange(client, {
      newEmail: wanted,
      password: user.password,
      role: "admin",
    });
    expect(extra.status).toBe(400);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mailsTo(wanted)).toEqual([]);
    expect((await User.findById(user.id).lean())?.email).toBe(user.email);
  });
});

describe("POST /api/auth/confirm-email", () => {
  it("changes the email only once the link is followed, and tells the old address", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const newEmail = uniqueEmail("moved");

    expect((await requestChange(client, { newEmail, password: user.password })).status).toBe(202);
    const mail = await waitForMail(newEmail);
    expect(mail.subject).toBe("Uni-Chat: Confirm your new email address");
    const token = tokenIn(mail, "confirm-email");
    expect(mail.text).toContain(`${TEST_APP_URL}/confirm-email?token=${token}`);

    // Not yet: the account keeps its address until the link is followed.
    expect((await User.findById(user.id).lean())?.email).toBe(user.email);
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(true);

    // The link works from any browser, signed in or not.
    const confirmed = await confirm(new Client(), token);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toEqual({ email: newEmail });
    expect((await User.findById(user.id).lean())?.email).toBe(newEmail);
    expect((await new Client().signIn(newEmail, user.password)).ok).toBe(true);
    expect((await new Client().signIn(user.email, user.password)).ok).toBe(false);
    expect((await client.fetch("/api/users/me")).status).toBe(200);

    const notice = await waitForMail(user.email);
    expect(notice.subject).toBe("Uni-Chat: Your email address was changed");
    expect(notice.text).toContain(newEmail);

    const again = await confirm(new Client(), token);
    expect(again.status).toBe(400);
    expect((await errorOf(again)).code).toBe("invalid_token");
  });

  it("writes to an account that follows the browser in the language of the browser asking", async () => {
    const user = await createUser();
    const client = await signedIn(user);
    const newEmail = uniqueEmail("umgezogen");
    const german = { "accept-language": "de-DE,de;q=0.9,en;q=0.8" };

    const asked = await client.json(
      "/api/users/me/email",
      "POST",
      { newEmail, password: user.password },
      german,
    );
    expect(asked.status).toBe(202);
    const mail = await waitForMail(newEmail);
    expect(mail.subject).toBe("Uni-Chat: Bestätige deine neue E-Mail-Adresse");
    expect(mail.text).toContain("Diese Adresse bestätigen:");

    const token = tokenIn(mail, "confirm-email");
    expect((await client.json("/api/auth/confirm-email", "POST", { token }, german)).status).toBe(
      200,
    );
    const notice = await waitForMail(user.email);
    expect(notice.subject).toBe("Uni-Chat: Deine E-Mail-Adresse wurde geändert");
    expect(notice.text).toContain(
      `Die E-Mail-Adresse deines Kontos wurde in ${newEmail} geändert.`,
    );
  });

  it("refuses an unknown token, and a reset token, with a clear 400", async () => {
    expect((await errorOf(await confirm(new Client(), "made-up"))).code).toBe("invalid_token");

    const user = await createUser();
    await new Client().json("/api/auth/forgot-password", "POST", { email: user.email });
    const resetToken = tokenIn(await waitForMail(user.email), "reset-password");
    expect((await confirm(new Client(), resetToken)).status).toBe(400);
  });
});
