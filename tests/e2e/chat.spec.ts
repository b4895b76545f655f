import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { watchNotifications } from "./notifications";

// Runs against the fake upstream (OPENROUTER_BASE_URL): `fake/echo` answers
// "Echo: <message>" and filler words, `fake/slow` pauses 20 ms a word, and
// `[[tokens:N]]` makes a reply exactly N words long.

// One account for every test here: registrations and sign-ins are rate limited.
const session = path.join(tmpdir(), `uni-chat-e2e-chat-${process.pid}.json`);

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  const email = `chat-${randomBytes(4).toString("hex")}@example.com`;
  const password = "Chat-e2e-pass-1";
  const registered = await page.request.post("/api/auth/register", {
    data: { email, password, displayName: "Chat Tester" },
  });
  expect(registered.status()).toBe(201);
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await page.context().storageState({ path: session });
  await page.close();
});

test.use({ storageState: session });

async function pickModel(page: Page, modelId: string) {
  await page.getByRole("button", { name: /change model/i }).click();
  await page.getByPlaceholder("Search models…").fill(modelId);
  await page
    .getByRole("option", { name: new RegExp(modelId) })
    .first()
    .click();
  await expect(page.getByRole("button", { name: /change model/i })).toContainText(
    modelId.replace("fake/", ""),
  );
}

const composer = (page: Page) => page.getByLabel("Message", { exact: true });
const replies = (page: Page) => page.getByRole("article", { name: "Assistant's reply" });
const stopButton = (page: Page) => page.getByRole("button", { name: "Stop generating" });

async function startChat(page: Page, modelId: string, text: string) {
  await page.goto("/chat");
  await pickModel(page, modelId);
  await composer(page).fill(text);
  await composer(page).press("Enter");
  await expect(page).toHaveURL(/\/chat\/[0-9a-f]{24}$/);
}

async function waitForReplyToFinish(page: Page) {
  await expect(stopButton(page)).toHaveCount(0, { timeout: 30_000 });
  await expect(
    replies(page).last().getByRole("button", { name: "Regenerate reply" }),
  ).toBeEnabled();
}

/** A 4×4 PNG, made here so the test needs no fixture file. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.from([0, ...Array.from({ length: 4 }, () => [120, 90, 220]).flat()]);
  const pixels = Buffer.concat(Array.from({ length: 4 }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("a message streams in, and everything is there after a reload", async ({ page }) => {
  // Slow enough that it still streams when the conversation's page opens on a busy machine.
  await startChat(page, "fake/slow", "Hello streaming world [[tokens:80]] [[delay:60]]");

  // While it streams: the Stop button, and the reply growing word by word.
  await expect(stopButton(page)).toBeVisible();
  await expect(replies(page).last()).toContainText("Echo: Hello streaming world");
  await waitForReplyToFinish(page);
  const answer = ((await replies(page).last().locator(".md").textContent()) ?? "").trim();
  expect(answer.split(/\s+/).length).toBeGreaterThanOrEqual(80);

  await composer(page).fill("And a second question");
  await composer(page).press("Enter");
  await expect(replies(page)).toHaveCount(2);
  await waitForReplyToFinish(page);

  await page.reload();
  await expect(page.getByText("Hello streaming world [[tokens:80]] [[delay:60]]")).toBeVisible();
  await expect(page.getByText("And a second question", { exact: true })).toBeVisible();
  await expect(replies(page)).toHaveCount(2);
  await expect(replies(page).first()).toContainText("Echo: Hello streaming world");
  await expect(replies(page).last()).toContainText("Echo: And a second question");
  // The conversation shows in the sidebar under its (auto) title.
  await expect(
    page
      .getByRole("complementary")
      .getByText(/Hello streaming world/)
      .first(),
  ).toBeVisible();
});

test("the header follows the conversation's title and totals once the first answer ends", async ({
  page,
}) => {
  // The title is asked for once the answer is stored, and takes as long again to come.
  await startChat(page, "fake/echo", "Header follows penguins [[first:1500]]");
  await waitForReplyToFinish(page);

  // The fake model's title is the first line of its echo.
  const title = "Echo: Header follows penguins";
  await expect(
    page.getByRole("complementary").getByRole("link", { name: title, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/^Conversation total: .* tokens/)).not.toHaveText(/: 0 tokens/);
});

test("math and code in a reply are typeset and highlighted", async ({ page }) => {
  await startChat(
    page,
    "fake/echo",
    "Energy is $$E = mc^2$$ here.\n\n```ts\nconst answer = 42;\n```",
  );
  await waitForReplyToFinish(page);
  const reply = replies(page).last();
  // KaTeX and the highlighter load the first time a reply needs them.
  await expect(reply.locator(".katex").first()).toBeVisible();
  // With KaTeX's styles: the MathML copy for screen readers is moved out of sight.
  await expect(reply.locator(".katex-mathml").first()).toHaveCSS("position", "absolute");
  await expect(reply.locator("code.hljs .hljs-keyword").first()).toHaveText("const");
  await expect(reply.getByRole("button", { name: "Copy ts code" })).toBeVisible();
});

test("a message sent the moment a reply ends is held until the reply is stored, then sent", async ({
  page,
}) => {
  await startChat(page, "fake/echo", "First question");
  await waitForReplyToFinish(page);

  // The server is slow to hand back the stored conversation after the next reply.
  await page.route(/\/api\/conversations\/[0-9a-f]{24}$/, async (route) => {
    if (route.request().method() === "GET") await new Promise((done) => setTimeout(done, 2_000));
    await route.fallback();
  });
  await composer(page).fill("Second question [[tokens:5]]");
  await composer(page).press("Enter");
  await expect(stopButton(page)).toHaveCount(0, { timeout: 30_000 });
  await composer(page).fill("Third question");
  await composer(page).press("Enter");
  // Taken at once, and sent after the second reply, not lost or sent beside it.
  await expect(composer(page)).toHaveValue("");
  await expect(replies(page)).toHaveCount(3, { timeout: 15_000 });
  await expect(replies(page).last()).toContainText("Echo: Third question");
  await waitForReplyToFinish(page);

  await page.unrouteAll();
  await page.reload();
  await expect(replies(page)).toHaveCount(3);
  await expect(page.getByRole("article", { name: "Your message" })).toHaveCount(3);
  await expect(page.getByText("1/2")).toHaveCount(0);
});

test("a message sent before the model list loads goes to the model the picker then shows", async ({
  page,
}) => {
  // Picked last time in this browser; the list of models is slow to come.
  await page.addInitScript(() => localStorage.setItem("uni-chat:last-model", "fake/slow"));
  await page.route("**/api/models", async (route) => {
    await new Promise((done) => setTimeout(done, 2_000));
    await route.fallback();
  });
  await page.goto("/chat");
  await composer(page).fill("Sent straight away [[tokens:5]]");
  await composer(page).press("Enter");
  await expect(page).toHaveURL(/\/chat\/[0-9a-f]{24}$/, { timeout: 15_000 });
  await expect(replies(page).last()).toContainText("Echo: Sent straight away");
  await waitForReplyToFinish(page);
  // After a reload the picker shows the model that answered.
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole("button", { name: /change model/i })).toContainText("slow");
});

