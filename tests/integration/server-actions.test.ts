import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";
import type { Client } from "../support/http";
import { actionId, callServerAction } from "../support/server-action";
import { createUser, signedIn, type TestUser } from "../support/users";

const SETTINGS = "app/(app)/settings/actions.ts";

async function theme(user: TestUser) {
  await connectDb();
  return (await User.findById(user.id).select("settings.theme").lean())?.settings.theme;
}

describe("server actions and the Origin header", () => {
  let user: TestUser;
  let client: Client;
  let updateSettings: string;
  const dark = { theme: "dark", language: "en", notificationsEnabled: true };

  beforeAll(async () => {
    user = await createUser();
    client = await signedIn(user);
    updateSettings = actionId(SETTINGS, "updateSettingsAction");
  });

  it("refuse a cookie POST without Origin, changing nothing", async () => {
    const before = await theme(user);
    const refused = await callServerAction(client, "/settings", updateSettings, [dark], null);
    expect(refused.text).toContain("cross_site_request");
    expect(await theme(user)).toBe(before);
  });

  it("refuse a cookie POST from another site, changing nothing", async () => {
    const before = await theme(user);
    const refused = await callServerAction(
      client,
      "/settings",
      updateSettings,
      [dark],
      "https://evil.example",
    );
    expect(refused.status).not.toBe(200);
    expect(await theme(user)).toBe(before);
  });

  it("run when the Origin is the app's own", async () => {
    const done = await callServerAction(client, "/settings", updateSettings, [dark]);
    expect(done.status).toBe(200);
    expect(done.text).not.toContain("cross_site_request");
    expect(await theme(user)).toBe("dark");
  });

  it("refuse a password change without Origin, so the old password still works", async () => {
    const other = await createUser();
    const otherClient = await signedIn(other);
    const changePassword = actionId(SETTINGS, "changePasswordAction");
    const refused = await callServerAction(
      otherClient,
      "/settings",
      changePassword,
      [{ currentPassword: other.password, newPassword: "Brand-new-pass-2" }],
      null,
    );
    expect(refused.text).toContain("cross_site_request");
    expect((await otherClient.fetch("/api/users/me")).status).toBe(200);
  });
});
