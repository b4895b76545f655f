import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";

test("a newcomer registers, signs in, finds the app shell and signs out", async ({ page }) => {
  const email = `e2e-${randomBytes(4).toString("hex")}@example.com`;
  const password = "Playwright-pass-1";

  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("link", { name: /create an account|sign up|register/i }).click();
  await expect(page).toHaveURL(/\/register/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill("Grace Hopper");
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /create account/i }).click();

  await expect(page).toHaveURL(/\/chat/);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Chat" })).toBeVisible();
  await expect(page.getByText(/Grace/).first()).toBeVisible();
  // Unsent text is kept in the tab, but not for whoever signs in next.
  const composer = page.getByLabel("Message", { exact: true });
  await composer.fill("Private draft");

  await page.getByRole("button", { name: /account menu|user menu|Grace Hopper/i }).click();
  await page.getByRole("menuitem", { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByRole("heading", { name: /settings/i }).first()).toBeVisible();
  await page.goto("/chat");
  await expect(composer).toBeFocused();
  await expect(composer).toHaveValue("");
});

test("a wrong password is explained and nothing else happens", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password", { exact: true }).fill("Wrong-pass-1");
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
