import { describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";
import { GOOD_PASSWORD } from "../support/constants";
import { Client } from "../support/http";
import { uniqueEmail } from "../support/users";

interface RegisterResponse {
  id: string;
  error: { code: string; message: string; fields: Record<string, string[] | undefined> };
}

async function register(body: unknown, client = new Client()) {
  const response = await client.json("/api/auth/register", "POST", body);
  return { status: response.status, body: (await response.json()) as RegisterResponse };
}

async function countUsers(email: string) {
  await connectDb();
  return User.countDocuments({ email: email.toLowerCase() });
}

describe("POST /api/auth/register", () => {
  it("creates an ordinary account with a normalised email and a bcrypt hash of cost 12", async () => {
    const email = uniqueEmail("New");
    const { status, body } = await register({
      email: `  ${email.toUpperCase()} `,
      password: GOOD_PASSWORD,
      displayName: "  Ada Lovelace ",
    });
    expect(status).toBe(201);
    expect(body.id).toMatch(/^[0-9a-f]{24}$/);

    const user = await User.findById(body.id).lean();
    expect(user?.email).toBe(email.toLowerCase());
    expect(user?.role).toBe("user");
    expect(user?.profile.display_name).toBe("Ada Lovelace");
    expect(user?.password_hash).toMatch(/^\$2[aby]\$12\$/);
    expect(user?.password_hash).not.toContain(GOOD_PASSWORD);
  });

  it("refuses a second account for the same email, whatever its case, with 409", async () => {
    const email = uniqueEmail();
    expect((await register({ email, password: GOOD_PASSWORD, displayName: "A" })).status).toBe(201);
    const again = await register({
      email: email.toUpperCase(),
      password: GOOD_PASSWORD,
      displayName: "B",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("email_taken");
    expect(again.body.error.fields.email).toBeDefined();
    expect(await countUsers(email)).toBe(1);
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ["a missing email", { password: GOOD_PASSWORD, displayName: "A" }, "email", /text/],
    [
      "a malformed email",
      { email: "not-an-email", password: GOOD_PASSWORD, displayName: "A" },
      "email",
      /valid email/,
    ],
    [
      "a short password",
      { email: "x", password: "Ab1", displayName: "A" },
      "password",
      /at least 8/,
    ],
    [
      "no uppercase letter",
      { email: "x", password: "lowercase1", displayName: "A" },
      "password",
      /uppercase/,
    ],
    [
      "no lowercase letter",
      { email: "x", password: "UPPERCASE1", displayName: "A" },
      "password",
      /lowercase/,
    ],
    ["no digit", { email: "x", password: "NoDigitsHere", displayName: "A" }, "password", /digit/],
    [
      "an empty display name",
      { email: "x", password: GOOD_PASSWORD, displayName: "   " },
      "displayName",
      /empty/,
    ],
    [
      "a long display name",
      { email: "x", password: GOOD_PASSWORD, displayName: "n".repeat(61) },
      "displayName",
      /60/,
    ],
    [
      "an operator as email",
      { email: { $gt: "" }, password: GOOD_PASSWORD, displayName: "A" },
      "email",
      /text/,
    ],
    [
      "an operator as password",
      { email: "x", password: { $gt: "" }, displayName: "A" },
      "password",
      /text/,
    ],
  ];

  it.each(bad)(
    "answers 400 naming the field for %s, and creates nothing",
    async (_, input, field, why) => {
      const email = uniqueEmail();
      const body = { ...input, ...(input.email === "x" ? { email } : {}) };
      const result = await register(body);
      expect(result.status).toBe(400);
      expect(result.body.error.code).toBe("invalid_input");
      expect(result.body.error.fields[field]?.join(" ")).toMatch(why);
      expect(await countUsers(email)).toBe(0);
    },
  );

  it("refuses fields it does not know, such as a role, instead of storing them", async () => {
    const email = uniqueEmail();
    const result = await register({
      email,
      password: GOOD_PASSWORD,
      displayName: "A",
      role: "admin",
    });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body.error.fields)).toMatch(/role/);
    expect(await countUsers(email)).toBe(0);
  });

  it("answers 400 for a body that is not JSON and 413 for one that is too large", async () => {
    const client = new Client();
    const notJson = await client.fetch("/api/auth/register", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{nope",
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toMatch(
      /JSON/,
    );

    const huge = await client.json("/api/auth/register", "POST", {
      email: uniqueEmail(),
      password: GOOD_PASSWORD,
      displayName: "x".repeat(200_000),
    });
    expect(huge.status).toBe(413);
  });

  it("limits registrations from one address", async () => {
    const client = new Client();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const response = await client.json("/api/auth/register", "POST", { email: "bad" });
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
    // Another address is not affected.
    expect((await new Client().json("/api/auth/register", "POST", { email: "bad" })).status).toBe(
      400,
    );
  });
});
