import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";

// This file's own client address (see playwright.config.ts): its accounts do not count against the others'.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.32" } });

const PASSWORD = "Two-tabs-pass-1";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/chat/);
}

test("a second tab follows the first without a reload, and a ban signs it out at once, saying why", async ({
  page,
  browser,
}) => {
  const email = `two-tabs-${randomBytes(4).toString("hex")}@example.com`;
  const reason = "Lent the account to a friend";

  const context = await browser.newContext();
  const first = await context.newPage();
  const registered = await first.request.post("/api/auth/register", {
    data: { email, password: PASSWORD, displayName: "Two Tabs" },
  });
  expect(registered.status()).toBe(201);
  await signIn(first, email, PASSWORD);
  const second = await context.newPage();
  await second.goto("/chat");
  const firstSidebar = first.locator("aside");
  const secondSidebar = second.locator("aside");
  await expect(secondSidebar.getByText("No conversations yet")).toBeVisible();

  // Started in the first tab: the second tab's sidebar shows it.
  const origin = new URL(first.url()).origin;
  const created = await first.request.post("/api/conversations", {
    data: { title: "Made in tab one" },
    headers: { Origin: origin },
  });
  expect(created.status()).toBe(201);
  await expect(secondSidebar.getByRole("link", { name: "Made in tab one" })).toBeVisible();

  // Renamed in the first tab's sidebar: the second follows.
  await expect(firstSidebar.getByRole("link", { name: "Made in tab one" })).toBeVisible();
  await firstSidebar.getByRole("link", { name: "Made in tab one", exact: true }).hover();
  await firstSidebar.getByRole("button", { name: 'Options for "Made in tab one"' }).click();
  await first.getByRole("menuitem", { name: "Rename" }).click();
  const titleField = firstSidebar.getByRole("textbox", { name: "Conversation title" });
  await titleField.fill("Renamed in tab one");
  await titleField.press("Enter");
  await expect(secondSidebar.getByRole("link", { name: "Renamed in tab one" })).toBeVisible();
  await expect(secondSidebar.getByRole("link", { name: "Made in tab one" })).toHaveCount(0);

  // The admin bans the account elsewhere: the open tab goes to the sign-in page, saying why.
  const me = (await (await first.request.get("/api/users/me")).json()) as { id: string };
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(`/admin/users/${me.id}`);
  await page.getByRole("button", { name: "Ban", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Ban Two Tabs?" });
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Ban", exact: true }).click();
  await expect(dialog).toBeHidden();

  for (const tab of [first, second]) {
    await expect(tab).toHaveURL(/\/login\?error=banned/);
    await expect(tab.getByText(`Reason given: ${reason}`)).toBeVisible();
  }
  await context.close();
});
