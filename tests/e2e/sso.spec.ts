import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN, E2E_OIDC_ISSUER, E2E_OIDC_NAME } from "../../playwright.config";

test("a newcomer signs in through the identity provider and gets an account", async ({ page }) => {
  const email = `sso-${randomBytes(4).toString("hex")}@example.com`;
  // The fake provider approves at once; this is who it says signed in.
  const chosen = await page.request.post(`${E2E_OIDC_ISSUER}/__identity`, {
    data: { sub: `e2e-${email}`, email, email_verified: true, name: "Katherine Johnson" },
  });
  expect(chosen.status()).toBe(204);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("button", { name: `Continue with ${E2E_OIDC_NAME}` }).click();

  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText(/no password of its own/)).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue("Katherine Johnson");
});

test("an identity without a verified email cannot take over an existing account", async ({
  page,
}) => {
  const chosen = await page.request.post(`${E2E_OIDC_ISSUER}/__identity`, {
    data: { sub: `e2e-${randomBytes(4).toString("hex")}`, email: E2E_ADMIN.email },
  });
  expect(chosen.status()).toBe(204);

  await page.goto("/login");
  await page.getByRole("button", { name: `Continue with ${E2E_OIDC_NAME}` }).click();
  await expect(page).toHaveURL(/\/login\?error=sso-unverified/);
  await expect(page.getByText(/has not verified the address/)).toBeVisible();
});
