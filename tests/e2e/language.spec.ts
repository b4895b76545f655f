import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";

// Registers accounts from an address of its own, under the per-address sign-up limit.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.52" } });

const PASSWORD = "Sprache-pass-1";
// "4. Dez. 2026": a German date, whichever day the test runs.
const GERMAN_DATE = /\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}/;

async function register(page: Page): Promise<string> {
  const email = `language-${randomBytes(4).toString("hex")}@example.com`;
  const registered = await page.request.post("/api/auth/register", {
    data: { email, password: PASSWORD, displayName: "Lena Schmidt" },
  });
  expect(registered.status()).toBe(201);
  return email;
}

/**
 * Picks a language and saves it, until the page reads `heading`: a choice
 * made before the page has hydrated is lost, and the save sends the old one.
 */
async function chooseLanguage(page: Page, language: string, save: RegExp, heading: string) {
  await expect(async () => {
    await page
      .getByRole("combobox", { name: /^(Language|Sprache)$/ })
      .selectOption({ label: language });
    await page.getByRole("button", { name: save }).click();
    await expect(page.getByRole("heading", { name: heading })).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
}

test.describe("a browser that prefers German", () => {
  test.use({ locale: "de-DE" });

  test("gets the interface in German, and the language setting switches it", async ({
    page,
    browser,
  }) => {
    const email = await register(page);

    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByText("Willkommen zurück")).toBeVisible();
    await page.getByLabel("E-Mail").fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/chat/);
    await expect(page.getByRole("link", { name: /Neuer Chat/ }).first()).toBeVisible();
    await expect(page.getByLabel("Nachricht", { exact: true })).toBeVisible();

    // Dates in German; the setting follows the browser until a language is chosen.
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Voreinstellungen" })).toBeVisible();
    await expect(page.getByText(GERMAN_DATE).first()).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Sprache" })).toHaveValue("auto");
    // The page carries the words it may show, not the admin console's.
    const settings = await page.request.get("/settings", {
      headers: { "accept-language": "de-DE" },
    });
    const settingsHtml = await settings.text();
    expect(settingsHtml).toContain("Wie mein Browser");
    expect(settingsHtml).not.toContain("Wie diese Instanz genutzt wird");

    await chooseLanguage(page, "English", /Voreinstellungen speichern/, "Preferences");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(
      page.getByText(/\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/).first(),
    ).toBeVisible();
    // The choice is the account's: it outlasts a reload in a German browser.
    await page.reload();
    await expect(page.getByRole("link", { name: "Images" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");

    await chooseLanguage(page, "Deutsch", /Save preferences/, "Voreinstellungen");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");

    // …and follows the account to an English browser.
    const english = await browser.newContext({
      locale: "en-US",
      storageState: { cookies: [], origins: [] },
    });
    const elsewhere = await english.newPage();
    await elsewhere.goto("/login");
    await expect(elsewhere.getByText("Welcome back")).toBeVisible();
    await elsewhere.getByLabel("Email").fill(email);
    await elsewhere.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await elsewhere.getByRole("button", { name: /sign in/i }).click();
    await expect(elsewhere).toHaveURL(/\/chat/);
    await expect(elsewhere.getByRole("link", { name: "Bilder" })).toBeVisible();
    await english.close();
  });

  test("shows money and counts the German way", async ({ page }) => {
    const email = await register(page);
    await page.goto("/login");
    await page.getByLabel("E-Mail").fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/chat/);
    await page.goto("/settings/usage");
    // "0,00 $" or "0 $": the amount first, the sign after it.
    await expect(page.getByText(/\d(,\d+)?\s\$/).first()).toBeVisible();
    await expect(page.getByText(/\$\d/)).toHaveCount(0);
  });
});
