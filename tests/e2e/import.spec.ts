import path from "node:path";
import { expect, test } from "@playwright/test";
import { signUpAndIn } from "./accounts";

// Registers accounts from an address of its own, under the per-address sign-up limit.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.49" } });

const CHATGPT_EXPORT = path.join(
  process.cwd(),
  "tests",
  "fixtures",
  "imports",
  "chatgpt-conversations.json",
);

test("a ChatGPT export imported in Settings opens with its branches", async ({ page }) => {
  await signUpAndIn(page, { name: "import", displayName: "Importer" });
  await page.goto("/settings");

  const card = page.getByRole("region", { name: "Import conversations" });
  const chooser = page.waitForEvent("filechooser");
  await card.getByRole("button", { name: "Choose a file" }).click();
  await (await chooser).setFiles(CHATGPT_EXPORT);

  await expect(card.getByText("Imported 2 conversations.")).toBeVisible();
  await card.getByRole("link", { name: "Two days in Lisbon" }).click();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f]{24}$/);
  await expect(page.getByText("Imported from ChatGPT")).toBeVisible();

  // The branch ChatGPT showed last: the edited question and its answer.
  const questions = page.getByRole("article", { name: "Your message" });
  const replies = page.getByRole("article", { name: "Assistant's reply" });
  await expect(questions.last()).toContainText("And where should I eat near Alfama?");
  await expect(replies.last()).toContainText("Taberna da Rua das Flores");
  await expect(questions.last().getByText("2/2")).toBeVisible();

  // The question before the edit, with the answer it had.
  await questions.last().getByRole("button", { name: "Previous version" }).click();
  await expect(questions.last().getByText("1/2")).toBeVisible();
  await expect(questions.last()).toContainText("And where should I eat?");
  await expect(replies.last()).toContainText("Try Time Out Market for variety.");

  // The first answer was regenerated: its first version ends the thread there.
  const firstReply = replies.first();
  await expect(firstReply.getByText("2/2")).toBeVisible();
  await firstReply.getByRole("button", { name: "Previous version" }).click();
  await expect(replies.first()).toContainText("Day one: Belém Tower");
  await expect(replies).toHaveCount(1);
  await expect(questions).toHaveCount(1);
});
