import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { Conversation } from "@/models/conversation";
import { User } from "@/models/user";
import type { Client } from "../support/http";
import { createUser, signedIn, type TestUser } from "../support/users";

// Names every plain object has (or, for __proto__, its prototype): as keys
// of a request they are fields like any other.
const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty"];

let user: TestUser;
let client: Client;
beforeAll(async () => {
  user = await createUser();
  client = await signedIn(user);
});

async function send(path: string, method: string, rawJson: string) {
  const response = await client.fetch(path, {
    method,
    headers: { "content-type": "application/json" },
    body: rawJson,
  });
  return {
    status: response.status,
    body: (await response.json()) as { error: { code: string; fields?: Record<string, string[]> } },
  };
}

describe("a field named like a built-in property", () => {
  it.each(NAMES)("%s at the top level is a 400 naming it, and nothing is created", async (name) => {
    const { status, body } = await send("/api/conversations", "POST", `{"${name}": 1}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.fields).toEqual({ [name]: ["is not a known field"] });
    await connectDb();
    expect(await Conversation.countDocuments({ user_id: user.id })).toBe(0);
  });

  it.each(NAMES)("%s inside an object is a 400 naming it, and nothing changes", async (name) => {
    const { status, body } = await send(
      "/api/users/me",
      "PATCH",
      `{"displayName": "Renamed", "bio": "", "${name}": {"role": "admin"}}`,
    );
    expect(status).toBe(400);
    expect(Object.keys(body.error.fields ?? {})).toEqual([name]);
    const stored = await User.findById(user.id).lean();
    expect(stored?.profile.display_name).toBe(user.displayName);
    expect(stored?.role).toBe("user");
  });

  it("two problems with such names are both reported", async () => {
    const { status, body } = await send(
      "/api/conversations",
      "POST",
      `{"title": 5, "constructor": 1, "toString": 2}`,
    );
    expect(status).toBe(400);
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual([
      "constructor",
      "title",
      "toString",
    ]);
  });
});
