import { expect, type Page, test } from "@playwright/test";
import { signUpAndIn } from "./accounts";

// Registers accounts from an address of its own, under the per-address sign-up limit.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.48" } });

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const TITLE = "Trip to Lisbon";

/** A conversation with an image and an answer, made through the API as the page would. */
async function conversationWithImage(page: Page): Promise<string> {
  const headers = { Origin: new URL(page.url()).origin };
  const file = await page.request.post("/api/files", {
    headers,
    multipart: { file: { name: "dot.gif", mimeType: "image/gif", buffer: GIF } },
  });
  expect(file.status()).toBe(201);
  const { id: fileId } = (await file.json()) as { id: string };
  const created = await page.request.post("/api/conversations", {
    headers,
    data: { title: TITLE, modelId: "fake/echo" },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const sent = await page.request.post(`/api/conversations/${id}/messages`, {
    headers,
    data: { content: "Where should we eat?", attachments: [fileId] },
  });
  expect(sent.status()).toBe(200);
  await sent.body();
  return id;
}

test("a shared conversation opens for anyone with the link, until it is revoked", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUpAndIn(page, { name: "share", displayName: "Share Tester" });
  const id = await conversationWithImage(page);
  await page.goto(`/chat/${id}`);

  const sidebar = page.getByRole("complementary");
  await sidebar.getByRole("link", { name: TITLE, exact: true }).hover();
  await sidebar.getByRole("button", { name: `Options for "${TITLE}"` }).click();
  await page.getByRole("menuitem", { name: "Share…" }).click();
  const dialog = page.getByRole("dialog", { name: `Share “${TITLE}”` });
  await dialog.getByLabel("Link expires").selectOption("7d");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const field = dialog.getByRole("textbox", { name: "Share link" });
  await expect(field).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole("button", { name: "Copy link" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(await field.inputValue());
  await expect(dialog).toContainText("expires");
  await page.keyboard.press("Escape");

  // Someone without an account opens it.
  const visitorContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await visitorContext.newPage();
  await visitor.goto(url);
  await expect(visitor.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(visitor.getByText("Where should we eat?", { exact: true })).toBeVisible();
  await expect(visitor.getByRole("article", { name: "Reply" })).toContainText("Echo:");
  const image = visitor.getByRole("img", { name: "dot.gif" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(visitor.getByRole("link", { name: "New chat" })).toHaveCount(0);

  // The owner revokes it in Settings.
  await page.goto("/settings");
  const links = page.getByRole("list", { name: "Shared links" });
  await expect(links).toContainText(TITLE);
  await links.getByRole("button", { name: `Revoke the link to ${TITLE}` }).click();
  await page
    .getByRole("dialog", { name: "Revoke this link?" })
    .getByRole("button", {
      name: "Revoke link",
    })
    .click();
  await expect(page.getByText("You haven't shared any conversations.")).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByRole("heading", { name: "This link doesn't work" })).toBeVisible();
  await expect(visitor.getByText("Where should we eat?", { exact: true })).toHaveCount(0);
  await visitorContext.close();
});
