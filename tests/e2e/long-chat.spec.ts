import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import mongoose from "mongoose";
import { E2E_DATA_DIR } from "../../playwright.config";
import { question, seedConversation } from "../support/long-conversation";
import { signUpAndIn } from "./accounts";

// This file's own client address (see playwright.config.ts): its accounts do not count against the others'.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.34" } });

// A long conversation is written straight to the app's embedded database:
// sending its messages would take minutes and meet the model rate limit.

test.beforeAll(async () => {
  const address = await readFile(
    path.join(E2E_DATA_DIR, "embedded-db", "embedded-db.addr"),
    "utf8",
  );
  await mongoose.connect(`mongodb://${address.trim()}/unichat`);
});

test.afterAll(async () => {
  await mongoose.disconnect();
});

async function signInNewUser(page: Page): Promise<string> {
  await signUpAndIn(page, { name: "long", displayName: "Long Chatter" });
  const me = (await (await page.request.get("/api/users/me")).json()) as { id: string };
  return me.id;
}

const rows = (page: Page) => page.getByRole("article");
const replies = (page: Page) => page.getByRole("article", { name: "Assistant's reply" });

test("a 300-message conversation opens at its end, scrolls to its start, and streams at its end", async ({
  page,
}) => {
  const id = await seedConversation(await signInNewUser(page), 300);
  await page.goto(`/chat/${id}`);

  // Its end shows first; only the messages near the screen are in the page.
  await expect(page.getByText(question(150))).toBeVisible();
  await expect(replies(page).last()).toContainText("That is all there is to it");
  expect(await rows(page).count()).toBeLessThan(40);

  // Home goes to the top: the first question is there, and a button leads back down.
  await page.getByText(question(150)).click();
  await page.keyboard.press("Home");
  await expect(page.getByText(question(1), { exact: true })).toBeVisible();
  await expect(page.getByText(question(150))).toHaveCount(0);
  await page.getByRole("button", { name: "Jump to latest" }).click();
  await expect(page.getByText(question(150))).toBeVisible();
  // Keys move through it too: Home and End, from the messages.
  await page.getByRole("region", { name: "Messages" }).focus();
  await page.keyboard.press("Home");
  await expect(page.getByText(question(1), { exact: true })).toBeVisible();
  await page.keyboard.press("End");
  await expect(page.getByText(question(150))).toBeVisible();

  // A new answer streams in at the end and stays in view as it grows.
  const composer = page.getByLabel("Message", { exact: true });
  await composer.fill("One more [[tokens:120]] [[delay:15]]");
  await composer.press("Enter");
  await expect(replies(page).last()).toContainText("Echo: One more");
  await expect(page.getByRole("button", { name: "Stop generating" })).toHaveCount(0, {
    timeout: 30_000,
  });
  await expect(
    replies(page).last().getByRole("button", { name: "Regenerate reply" }),
  ).toBeInViewport();
  await expect(page.getByRole("button", { name: "Jump to latest" })).toHaveCount(0);
});
