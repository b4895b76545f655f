import { expect, type Page, test } from "@playwright/test";
import { signUpAndIn } from "./accounts";
import { watchNotifications } from "./notifications";

// Runs against the fake upstream: every fake text model answers "Echo: <prompt>"
// and filler words; `[[tokens:N]]` sets the length and `[[delay:MS]]` the pace.

const models = ["Fake: slow", "Fake: echo", "Fake: text-only"];

const panel = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("a blind 3-way comparison streams, takes a vote, reveals the models and ranks them", async ({
  page,
}) => {
  await signUpAndIn(page, { name: "arena", displayName: "Arena Tester" });
  const notifications = await watchNotifications(page);
  await page.goto("/arena");
  await expect(page.getByText("No comparisons yet")).toBeVisible();

  // Three fake models, blind (the default).
  await page.getByLabel("Panel A", { exact: true }).selectOption({ label: models[0] });
  await page.getByLabel("Panel B", { exact: true }).selectOption({ label: models[1] });
  await page.getByRole("button", { name: "Add panel C" }).click();
  await page.getByLabel("Panel C", { exact: true }).selectOption({ label: models[2] });
  await expect(page.getByRole("switch", { name: "Blind" })).toHaveAttribute("aria-checked", "true");
  await page.getByRole("button", { name: "Create comparison" }).click();
  await expect(page).toHaveURL(/\/arena\/[0-9a-f]{24}$/);

  // Blind: only letters, no names.
  for (const name of ["Model A", "Model B", "Model C"]) {
    await expect(panel(page, name)).toBeVisible();
  }
  for (const name of models) await expect(page.getByText(name)).toHaveCount(0);

  // One prompt drives every panel; each streams on its own and finishes.
  // Sent from a tab that then goes to the background: a notification says when all have answered.
  const prompt = page.getByLabel("Prompt", { exact: true });
  await prompt.fill("Which is best? [[tokens:40]] [[delay:40]]");
  await notifications.setHidden(true);
  await prompt.press("Enter");
  await expect(page.getByRole("button", { name: "Stop all" })).toBeVisible();
  for (const name of ["Model A", "Model B", "Model C"]) {
    await expect(panel(page, name)).toContainText("Echo: Which is best?");
  }
  await expect(page.getByRole("button", { name: "Stop all" })).toHaveCount(0, { timeout: 30_000 });
  await expect
    .poll(notifications.shown)
    .toEqual([{ title: "Your comparison is ready", body: expect.stringContaining("Every panel") }]);
  await notifications.setHidden(false);
  // Blind, an answer shows its length but not its cost or pace: they could name the model.
  for (const name of ["Model A", "Model B", "Model C"]) {
    await expect(panel(page, name).getByText("Tokens", { exact: true })).toBeVisible();
    await expect(panel(page, name).getByRole("button", { name: "Copy answer" })).toBeVisible();
    await expect(panel(page, name).getByText(/TTFT|Cost/)).toHaveCount(0);
  }

  // The vote reveals who was who (a blind session shuffles the panels).
  const vote = page.getByRole("region", { name: "Vote" });
  await expect(vote.getByRole("button")).toHaveText([
    "A is best",
    "B is best",
    "C is best",
    "Tie",
    "All are bad",
  ]);
  await vote.getByRole("button", { name: "B is best" }).click();
  const revealed = page.getByRole("region", { name: "Models revealed" });
  await expect(revealed).toContainText("You voted “B is best”.");
  for (const name of models) await expect(revealed).toContainText(name);
  await expect(vote).toHaveCount(0);
  await expect(page.getByRole("region", { name: /^Model [ABC]$/ })).toHaveCount(0);
  const panelB = page.getByRole("region").filter({ hasText: /Model B · fake\// });
  await expect(panelB).toContainText("Your pick");
  await expect(panelB.getByText("TTFT", { exact: true })).toBeVisible();
  await expect(panelB.getByText("Cost", { exact: true }).first()).toBeVisible();
  const winner = ((await panelB.getByRole("heading").textContent()) ?? "").trim();
  expect(models).toContain(winner);

  // The vote and the names are saved.
  await page.reload();
  await expect(panel(page, winner)).toContainText("Your pick");
  await expect(page.getByText("You voted “B is best” on the last prompt.")).toBeVisible();
  // Focused once the page has hydrated: a click before that could be lost.
  await expect(prompt).toBeFocused();

  // The leaderboard ranks the three models from this one vote.
  await page.getByRole("link", { name: "Leaderboard" }).click();
  await expect(page).toHaveURL(/\/arena\/leaderboard$/);
  await page.getByRole("button", { name: "My votes" }).click();
  await expect(page).toHaveURL(/\/arena\/leaderboard\?scope=mine$/);
  const table = page.getByRole("table");
  const expectRanked = async () => {
    await expect(table.getByRole("rowheader").first()).toContainText(winner);
    for (const name of models) {
      const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
      // Cells: rank, rating, interval, votes, battles, win rate. One vote each;
      // the best of three won a battle against each of the two others.
      const cells = row.getByRole("cell");
      await expect(cells.nth(3)).toHaveText("1");
      await expect(cells.nth(4)).toContainText(name === winner ? "2" : "1");
      await expect(cells.nth(4)).toContainText(
        name === winner ? "2 won · 0 tied · 0 lost" : "0 won · 0 tied · 1 lost",
      );
      await expect(cells.nth(5)).toHaveText(name === winner ? "100%" : "0%");
    }
  };
  await expectRanked();

  // The vote was blind, so it still counts with blind votes only; the URL keeps the choice.
  const blindOnly = page.getByRole("switch", { name: "Blind votes only" });
  await expect(blindOnly).not.toBeChecked();
  await blindOnly.focus();
  await page.keyboard.press("Space");
  await expect(blindOnly).toBeChecked();
  await expect(page).toHaveURL(/\/arena\/leaderboard\?scope=mine&votes=blind$/);
  await expect(page.getByText("1 blind vote, cast before the names were shown.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("switch", { name: "Blind votes only" })).toBeChecked();
  await expect(page.getByRole("button", { name: "My votes" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectRanked();

  // Any panel goes on as a normal chat with its history.
  await page.goBack();
  await expect(prompt).toBeFocused();
  await page.getByRole("button", { name: `Continue ${winner} as a chat` }).click();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f]{24}$/);
  await expect(page.getByRole("article", { name: "Your message" })).toContainText("Which is best?");
  await expect(page.getByRole("article", { name: "Assistant's reply" })).toContainText(
    "Echo: Which is best?",
  );
});

test("Stop all keeps each panel's answer exactly as it was on screen", async ({ page }) => {
  await signUpAndIn(page, { name: "arena", displayName: "Arena Tester" });
  await page.goto("/arena");
  await page.getByLabel("Panel A", { exact: true }).selectOption({ label: models[0] });
  await page.getByLabel("Panel B", { exact: true }).selectOption({ label: models[0] });
  await page.getByRole("switch", { name: "Blind" }).click();
  await page.getByRole("button", { name: "Create comparison" }).click();
  await expect(page).toHaveURL(/\/arena\/[0-9a-f]{24}$/);

  const prompt = page.getByLabel("Prompt", { exact: true });
  await prompt.fill("Go on and on [[tokens:400]] [[delay:30]]");
  await prompt.press("Enter");
  const answers = page.locator("section[aria-labelledby] .md");
  await expect(answers.nth(1)).toContainText("lorem ipsum");
  // Read what is on screen and press Stop all in one go, with no frame between.
  const onScreen = await page.evaluate(() => {
    const shown = [...document.querySelectorAll("section[aria-labelledby] .md")].map((md) =>
      (md.textContent ?? "").trim(),
    );
    [...document.querySelectorAll("button")].find((b) => b.textContent === "Stop all")?.click();
    return shown;
  });
  await expect(page.getByText("Stopped before the end.")).toHaveCount(2);
  await expect(answers).toHaveText(onScreen);

  await page.reload();
  await expect(page.getByText("Stopped before the end.")).toHaveCount(2);
  await expect(answers).toHaveText(onScreen);
});

test("the vote bar shows as soon as the first prompt's answers end, and again after the next", async ({
  page,
}) => {
  await signUpAndIn(page, { name: "arena", displayName: "Arena Tester" });
  await page.goto("/arena");
  await page.getByLabel("Panel A", { exact: true }).selectOption({ label: "Fake: echo" });
  await page.getByLabel("Panel B", { exact: true }).selectOption({ label: "Fake: text-only" });
  await page.getByRole("button", { name: "Create comparison" }).click();
  await expect(page).toHaveURL(/\/arena\/[0-9a-f]{24}$/);

  const prompt = page.getByLabel("Prompt", { exact: true });
  const vote = page.getByRole("region", { name: "Vote" });
  for (const text of ["A quick one [[tokens:3]]", "And another [[tokens:3]]"]) {
    await prompt.fill(text);
    await prompt.press("Enter");
    // Both panels have the prompt; one answer each follows it.
    const answered = page
      .getByRole("article", { name: "Prompt and answer" })
      .filter({ hasText: text });
    await expect(answered).toHaveCount(2);
    await expect(vote.getByRole("button", { name: "Tie" })).toBeVisible();
    await vote.getByRole("button", { name: "Tie" }).click();
    await expect(vote).toHaveCount(0);
  }
});