test("unsent text waits in its conversation across switching and a reload, until it is sent", async ({
  page,
}) => {
  await startChat(page, "fake/echo", "A chat with a draft");
  await waitForReplyToFinish(page);
  const conversation = page.url();
  await composer(page).fill("Half a thought,\nnot sent yet");

  await page.getByRole("link", { name: "New chat" }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(composer(page)).toHaveValue("");
  await composer(page).fill("An idea for a new chat");

  await page.goto(conversation);
  await expect(composer(page)).toHaveValue("Half a thought,\nnot sent yet");
  await page.reload();
  await expect(composer(page)).toHaveValue("Half a thought,\nnot sent yet");
  await page.goto("/chat");
  await expect(composer(page)).toHaveValue("An idea for a new chat");

  await page.goto(conversation);
  await expect(composer(page)).toHaveValue("Half a thought,\nnot sent yet");
  await composer(page).press("Enter");
  await expect(composer(page)).toHaveValue("");
  await waitForReplyToFinish(page);
  await page.reload();
  await expect(replies(page)).toHaveCount(2);
  await expect(composer(page)).toHaveValue("");
});

test("Stop keeps exactly the reply on screen when it was pressed", async ({ page }) => {
  await startChat(page, "fake/slow", "Tell me a long story [[tokens:400]] [[delay:30]]");

  await expect(replies(page).last()).toContainText("lorem ipsum");
  // Read what is on screen and press Stop in one go, with no frame between.
  const onScreen = await page.evaluate(() => {
    const shown = [...document.querySelectorAll("article .md")].at(-1)?.textContent ?? "";
    document.querySelector<HTMLButtonElement>('button[aria-label="Stop generating"]')?.click();
    return shown.trim();
  });
  await expect(stopButton(page)).toHaveCount(0);
  await expect(page.getByText("Stopped before the end.")).toBeVisible();
  const kept = ((await replies(page).last().locator(".md").textContent()) ?? "").trim();
  expect(kept).toBe(onScreen);
  expect(kept.split(/\s+/).length).toBeGreaterThan(3);

  await page.reload();
  await expect(page.getByText("Stopped before the end.")).toBeVisible();
  await expect(replies(page).last().locator(".md")).toHaveText(kept);
});

test("an uploaded image is sent with the message", async ({ page }) => {
  await page.goto("/chat");
  await pickModel(page, "fake/echo");
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "pixel.png", mimeType: "image/png", buffer: tinyPng() });
  const chip = page.getByRole("list", { name: "Attached files" }).getByRole("listitem");
  await expect(chip).toContainText("pixel.png");
  await expect(chip).not.toContainText("Uploading");
  await composer(page).fill("What is in this picture?");
  await composer(page).press("Enter");

  await expect(page).toHaveURL(/\/chat\/[0-9a-f]{24}$/);
  await expect(replies(page).last()).toContainText("[images:1]");
  await waitForReplyToFinish(page);
  await page.reload();
  await expect(page.getByRole("article", { name: "Your message" }).getByRole("img")).toBeVisible();
  await expect(replies(page).last()).toContainText("[images:1]");

  // Clicking it opens it large, as the image studio does; Escape closes and
  // leaves the keyboard where it was.
  const thumbnail = page.getByRole("button", { name: "Open pixel.png" });
  await thumbnail.click();
  const lightbox = page.getByRole("dialog", { name: "pixel.png" });
  await expect(lightbox.getByRole("img", { name: "pixel.png" })).toBeVisible();
  await expect(lightbox.getByRole("link", { name: "Download" })).toHaveAttribute(
    "download",
    "pixel.png",
  );
  await page.keyboard.press("Escape");
  await expect(lightbox).toBeHidden();
  await expect(thumbnail).toBeFocused();
});

