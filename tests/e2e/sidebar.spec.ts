import { expect, type Locator, type Page, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { signIn, signUpAndIn } from "./accounts";

// This file's own client address (see playwright.config.ts): its accounts do not count against the others'.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.33" } });

/** State-changing requests on the session cookie must name our origin. */
async function post(page: Page, path: string, data: object): Promise<string> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(path, { data, headers: { Origin: origin } });
  expect(response.status(), `POST ${path}`).toBe(201);
  const body = (await response.json()) as { id: string };
  return body.id;
}

/** Drags with small mouse steps, as a person does: the sensor waits for a few pixels of travel. */
async function dragOnto(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("drag source or target is not on screen");
  await page.mouse.move(from.x + 30, from.y + from.height / 2);
  // Dragging arrives the first time the pointer comes to the lists: its handles say when.
  await page
    .getByRole("button", { name: /^Move ".*" to a folder$/ })
    .first()
    .waitFor();
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + from.height / 2 - 10, { steps: 5 });
  await page.mouse.move(to.x + 60, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

async function openMenu(sidebar: Locator, title: string): Promise<void> {
  await sidebar.getByRole("link", { name: title, exact: true }).hover();
  // Dragging arrives when the pointer first comes to the lists, and never while a menu is open.
  await sidebar.getByRole("button", { name: `Move "${title}" to a folder` }).waitFor();
  await sidebar.getByRole("button", { name: `Options for "${title}"` }).click();
}

test("conversations are organised from the sidebar: folders by drag and drop, rename, pin, archive, delete", async ({
  page,
}) => {
  await signUpAndIn(page, { name: "sidebar", displayName: "Sidebar Tester" });
  await post(page, "/api/folders", { name: "Projects", color: "blue", icon: "📁" });
  for (const title of ["Alpha plan", "Beta notes", "Gamma draft"]) {
    await post(page, "/api/conversations", { title });
  }
  await page.goto("/chat");
  const sidebar = page.locator("aside");
  const folder = sidebar.getByRole("button", { name: /^Projects, \d+ conversations?$/ });
  await expect(folder).toHaveAccessibleName("Projects, 0 conversations");

  // Drag a conversation onto the folder: it leaves the main list and the count follows.
  const today = sidebar.getByRole("list", { name: "Today" });
  await dragOnto(page, today.getByRole("link", { name: "Alpha plan" }), folder);
  await expect(folder).toHaveAccessibleName("Projects, 1 conversation");
  await expect(today.getByRole("link", { name: "Alpha plan" })).toHaveCount(0);
  await page.reload();
  await expect(folder).toHaveAccessibleName("Projects, 1 conversation");
  // A click before the reloaded page has hydrated is lost: click until the folder opens.
  await expect(async () => {
    if ((await folder.getAttribute("aria-expanded")) !== "true") await folder.click();
    await expect(folder).toHaveAttribute("aria-expanded", "true", { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(sidebar.getByRole("link", { name: "Alpha plan" })).toBeVisible();

  // And back out with the keyboard: pick up, arrow down to the main list, drop.
  await sidebar.getByRole("button", { name: 'Move "Alpha plan" to a folder' }).focus();
  const handle = sidebar.getByRole("button", { name: 'Move "Alpha plan" to a folder' });
  await page.keyboard.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowDown");
  // The sensor moves to the next drop target on the following frame; give it a few.
  await page.waitForTimeout(300);
  await page.keyboard.press("Space");
  await expect(handle).not.toHaveAttribute("aria-pressed", "true");
  await expect(folder).toHaveAccessibleName("Projects, 0 conversations");
  await expect(today.getByRole("link", { name: "Alpha plan" })).toBeVisible();

  // Rename inline: Enter saves, and the new title is what the server keeps.
  await openMenu(sidebar, "Beta notes");
  await page.getByRole("menuitem", { name: "Rename" }).click();
  const titleField = sidebar.getByRole("textbox", { name: "Conversation title" });
  await expect(titleField).toBeFocused();
  await titleField.fill("Beta, renamed");
  await titleField.press("Enter");
  await expect(sidebar.getByRole("link", { name: "Beta, renamed" })).toBeVisible();
  await page.reload();
  await expect(sidebar.getByRole("link", { name: "Beta, renamed" })).toBeVisible();

  // Pin: the conversation moves under "Pinned".
  await openMenu(sidebar, "Gamma draft");
  await page.getByRole("menuitem", { name: "Pin", exact: true }).click();
  await expect(
    sidebar.getByRole("list", { name: "Pinned" }).getByRole("link", { name: "Gamma draft" }),
  ).toBeVisible();
  await expect(today.getByRole("link", { name: "Gamma draft" })).toHaveCount(0);

  // Archive: gone from the sidebar, listed on the Archived page.
  await openMenu(sidebar, "Beta, renamed");
  await page.getByRole("menuitem", { name: "Archive" }).click();
  await expect(sidebar.getByRole("link", { name: "Beta, renamed" })).toHaveCount(0);
  // The menu must be gone: while it closes, the page ignores the pointer.
  await expect(page.getByRole("menu")).toHaveCount(0);
  await sidebar.getByRole("link", { name: "Archived" }).click();
  await expect(page).toHaveURL(/\/chat\/archived$/);
  const main = page.locator("main");
  await expect(main.getByRole("link", { name: "Beta, renamed" })).toBeVisible();
  await expect(main.getByRole("button", { name: 'Unarchive "Beta, renamed"' })).toBeVisible();

  // Delete the open conversation: after confirming, the app returns to a new chat.
  await sidebar.getByRole("link", { name: "Gamma draft" }).click();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f]{24}$/);
  await expect(sidebar.getByRole("link", { name: "Gamma draft" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await openMenu(sidebar, "Gamma draft");
  await page.getByRole("menuitem", { name: "Delete…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this conversation?" });
  await expect(dialog).toContainText("Gamma draft");
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(sidebar.getByRole("link", { name: "Gamma draft" })).toHaveCount(0);
  await page.reload();
  await expect(sidebar.getByRole("link", { name: "Alpha plan" })).toBeVisible();
  await expect(sidebar.getByRole("link", { name: "Gamma draft" })).toHaveCount(0);
});

test("search finds a conversation by title and Escape brings the list back", async ({ page }) => {
  await signUpAndIn(page, { name: "sidebar", displayName: "Sidebar Tester" });
  await post(page, "/api/conversations", { title: "Lisbon itinerary" });
  await post(page, "/api/conversations", { title: "Tax return checklist" });
  await page.goto("/chat");
  const sidebar = page.locator("aside");
  await expect(sidebar.getByRole("link", { name: "Tax return checklist" })).toBeVisible();

  const search = sidebar.getByRole("searchbox", { name: "Search conversations" });
  // Ctrl+K goes to the search from the message box, as in ChatGPT.
  await page.getByLabel("Message", { exact: true }).click();
  await page.keyboard.press("Control+k");
  await expect(search).toBeFocused();
  await page.keyboard.type("lisbon");
  const results = sidebar.getByRole("region", { name: "Search results" });
  await expect(results.getByRole("link", { name: /Lisbon itinerary/ })).toBeVisible();
  await expect(results.getByRole("link", { name: /Tax return/ })).toHaveCount(0);

  await search.fill("no such words anywhere");
  await expect(results.getByText("No matches")).toBeVisible();

  await search.press("Escape");
  await expect(search).toHaveValue("");
  await expect(sidebar.getByRole("link", { name: "Tax return checklist" })).toBeVisible();
});

test("a row's buttons never cover its title, even while its menu is open", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  const title = "A very long conversation title that runs well past the width of the sidebar";
  await post(page, "/api/conversations", { title });
  await page.goto("/chat");
  const sidebar = page.locator("aside");
  await openMenu(sidebar, title);
  await expect(page.getByRole("menu")).toBeVisible();

  // An open menu hides the rest of the page from assistive tech: find the row by CSS.
  const text = sidebar.locator("a[href^='/chat/'] span", { hasText: title });
  const grip = sidebar.locator(`button[aria-label='Move "${title}" to a folder']`);
  await expect(grip).toBeVisible();
  const textBox = await text.boundingBox();
  const gripBox = await grip.boundingBox();
  if (!textBox || !gripBox) throw new Error("the row is not on screen");
  expect(textBox.x + textBox.width).toBeLessThanOrEqual(gripBox.x);
});

test("a conversation's tags show on its row, and #tag in the search lists the chats carrying it", async ({
  page,
}) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await post(page, "/api/conversations", { title: "Quarterly budget review" });
  await post(page, "/api/conversations", { title: "Holiday photo ideas" });
  await page.goto("/chat");
  const sidebar = page.locator("aside");

  await openMenu(sidebar, "Quarterly budget review");
  await page.getByRole("menuitem", { name: "Tags…" }).click();
  const dialog = page.getByRole("dialog", { name: "Tags" });
  await dialog.getByLabel("Add a tag").fill("finance");
  await dialog.getByLabel("Add a tag").press("Enter");
  await dialog.getByRole("button", { name: "Save tags" }).click();
  await expect(dialog).toBeHidden();

  // The tag sits after the title, which keeps its room.
  const row = sidebar.getByRole("link", { name: "Quarterly budget review", exact: true });
  await expect(row).toHaveAccessibleDescription("Tagged finance");
  const chip = row.locator("[data-tag='finance']");
  await expect(chip).toBeVisible();
  const titleBox = await row.getByText("Quarterly budget review").boundingBox();
  const chipBox = await chip.boundingBox();
  if (!titleBox || !chipBox) throw new Error("the row is not on screen");
  expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(chipBox.x);

  const search = sidebar.getByRole("searchbox", { name: "Search conversations" });
  await search.fill("#finance");
  const tagged = sidebar.getByRole("region", { name: "Chats tagged finance" });
  await expect(tagged.getByRole("link", { name: "Quarterly budget review" })).toBeVisible();
  await expect(tagged.getByRole("link", { name: "Holiday photo ideas" })).toHaveCount(0);

  await search.fill("#nothing-tagged-so");
  await expect(sidebar.getByText("No chats tagged #nothing-tagged-so")).toBeVisible();
  await search.press("Escape");
  await expect(sidebar.getByRole("link", { name: "Holiday photo ideas" })).toBeVisible();
});

test("drag and drop arrives when the lists are first used, and keyboard focus stays put", async ({
  page,
}) => {
  await signUpAndIn(page, { name: "sidebar", displayName: "Sidebar Tester" });
  await post(page, "/api/conversations", { title: "Kept in focus" });
  await page.goto("/chat");
  const sidebar = page.locator("aside");
  const row = sidebar.getByRole("link", { name: "Kept in focus", exact: true });
  await expect(row).toBeVisible();
  // No handles before the lists are used: the library has not been fetched.
  await expect(
    sidebar.getByRole("button", { name: 'Move "Kept in focus" to a folder' }),
  ).toHaveCount(0);

  await row.focus();
  await expect(
    sidebar.getByRole("button", { name: 'Move "Kept in focus" to a folder' }),
  ).toBeAttached();
  await expect(row).toBeFocused();
});
