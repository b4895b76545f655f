import { beforeAll, describe, expect, it } from "vitest";
import { embeddedDbCapacity } from "@/lib/admin/capacity";
import { AppError } from "@/lib/errors";
import { Message } from "@/models/message";
import { User } from "@/models/user";
import { createUser, sessionUserOf } from "../support/users";

let admin: ReturnType<typeof sessionUserOf>;

beforeAll(async () => {
  admin = sessionUserOf(await createUser({ role: "admin" }), "admin");
});

describe("the embedded database's capacity warning", () => {
  it("stays quiet while there is room", async () => {
    // Other test files' accounts are active this week too: limits far above them all.
    const messages = await Message.estimatedDocumentCount();
    const room = { messages: messages * 2 + 10, activeThisWeek: 1_000_000 };
    expect(await embeddedDbCapacity(admin, room)).toBeNull();
  });

  it("warns from 80% of a limit, with the figures against the limits", async () => {
    const messages = await Message.estimatedDocumentCount();
    const limits = { messages: Math.floor(messages / 0.8), activeThisWeek: 1_000_000 };
    const warning = await embeddedDbCapacity(admin, limits);
    expect(warning).toMatchObject({ messages, limits });

    await User.updateOne({ _id: admin.id }, { $set: { "usage.last_active": new Date() } });
    const active = await embeddedDbCapacity(admin, { messages: 1e12, activeThisWeek: 1 });
    expect(active?.activeThisWeek).toBeGreaterThanOrEqual(1);
    expect(
      await embeddedDbCapacity(admin, { messages: messages * 2 + 10, activeThisWeek: 1e9 }),
    ).toBeNull();
  });

  it("is for admins only", async () => {
    const user = sessionUserOf(await createUser());
    await expect(embeddedDbCapacity(user)).rejects.toBeInstanceOf(AppError);
  });
});
