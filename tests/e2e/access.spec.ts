import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { newAccountPage } from "./accounts";

const PASSWORD = "Access-pass-1";

/** A request on the page's session, from the page's own origin, as its scripts send them. */
function api(page: Page, method: "POST" | "PATCH", path: string, data?: unknown) {
  const origin = new URL(page.url()).origin;
  return page.request.fetch(path, { method, data, headers: { origin } });
}

test("a password change revokes the API keys unless the box is unticked", async ({ browser }) => {
  const { page } = await newAccountPage(browser, {
    name: "access",
    displayName: "Key Keeper",
    password: PASSWORD,
  });
  const created = await api(page, "POST", "/api/keys", { name: "script" });
  expect(created.status()).toBe(201);
  const { secret } = (await created.json()) as { secret: string };
  const withKey = () =>
    page.request.get("/api/users/me", { headers: { authorization: `Bearer ${secret}` } });

  await page.goto("/settings");
  const form = page.locator("form").filter({ has: page.getByText("Also revoke my API keys") });
  const change = async (from: string, to: string) => {
    await form.getByLabel("Current password").fill(from);
    await form.getByLabel("New password", { exact: true }).fill(to);
    await form.getByLabel("Confirm new password").fill(to);
    await form.getByRole("button", { name: "Change password" }).click();
  };

  const revoke = form.getByLabel("Also revoke my API keys");
  await expect(revoke).toBeChecked();
  await revoke.uncheck();
  await change(PASSWORD, "Second-pass-2");
  await expect(
    form.getByText("Password changed. Other devices have been signed out."),
  ).toBeVisible();
  expect((await withKey()).status()).toBe(200);

  await expect(revoke).toBeChecked({ checked: false });
  await revoke.check();
  await change("Second-pass-2", "Third-pass-3");
  await expect(form.getByText(/your API keys revoked/)).toBeVisible();
  expect((await withKey()).status()).toBe(401);
});

test("a saved config its author made private shows as no longer available and can be unsaved", async ({
  browser,
}) => {
  const name = `Secretive ${randomBytes(3).toString("hex")}`;
  const author = await newAccountPage(browser, {
    name: "access",
    displayName: "Ada Author",
    password: PASSWORD,
  });
  const created = await api(author.page, "POST", "/api/configs", {
    name,
    modelId: "fake/echo",
    systemPrompt: "Public prompt.",
    visibility: "public",
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const saver = await newAccountPage(browser, {
    name: "access",
    displayName: "Sam Saver",
    password: PASSWORD,
  });
  expect((await api(saver.page, "POST", `/api/configs/${id}/save`)).status()).toBe(200);
  await saver.page.goto("/configs");
  await expect(saver.page.getByRole("heading", { name, exact: true })).toBeVisible();

  expect(
    (await api(author.page, "PATCH", `/api/configs/${id}`, { visibility: "private" })).status(),
  ).toBe(200);
  await saver.page.reload();
  const placeholder = saver.page
    .getByRole("article")
    .filter({ has: saver.page.getByRole("heading", { name: "No longer available" }) });
  await expect(placeholder).toBeVisible();
  await expect(saver.page.getByText(name)).toHaveCount(0);
  await expect(saver.page.getByText(/Fake: echo|fake\/echo/)).toHaveCount(0);

  await placeholder.getByRole("button", { name: "Unsave the unavailable config" }).click();
  await expect(placeholder).toHaveCount(0);
  await expect(saver.page.getByRole("heading", { name: "No configs yet" })).toBeVisible();
});
