import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { signIn } from "./accounts";

test("the first admin from the environment reaches the admin area", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.getByRole("navigation").getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Accounts", { exact: true })).toBeVisible();
});

test("on a phone the admin tabs show the current one in full and fade where more follow", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto("/admin/configs");
  const tabs = page.getByRole("navigation", { name: "Admin" });
  const current = tabs.getByRole("link", { name: "Configs" });
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(async () => {
    const box = await current.boundingBox();
    // In full, and clear of the fade at the right edge.
    expect(box && box.x >= 0 && box.x + box.width <= 390 - 40).toBe(true);
  }).toPass();

  await tabs.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const mask = await tabs.getByRole("list").evaluate((list) => getComputedStyle(list).maskImage);
  expect(mask).toContain("linear-gradient");
});

test("an ordinary user sees no admin link and is sent back from /admin", async ({ page }) => {
  const email = `plain-${Date.now()}@example.com`;
  const password = "Plain-user-pass-1";
  const registered = await page.request.post("/api/auth/register", {
    data: { email, password, displayName: "Plain User" },
  });
  expect(registered.status()).toBe(201);
  await signIn(page, email, password);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Admin" })).toHaveCount(0);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/chat$/);
});

test("the chosen theme is kept across reloads", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.getByRole("button", { name: "Change theme" }).click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Change theme" }).click();
  await page.getByRole("menuitemradio", { name: "Light" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});

test("an admin finds a new user, bans them with a reason, and the ban shows at once", async ({
  page,
  browser,
}) => {
  const email = `banned-${Date.now()}@example.com`;
  const password = "Soon-banned-pass-1";
  const reason = "Shared the account with the whole class";

  // The user is signed in, in their own browser, before the ban.
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const registered = await userPage.request.post("/api/auth/register", {
    data: { email, password, displayName: "Soon Banned" },
  });
  expect(registered.status()).toBe(201);
  await signIn(userPage, email, password);

  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto("/admin/users");
  await page.getByRole("searchbox", { name: "Search users" }).fill(email);
  await expect(page).toHaveURL(/[?&]q=/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2); // the header and the one match
  await page.getByRole("link", { name: "Soon Banned" }).click();

  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f]{24}$/);
  await expect(page.getByRole("heading", { name: "Soon Banned" })).toBeVisible();
  await page.getByRole("button", { name: "Ban", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Ban Soon Banned?" });
  await expect(dialog.getByRole("button", { name: "Ban", exact: true })).toBeDisabled();
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Ban", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Reason: ${reason}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Unban" })).toBeVisible();
  // The status beside the name follows at once, without a reload.
  await expect(page.getByText("Banned", { exact: true })).toBeVisible();
  await expect(page.getByText("Active", { exact: true })).toHaveCount(0);

  // The ban ended the session: the next request goes to the login page, which says why,
  // and signing in is refused.
  await userPage.reload();
  await expect(userPage).toHaveURL(/\/login/);
  await expect(userPage.getByText("This account has been suspended")).toBeVisible();
  await expect(userPage.getByText(`Reason given: ${reason}`)).toBeVisible();
  await userPage.getByLabel("Email").fill(email);
  await userPage.getByLabel("Password", { exact: true }).fill(password);
  await userPage.getByRole("button", { name: /sign in/i }).click();
  await expect(userPage.getByText(/This account has been suspended/)).toBeVisible();
  await expect(userPage).toHaveURL(/\/login/);
  await userContext.close();

  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Audit log" })
    .click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption("user.ban");
  const entry = page.getByRole("row").filter({ hasText: email });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Banned a user");
  await expect(entry).toContainText(reason);
  await entry.getByRole("button", { name: "Changes" }).click();
  // The innermost row: the diff table sits inside the expanded entry's own row.
  await expect(page.getByRole("row").filter({ hasText: "is_banned" }).last()).toContainText("true");
});

test("an admin cannot ban themselves: the dialog says why", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(`/admin/users?q=${encodeURIComponent(E2E_ADMIN.email)}`);
  await page.getByRole("table").getByRole("link").first().click();
  await page.getByRole("button", { name: "Ban", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Reason").fill("Testing the guard");
  await dialog.getByRole("button", { name: "Ban", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("You cannot ban yourself");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Ban", exact: true })).toBeVisible();
});
