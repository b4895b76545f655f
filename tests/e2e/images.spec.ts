import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { signUpAndIn } from "./accounts";
import { watchNotifications } from "./notifications";

// Runs against the fake upstream: `fake/image` draws a small gradient PNG in
// the requested aspect ratio; `[[image:refuse]]` makes it refuse and
// `[[first:MS]]` makes it think for MS milliseconds first.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// A valid 1×1 PNG, enough for the upload route's byte check.
const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const pixels = (...names: string[]) =>
  names.map((name) => ({ name, mimeType: "image/png", buffer: PIXEL_PNG }));

const prompt = (page: Page) => page.getByLabel("Prompt", { exact: true });
const tiles = (page: Page) => page.getByRole("list", { name: "Images" }).getByRole("listitem");
const lightbox = (page: Page) => page.getByRole("dialog");

async function runningJobs(page: Page): Promise<unknown[]> {
  const response = await page.request.get("/api/images/jobs");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: unknown[] }).items;
}

test("generates an image, favourites it, opens it and downloads it", async ({ page }) => {
  await signUpAndIn(page, { name: "images", displayName: "Image Tester" });
  const notifications = await watchNotifications(page);
  await page.goto("/images");
  await expect(page.getByRole("heading", { name: "Images", level: 1 })).toBeVisible();
  await expect(page.getByText("No images yet")).toBeVisible();
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("fake/image");

  await prompt(page).fill("A lighthouse on a cliff at dusk");
  await page.getByLabel("16:9 (widescreen)").check();
  // Made while the tab is in the background: a notification says so.
  await notifications.setHidden(true);
  await page.getByRole("button", { name: "Generate" }).click();

  const result = page.getByRole("region", { name: "Generated image" });
  await expect(result.getByRole("img", { name: "A lighthouse on a cliff at dusk" })).toBeVisible();
  await expect
    .poll(notifications.shown)
    .toEqual([{ title: "Your image is ready", body: "A lighthouse on a cliff at dusk" }]);
  await notifications.setHidden(false);
  await expect(result).toContainText("64×36");
  await expect(tiles(page)).toHaveCount(1);

  // Favourite it from the lightbox, which shows the full image and its settings.
  const open = result.getByRole("button", { name: "Open", exact: true });
  await open.click();
  await expect(
    lightbox(page).getByRole("img", { name: "A lighthouse on a cliff at dusk" }),
  ).toBeVisible();
  await expect(lightbox(page)).toContainText("64 × 36 px");
  const favourite = lightbox(page).getByRole("button", { name: "Add to favourites" });
  await favourite.click();
  await expect(
    lightbox(page).getByRole("button", { name: "Favourite", exact: true }),
  ).toHaveAttribute("aria-pressed", "true");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    lightbox(page).getByRole("link", { name: "Download" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^a-lighthouse-on-a-cliff-at-dusk-[0-9a-f]{6}\.png$/,
  );
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);

  await page.keyboard.press("Escape");
  await expect(lightbox(page)).toHaveCount(0);
  await expect(open).toBeFocused();

  // The favourite survives a reload and shows under "Favourites only".
  await page.reload();
  await page.getByRole("button", { name: "Favourites only" }).click();
  await expect(tiles(page)).toHaveCount(1);
  await expect(
    tiles(page).getByRole("button", { name: "Favourite: A lighthouse on a cliff at dusk" }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("Ctrl+Enter generates, Cancel stops it, and a refusal says what to do", async ({ page }) => {
  await signUpAndIn(page, { name: "images", displayName: "Image Tester" });
  await page.goto("/images");
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("fake/image");

  await prompt(page).fill("A slow sunrise [[first:10000]]");
  await prompt(page).press("Control+Enter");
  const cancel = page.getByRole("button", { name: "Cancel" });
  await expect(cancel).toBeVisible();
  await expect(page.getByText("Generating your image…")).toBeVisible();
  await cancel.click();
  await expect(page.getByRole("button", { name: "Generate" })).toBeVisible();
  await expect(page.getByText("Generation cancelled. Nothing was saved.")).toBeVisible();
  await expect(page.getByText("No images yet")).toBeVisible();

  await prompt(page).fill("Something forbidden [[image:refuse]]");
  await page.getByRole("button", { name: "Generate" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The model refused this prompt" });
  await expect(alert).toContainText("I can't create that image.");
  await alert.getByRole("button", { name: "Edit the prompt" }).click();
  await expect(prompt(page)).toBeFocused();
  await expect(tiles(page)).toHaveCount(0);
});

test("a reload follows the image being made, and another tab can cancel it", async ({
  page,
  context,
}) => {
  await signUpAndIn(page, { name: "images", displayName: "Image Tester" });
  await page.goto("/images");
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("fake/image");
  const patient = "A patient sunrise [[first:4000]]";
  await prompt(page).fill(patient);
  await page.getByRole("button", { name: "Generate" }).click();
  const making = page.getByRole("region", { name: "Image being generated" });
  await expect(making).toContainText(patient);

  // A reload does not stop it: the page picks it up and shows it when it is ready.
  await expect.poll(async () => (await runningJobs(page)).length).toBe(1);
  await page.reload();
  await expect(making).toContainText(patient);
  await expect(page.getByRole("button", { name: "Cancel" })).toBeVisible();
  const result = page.getByRole("region", { name: "Generated image" });
  await expect(result.getByRole("img", { name: patient })).toBeVisible({ timeout: 15_000 });
  await expect(tiles(page)).toHaveCount(1);

  // Sent here, cancelled from a second tab: neither shows it any more and nothing is kept.
  await result.getByRole("button", { name: "Hide the new image" }).click();
  const slow = "A slow storm [[first:20000]]";
  await prompt(page).fill(slow);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(making).toContainText(slow);
  const second = await context.newPage();
  await second.goto("/images");
  const elsewhere = second.getByRole("region", { name: "Image being generated" });
  await expect(elsewhere).toContainText(slow);
  await second.getByRole("button", { name: "Cancel" }).click();
  await expect(elsewhere).toHaveCount(0);
  await expect(second.getByText("Generation cancelled. Nothing was saved.")).toBeVisible();
  await expect(making).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Generate" })).toBeVisible();
  await expect(page.getByText("Generation cancelled. Nothing was saved.")).toBeVisible();
  await expect(tiles(second)).toHaveCount(1);
  expect(await runningJobs(page)).toEqual([]);
});

test("arrow keys move through the gallery and Reuse settings fills the form", async ({ page }) => {
  await signUpAndIn(page, { name: "images", displayName: "Image Tester" });
  await page.goto("/images");
  for (const [text, ratio] of [
    ["First picture", "1:1 (square)"],
    ["Second picture", "9:16 (phone screen)"],
  ] as const) {
    await prompt(page).fill(text);
    await page.getByLabel(ratio).check();
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page.getByRole("region", { name: "Generated image" })).toContainText(text);
  }
  await expect(tiles(page)).toHaveCount(2);

  await tiles(page)
    .first()
    .getByRole("button", { name: /^Open image/ })
    .click();
  await expect(lightbox(page)).toContainText("1 of 2");
  await expect(lightbox(page)).toContainText("Second picture");
  await page.keyboard.press("ArrowRight");
  await expect(lightbox(page)).toContainText("2 of 2");
  await expect(lightbox(page)).toContainText("First picture");
  await page.keyboard.press("ArrowLeft");
  await expect(lightbox(page)).toContainText("Second picture");

  await page.keyboard.press("Escape");
  await prompt(page).fill("Something else entirely");
  await page.getByLabel("1:1 (square)").check();
  await tiles(page)
    .first()
    .getByRole("button", { name: /^Open image/ })
    .click();
  await lightbox(page).getByRole("button", { name: "Reuse settings" }).click();
  await expect(lightbox(page)).toHaveCount(0);
  await expect(prompt(page)).toHaveValue("Second picture");
  await expect(page.getByLabel("9:16 (phone screen)")).toBeChecked();
});

test("reference images: uploads, one of mine, the limit of four, and removal", async ({ page }) => {
  await signUpAndIn(page, { name: "images", displayName: "Image Tester" });
  await page.goto("/images");
  await prompt(page).fill("A red kite");
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(tiles(page)).toHaveCount(1);

  const chips = page.getByRole("list", { name: "Reference images" }).getByRole("listitem");
  const upload = page.locator('input[type="file"]');
  await upload.setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("hi"),
  });
  await expect(
    page.getByText("notes.txt: only PNG, JPEG, WebP and GIF images can be used."),
  ).toBeVisible();
  await expect(chips).toHaveCount(0);

  await upload.setInputFiles(pixels("one.png", "two.png"));
  await expect(chips).toHaveCount(2);
  await expect(chips.getByText(/^Uploading/)).toHaveCount(0);

  await page.getByRole("button", { name: "From my images" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "A red kite" }).click();
  await expect(chips).toHaveCount(3);
  await expect(chips.getByRole("img", { name: "A red kite" })).toBeVisible();

  // ("Reference images" is a list too, so this opens the result rather than a tile.)
  const result = page.getByRole("region", { name: "Generated image" });
  await result.getByRole("button", { name: "Open", exact: true }).click();
  await lightbox(page).getByRole("button", { name: "Use as reference" }).click();
  await expect(page.getByText("That image is already a reference.")).toBeVisible();
  await page.keyboard.press("Escape");

  await upload.setInputFiles(pixels("three.png", "four.png"));
  await expect(page.getByText("You can use at most 4 reference images.")).toBeVisible();
  await expect(chips).toHaveCount(4);
  await expect(page.getByText("4/4")).toBeVisible();
  await expect(page.getByRole("button", { name: "Upload" })).toBeDisabled();

  await page.getByRole("button", { name: "Remove reference one.png" }).click();
  await expect(chips).toHaveCount(3);
  await expect(chips.getByRole("img", { name: "one.png" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Upload" })).toBeEnabled();

  await prompt(page).fill("The kite again, at night");
  const [sent] = await Promise.all([
    page.waitForRequest(
      (request) => request.url().endsWith("/api/images") && request.method() === "POST",
    ),
    page.getByRole("button", { name: "Generate" }).click(),
  ]);
  expect(sent.postDataJSON().references).toHaveLength(3);
  await expect(result).toContainText("The kite again, at night");
});
