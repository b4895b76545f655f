import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { signIn } from "./accounts";

// Registers accounts from an address of its own, under the per-address sign-up limit.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.50" } });

// Runs against the fake upstream: `fake/echo` (the first model) answers
// "Echo: <message>" and filler words.

async function newUserPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  const email = `templates-${randomBytes(4).toString("hex")}@example.com`;
  const password = "Templates-pass-1";
  const registered = await page.request.post("/api/auth/register", {
    data: { email, password, displayName: "Template User" },
  });
  expect(registered.status()).toBe(201);
  await signIn(page, email, password);
  return page;
}

const composer = (page: Page) => page.getByLabel("Message", { exact: true });

test("an admin creates a template; a user fills it from the page and with /, then sends it", async ({
  browser,
}) => {
  const name = `Translate ${randomBytes(3).toString("hex")}`;

  // Templates are made by admins: with none yet, the page says so and shows an admin the way.
  const admin = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.goto("/templates");
  await expect(admin.getByText("No templates yet")).toBeVisible();
  await expect(admin.getByText("An admin can add some.")).toBeVisible();
  await admin.getByRole("link", { name: "Add a template" }).click();
  await expect(admin).toHaveURL(/\/admin\/templates$/);

  // The admin creates a template with two variables.
  await admin.getByRole("button", { name: "New template" }).click();
  const editor = admin.getByRole("dialog", { name: "New template" });
  // What must be filled says so; only the description is optional.
  for (const field of ["Name", "Category", "Template text"]) {
    await expect(editor.getByLabel(field)).toHaveAttribute("required", "");
  }
  await expect(editor.getByLabel("Description")).not.toHaveAttribute("required");
  await expect(editor.getByText("(optional)")).toHaveCount(1);
  await editor.getByRole("button", { name: "Create template" }).click();
  await expect(editor.getByText("Category must not be empty.")).toBeVisible();
  await editor.getByLabel("Name").fill(name);
  await editor.getByLabel("Category").fill("Writing");
  await editor.getByLabel("Description").fill("Translate a text into another language.");
  await editor.getByLabel("Template text").fill("Translate {{text}} into {{ language }}.");
  await expect(editor.getByText("2 variables:")).toBeVisible();
  await editor.getByRole("button", { name: "Create template" }).click();
  await expect(editor).toBeHidden();
  await expect(admin.getByRole("heading", { name, exact: true })).toBeVisible();
  await admin.close();

  // A user fills it on /templates; the text lands in a new chat's message box.
  const page = await newUserPage(browser);
  await page.goto("/templates");
  await page.getByRole("button", { name, exact: true }).click();
  const fill = page.getByRole("dialog", { name });
  // Values are plain text: nothing in them is read as a placeholder or a pattern.
  await fill.getByLabel("Text", { exact: true }).fill("good {{language}} $& morning");
  await fill.getByLabel("Language", { exact: true }).fill("French");
  await expect(fill.getByRole("region", { name: "Preview" })).toContainText(
    "Translate good {{language}} $& morning into French.",
  );
  await fill.getByRole("button", { name: "Insert into message" }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(composer(page)).toHaveValue("Translate good {{language}} $& morning into French.");

  // In the box, "/" and part of the name find it; Escape closes the list, the draft stays.
  const search = `/${name.slice(0, -2).toLowerCase()}`;
  const option = page.getByRole("option", { name: new RegExp(name) });
  await composer(page).fill("");
  await composer(page).pressSequentially(search);
  await expect(option).toHaveAttribute("aria-selected", "true");
  await composer(page).press("Escape");
  await expect(option).toBeHidden();
  await expect(composer(page)).toHaveValue(search);

  // Typed again, the keyboard picks it.
  await composer(page).fill("");
  await composer(page).pressSequentially(search);
  await composer(page).press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await composer(page).press("Enter");
  const again = page.getByRole("dialog", { name });
  await again.getByLabel("Text", { exact: true }).fill("See you soon");
  await again.getByLabel("Language", { exact: true }).fill("Italian");
  await again.getByRole("button", { name: "Insert into message" }).click();
  await expect(again).toBeHidden();
  await expect(composer(page)).toHaveValue("Translate See you soon into Italian.");
  await expect(composer(page)).toBeFocused();

  // With no list open, Enter sends as usual and the reply streams in.
  await composer(page).press("Enter");
  await expect(page).toHaveURL(/\/chat\/[0-9a-f]{24}$/);
  await expect(page.getByRole("article", { name: "Your message" })).toContainText(
    "Translate See you soon into Italian.",
  );
  const reply = page.getByRole("article", { name: "Assistant's reply" }).last();
  await expect(reply).toContainText("Echo: Translate See you soon into Italian.");
  const stop = page.getByRole("button", { name: "Stop generating" });
  await expect(stop).toHaveCount(0, { timeout: 30_000 });

  // While a reply streams, Escape closes the list and the reply goes on; a second one stops it.
  // The reply takes 24 s: typing on a busy machine while it streams must not outlast it.
  await composer(page).fill("Tell me more [[tokens:400]] [[delay:60]]");
  await composer(page).press("Enter");
  await expect(stop).toBeVisible();
  await composer(page).pressSequentially(search);
  await expect(option).toBeVisible();
  await composer(page).press("Escape");
  await expect(option).toBeHidden();
  await expect(composer(page)).toHaveValue(search);
  await expect(stop).toBeEnabled();
  await composer(page).press("Escape");
  await expect(page.getByText("Stopped before the end.")).toBeVisible();
  await page.close();
});
