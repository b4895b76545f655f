import { expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/chat/);
}

test("the first admin from the environment reaches the admin area", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.getByRole("navigation").getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
  await expect(page.getByText("Accounts")).toBeVisible();
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
