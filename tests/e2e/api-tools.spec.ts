import { expect, test } from "@playwright/test";
import { newAccountPage } from "./accounts";

// This file's own client address (see playwright.config.ts): its accounts do not count against the others'.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.47" } });

const WEATHER = {
  type: "function",
  function: {
    name: "get_weather",
    parameters: { type: "object", properties: { city: { type: "string" } } },
  },
};

test("tool calls an agent stored through the API show as calls that open to their result", async ({
  browser,
}) => {
  const { page } = await newAccountPage(browser, { name: "tools", displayName: "Agent Owner" });
  const origin = new URL(page.url()).origin;
  const created = await page.request.post("/api/keys", {
    data: { name: "agent" },
    headers: { origin },
  });
  expect(created.status()).toBe(201);
  const { secret } = (await created.json()) as { secret: string };
  const complete = (messages: unknown[]) =>
    page.request.post("/api/v1/chat/completions", {
      data: { model: "fake/echo", messages, tools: [WEATHER], store: true },
      headers: { authorization: `Bearer ${secret}` },
    });

  const question = { role: "user", content: 'Weather? [[tool:get_weather={"city":"Paris"}]]' };
  const calling = await complete([question]);
  expect(calling.status()).toBe(200);
  const { choices } = (await calling.json()) as {
    choices: Array<{ message: { tool_calls: Array<{ id: string }> } }>;
  };
  const call = choices[0]?.message;
  const answered = await complete([
    question,
    { role: "assistant", content: null, ...call },
    { role: "tool", tool_call_id: call?.tool_calls[0]?.id, content: '{"temp":21}' },
  ]);
  expect(answered.status()).toBe(200);
  const id = answered.headers()["x-uni-chat-conversation-id"];

  await page.goto(`/chat/${id}`);
  const summary = page.locator("summary", { hasText: "Called get_weather" });
  await expect(summary).toContainText('get_weather({"city":"Paris"})');
  await expect(page.getByText("Tool get_weather said")).toBeVisible();
  // Closed at first; the keyboard opens it to the arguments and the result.
  const result = page.getByText("Result", { exact: true });
  await expect(result).toBeHidden();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(result).toBeVisible();
  await expect(page.getByText('"temp": 21')).toBeVisible();
});
