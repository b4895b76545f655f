import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page } from "@playwright/test";

const DEFAULT_PASSWORD = "E2e-pass-word-1";

/** Signs in through the form, as a person does. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/chat/);
}

interface NewAccount {
  /** The email's first part, before a random suffix: which spec made the account. */
  name: string;
  displayName: string;
  password?: string;
}

/** A new account, registered and signed in on `page`; its email. */
export async function signUpAndIn(
  page: Page,
  { name, displayName, password = DEFAULT_PASSWORD }: NewAccount,
): Promise<string> {
  const email = `${name}-${randomBytes(4).toString("hex")}@example.com`;
  const registered = await page.request.post("/api/auth/register", {
    data: { email, password, displayName },
  });
  expect(registered.status()).toBe(201);
  await signIn(page, email, password);
  return email;
}

/** A new account signed in on a browser context of its own, beside any other account's. */
export async function newAccountPage(
  browser: Browser,
  account: NewAccount,
): Promise<{ page: Page; email: string }> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  return { page, email: await signUpAndIn(page, account) };
}
