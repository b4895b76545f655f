import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { newAccountPage } from "./accounts";

// Runs against the fake upstream (OPENROUTER_BASE_URL): `fake/echo` answers
// "Echo: <message>" and filler words; `[[tokens:N]]` makes a reply N words long.

const card = (page: Page, name: string) =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name, exact: true }) });

test("a config is made and tried in the editor, published, then found, saved and used from another account", async ({
  browser,
}) => {
  const name = `Pirate ${randomBytes(3).toString("hex")}`;

  // The author builds the config, trying it in the preview before saving.
  const author = (await newAccountPage(browser, { name: "configs", displayName: "Anne Bonny" }))
    .page;
  await author.goto("/configs");
  await expect(author.getByRole("heading", { name: "No configs yet" })).toBeVisible();
  await author.getByRole("link", { name: "Create a config" }).click();
  await expect(author).toHaveURL(/\/configs\/new$/);

  await author.getByLabel("Name", { exact: true }).fill(name);
  await author.getByRole("button", { name: "Use 🦊 as the avatar" }).click();
  await author.getByLabel("Description").fill("Answers like a pirate.");
  const tags = author.getByLabel("Tags");
  await tags.fill("pirates");
  await tags.press("Enter");
  await expect(author.getByRole("button", { name: "Remove tag pirates" })).toBeVisible();

  await author.getByLabel("Model", { exact: true }).click();
  await author.getByPlaceholder("Search models…").fill("fake/echo");
  await author.getByRole("option", { name: /fake\/echo/ }).click();
  await expect(author.getByLabel("Model", { exact: true })).toContainText("Fake: echo");
  await expect(author.getByText(/writes up to 8\.2k tokens/)).toBeVisible();
  await author.getByLabel("System prompt").fill("You are a pirate. Say arr.");

  const preview = author.getByRole("region", { name: "Try it" });
  await preview.getByLabel("Message to try the config with").fill("Ahoy there [[tokens:8]]");
  await preview.getByRole("button", { name: "Send" }).click();
  const reply = preview.getByRole("article", { name: "Preview reply" });
  await expect(reply).toContainText("Echo: Ahoy there");
  await expect(reply).toContainText(/tokens ·/);

  // A refused save keeps what was typed and says which field to fix.
  const temperature = author.getByLabel("Temperature, exact value");
  await temperature.fill("3");
  await author.getByRole("button", { name: "Create config" }).click();
  await expect(author.getByText("Temperature must be at most 2.")).toBeVisible();
  await expect(author.getByLabel("Name", { exact: true })).toHaveValue(name);
  await temperature.fill("0.9");
  await author.getByRole("button", { name: "Create config" }).click();

  await expect(author).toHaveURL(/\/configs$/);
  const mine = card(author, name);
  await expect(mine).toContainText("Private");
  await expect(mine).toContainText("#pirates");
  await mine.getByRole("button", { name: `More actions for "${name}"` }).click();
  await author.getByRole("menuitem", { name: "Publish to gallery" }).click();
  await expect(mine).toContainText("Public");

  // Someone else finds it in the gallery, saves it and uses it.
  const reader = (await newAccountPage(browser, { name: "configs", displayName: "Jack Rackham" }))
    .page;
  await reader.goto("/gallery");
  await reader.getByLabel("Search the gallery").fill(name);
  const found = card(reader, name);
  await expect(found).toBeVisible();
  await expect(reader.getByRole("article")).toHaveCount(1);
  await expect(found).toContainText("by Anne Bonny");
  const save = found.getByRole("button", { name: `Save "${name}"` });
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await expect(found).toContainText("1 save");

  await reader.getByRole("navigation").getByRole("link", { name: "My configs" }).click();
  await expect(reader).toHaveURL(/\/configs$/);
  const saved = reader.getByRole("region", { name: /Saved from the gallery/ });
  await expect(card(reader, name)).toBeVisible();
  await expect(saved.getByRole("heading", { name, exact: true })).toBeVisible();

  await reader.goto("/gallery");
  await reader.getByLabel("Search the gallery").fill(name);
  await card(reader, name)
    .getByRole("link", { name: `Use "${name}"` })
    .click();
  await expect(reader).toHaveURL(/\/chat\?config=[0-9a-f]{24}$/);

  // The chat starts with the config: its name on the picker, its prompt sent.
  await expect(
    reader.getByRole("button", { name: new RegExp(`^Config: .*${name}`) }),
  ).toBeVisible();
  await expect(reader.getByText(name).first()).toBeVisible();
  await reader.getByLabel("Message", { exact: true }).fill("Ahoy there");
  await reader.keyboard.press("Enter");
  await expect(reader).toHaveURL(/\/chat\/[0-9a-f]{24}$/);
  await expect(reader.getByText(/Ahoy there/).last()).toBeVisible();
  await expect(
    reader.getByRole("button", { name: new RegExp(`^Config: .*${name}`) }),
  ).toBeVisible();
});
