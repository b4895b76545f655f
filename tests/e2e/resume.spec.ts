import { expect, type Page, test } from "@playwright/test";
import type { ConversationWithMessagesDto } from "@/lib/conversations/dto";
import { E2E_ADMIN } from "../../playwright.config";

// `fake/slow` says a word every 20 ms (or as `[[delay:N]]` says), and
// `[[tokens:N]]` makes the answer exactly N words long.

async function signIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/chat/);
}

const composer = (page: Page) => page.getByLabel("Message", { exact: true });
const replies = (page: Page) => page.getByRole("article", { name: "Assistant's reply" });
const stopButton = (page: Page) => page.getByRole("button", { name: "Stop generating" });
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const replyWords = async (page: Page) => words((await replies(page).last().textContent()) ?? "");

async function storedAnswer(page: Page, conversationId: string) {
  const response = await page.request.get(`/api/conversations/${conversationId}`);
  const { messages } = (await response.json()) as ConversationWithMessagesDto;
  return messages.find((message) => message.role === "assistant");
}

test("a reload mid-answer picks the answer up where it is and follows it to its end", async ({
  page,
}) => {
  await signIn(page);
  await page.goto("/chat");
  await page.getByRole("button", { name: /change model/i }).click();
  await page.getByPlaceholder("Search models…").fill("fake/slow");
  await page
    .getByRole("option", { name: /fake\/slow/ })
    .first()
    .click();
  await composer(page).fill("Keep going [[tokens:400]] [[delay:50]]");
  await composer(page).press("Enter");
  await expect(page).toHaveURL(/\/chat\/[0-9a-f]{24}$/);
  const conversationId = page.url().split("/").at(-1) as string;

  // Some of the answer has arrived; then the page is reloaded.
  await expect.poll(async () => await replyWords(page)).toBeGreaterThan(20);
  await page.reload();

  // The answer keeps arriving on the reloaded page: Stop is offered and the text grows.
  await expect(stopButton(page)).toBeVisible();
  const resumedAt = await replyWords(page);
  await expect.poll(async () => await replyWords(page)).toBeGreaterThan(resumedAt);

  await expect(stopButton(page)).toHaveCount(0, { timeout: 30_000 });
  const stored = await storedAnswer(page, conversationId);
  expect(stored?.status).toBe("complete");
  expect(words(stored?.content ?? "")).toBeGreaterThanOrEqual(400);
  await expect(replies(page).last()).toContainText(
    stored?.content.split(" ").slice(-5).join(" ") ?? "",
  );
  expect(await replyWords(page)).toBeGreaterThanOrEqual(400);
});
