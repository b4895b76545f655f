import { randomBytes } from "node:crypto";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { signIn } from "./accounts";

// This file's own client address (see playwright.config.ts): its accounts do not count against the others'.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.31" } });

// Runs against the fake upstream: `fake/echo` echoes the message, and
// `fake/small-context` does too inside a 2,000-token window, a word a token.

/** A new account, signed in on `page`. */
async function newUser(page: Page, name: string): Promise<string> {
  const email = `${name}-${randomBytes(4).toString("hex")}@example.com`;
  const password = "Usage-e2e-pass-1";
  const registered = await page.request.post("/api/auth/register", {
    data: { email, password, displayName: `${name} tester` },
  });
  expect(registered.status()).toBe(201);
  await signIn(page, email, password);
  return email;
}

/** Cookie requests that change something carry the page's Origin, as a browser's fetch does. */
function sameOrigin(page: Page) {
  return { origin: new URL(page.url()).origin };
}

async function setLimits(browser: Browser, email: string, tokensLimit: number) {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  const found = await admin.request.get(`/api/admin/users?q=${encodeURIComponent(email)}`);
  const { items } = (await found.json()) as { items: { id: string }[] };
  const limited = await admin.request.post(`/api/admin/users/${items[0]?.id}/limits`, {
    data: { tokensLimit, monthlyBudgetUsd: 5 },
    headers: sameOrigin(admin),
  });
  expect(limited.status()).toBe(200);
  await context.close();
}

async function sendByApi(request: APIRequestContext, page: Page, id: string, content: string) {
  const sent = await request.post(`/api/conversations/${id}/messages`, {
    data: { content },
    headers: sameOrigin(page),
  });
  expect(sent.status()).toBe(200);
  expect(await sent.text()).not.toContain('"type":"error"');
}

const composer = (page: Page) => page.getByLabel("Message", { exact: true });
const replies = (page: Page) => page.getByRole("article", { name: "Assistant's reply" });

test("a person with a token limit sees their usage and is warned before a message that would not fit", async ({
  page,
  browser,
}) => {
  const email = await newUser(page, "usage");
  const created = await page.request.post("/api/conversations", {
    data: { modelId: "fake/echo" },
    headers: sameOrigin(page),
  });
  const { id } = (await created.json()) as { id: string };
  await sendByApi(page.request, page, id, "How much is this? [[tokens:40]]");
  await setLimits(browser, email, 1_000);

  await page.goto("/settings");
  await page.getByRole("link", { name: /usage/i }).click();
  await expect(page).toHaveURL(/\/settings\/usage$/);
  await expect(page.getByRole("heading", { name: "Usage", level: 1 })).toBeVisible();
  await expect(page.getByText("Limit: 1,000")).toBeVisible();
  await expect(page.getByText("Monthly budget: $5.00")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Replies and tokens per day" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "By model" })).toBeVisible();
  await expect(page.getByText(/fake\/echo/).first()).toBeAttached();

  await page.goto(`/chat/${id}`);
  await composer(page).fill("A short question");
  await expect(page.getByText(/≈ \d+ tokens/)).toBeVisible();
  await expect(page.getByText(/left of your allowance/)).toHaveCount(0);
  // About 1,250 tokens at four characters a token: more than the 1,000 less what was used.
  await composer(page).fill("word ".repeat(1_000));
  await expect(page.getByText(/are left of your allowance/)).toBeVisible();
});

test("a person without usage this month is told so", async ({ page }) => {
  await newUser(page, "unused");
  await page.goto("/settings/usage");
  await expect(page.getByText("No usage yet this month")).toBeVisible();
  await expect(page.getByText("Limit: Unlimited")).toBeVisible();
});

test("a long chat says once that older messages were not sent", async ({ page }) => {
  await newUser(page, "long");
  const created = await page.request.post("/api/conversations", {
    data: { modelId: "fake/small-context" },
    headers: sameOrigin(page),
  });
  const { id } = (await created.json()) as { id: string };
  const filler = Array.from({ length: 250 }, (_, i) => `alpha${i % 10}`).join(" ");
  for (let turn = 1; turn <= 8; turn++) {
    await sendByApi(page.request, page, id, `Turn ${turn}: ${filler} [[tokens:5]]`);
  }

  await page.goto(`/chat/${id}`);
  await expect(replies(page)).toHaveCount(8);
  const notice = page.getByRole("note").filter({ hasText: /older messages? (was|were) not sent/ });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("Fake: small-context's context window");

  // The next answer leaves messages out too, and the notice is still said only once.
  await composer(page).fill(`Turn 9: ${filler} [[tokens:5]]`);
  await composer(page).press("Enter");
  await expect(replies(page)).toHaveCount(9);
  await expect(replies(page).last()).toContainText("Echo: Turn 9", { timeout: 30_000 });
  await expect(notice).toHaveCount(1);
});
