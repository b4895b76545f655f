import { randomBytes } from "node:crypto";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { E2E_MAILBOX } from "../../playwright.config";
import type { CaughtMail } from "../mail-catcher/mime";
import { signIn, signUpAndIn } from "./accounts";

// Registers accounts from an address of its own, under the per-address sign-up limit.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.51" } });

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

/** The link in the latest email to `to` that the app mailed, read from the mail catcher. */
async function mailedLink(request: APIRequestContext, to: string, page: string): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    const mails = (await (await request.get(E2E_MAILBOX)).json()) as CaughtMail[];
    const text = mails.filter((mail) => mail.to.includes(to)).at(-1)?.text ?? "";
    link = new RegExp(`http://\\S+/${page}\\?token=[\\w-]+`).exec(text)?.[0];
    expect(link).toBeTruthy();
  }).toPass({ timeout: 10_000 });
  return link as string;
}

test("a forgotten password is reset from an emailed link", async ({ page }) => {
  const name = "Ada Forgetful";
  const email = await signUpAndIn(page, { name: "forgot", displayName: name });
  await page.context().clearCookies();

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(`If an account uses ${email}`)).toBeVisible();

  await page.goto(await mailedLink(page.request, email, "reset-password"));
  const password = "Remembered-now-2";
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(password);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?reason=password-changed/);
  await expect(page.getByText(/Your password was changed/)).toBeVisible();

  await signIn(page, email, password);
});

test("an account is deleted from Settings with its password", async ({ page }) => {
  const password = "Leaving-soon-3";
  const email = await signUpAndIn(page, { name: "leaver", displayName: "Leaving", password });
  await page.goto("/settings");
  await expect(page.getByRole("link", { name: "Download my data" })).toHaveAttribute(
    "href",
    "/api/users/me/export",
  );

  await page.getByRole("button", { name: "Delete my account…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Password", { exact: true }).fill("Not-my-pass-1");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByText("Password is not your password.")).toBeVisible();

  await dialog.getByLabel("Password", { exact: true }).fill(password);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login\?reason=deleted/);
  await expect(page.getByText("This account has been deleted.")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
});