test("regenerating adds a version, and the switcher moves between versions", async ({ page }) => {
  await startChat(page, "fake/echo", "Give me two answers");
  await waitForReplyToFinish(page);

  await replies(page).last().getByRole("button", { name: "Regenerate reply" }).click();
  await waitForReplyToFinish(page);
  const reply = replies(page).last();
  await expect(reply.getByText("2/2")).toBeVisible();

  await reply.getByRole("button", { name: "Previous version" }).click();
  await expect(reply.getByText("1/2")).toBeVisible();
  await expect(reply).toContainText("Echo: Give me two answers");

  // The version on show is remembered.
  await page.reload();
  await expect(replies(page).last().getByText("1/2")).toBeVisible();
  await replies(page).last().getByRole("button", { name: "Next version" }).click();
  await expect(replies(page).last().getByText("2/2")).toBeVisible();
});

test("editing a message sends it as a new version", async ({ page }) => {
  await startChat(page, "fake/echo", "Original question");
  await waitForReplyToFinish(page);

  const question = page.getByRole("article", { name: "Your message" }).last();
  await question.hover();
  await question.getByRole("button", { name: "Edit message" }).click();
  await page.getByLabel("Edit message").fill("Better question");
  await page.getByRole("button", { name: "Save & send" }).click();
  await expect(replies(page).last()).toContainText("Echo: Better question");
  await waitForReplyToFinish(page);
  await expect(page.getByRole("article", { name: "Your message" }).getByText("2/2")).toBeVisible();
});

test("a reply that breaks off keeps its words, says so once, and Retry answers again", async ({
  page,
}) => {
  await startChat(page, "fake/cut", "This one breaks [[tokens:60]]");
  await expect(stopButton(page)).toHaveCount(0, { timeout: 30_000 });
  const broken = replies(page).last();
  await expect(broken).toContainText("Echo: This one breaks");
  const notice = page.getByRole("alert").filter({ hasText: "stopped before finishing" });
  await expect(notice).toHaveCount(1);
  await expect(broken.getByRole("alert")).toContainText("stopped before finishing");

  // Retry with a model that finishes: a second version, and the first is kept.
  await pickModel(page, "fake/echo");
  await broken.getByRole("button", { name: "Retry" }).click();
  await waitForReplyToFinish(page);
  await expect(replies(page).last().getByText("2/2")).toBeVisible();
  await expect(notice).toHaveCount(0);

  await page.reload();
  await replies(page).last().getByRole("button", { name: "Previous version" }).click();
  await expect(replies(page).last().getByText("1/2")).toBeVisible();
  await expect(replies(page).last()).toContainText("Echo: This one breaks");
  await expect(replies(page).last().getByRole("alert")).toContainText("stopped before finishing");
});

test("an answer that finishes in a background tab shows a notification, unless turned off", async ({
  page,
}) => {
  const { setHidden, shown } = await watchNotifications(page);

  await startChat(page, "fake/slow", "Seen while here [[tokens:20]]");
  await waitForReplyToFinish(page);
  expect(await shown()).toEqual([]);

  await setHidden(true);
  await composer(page).fill("Finished while away [[tokens:20]]");
  await composer(page).press("Enter");
  await waitForReplyToFinish(page);
  await expect
    .poll(shown)
    .toEqual([
      { title: "Your answer is ready", body: expect.stringContaining("Echo: Finished while away") },
    ]);

  // Turned off in Settings: nothing more.
  await page.goto("/settings");
  const toggle = page.getByRole("switch", { name: "Notifications" });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Preferences saved.")).toBeVisible();
  await startChat(page, "fake/echo", "Quietly [[tokens:10]]");
  await waitForReplyToFinish(page);
  await setHidden(true);
  await composer(page).fill("Still quiet");
  await composer(page).press("Enter");
  await waitForReplyToFinish(page);
  expect(await shown()).toEqual([]);
});
