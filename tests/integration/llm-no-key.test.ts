import { afterAll, describe, expect, it } from "vitest";
import { listModels } from "@/lib/llm/catalogue";
import { generateTitle, streamChat } from "@/lib/llm/stream-chat";
import { startFakeUpstream } from "../fake-upstream/server";

// An empty value counts as unset, as in a .env file.
const upstream = await startFakeUpstream();
process.env.OPENROUTER_BASE_URL = upstream.url;
process.env.OPENROUTER_API_KEY = "";

afterAll(() => upstream.stop());

const NO_KEY = {
  code: "no_api_key",
  status: 503,
  message: "No model provider is configured. Ask your administrator to set OPENROUTER_API_KEY.",
};

describe("without OPENROUTER_API_KEY", () => {
  it("streamChat ends with one clear error and never calls the upstream", async () => {
    const events = [];
    for await (const event of streamChat({
      modelId: "fake/echo",
      messages: [{ role: "user", content: "hi" }],
    })) {
      events.push(event);
    }
    expect(events).toEqual([{ type: "error", error: expect.objectContaining(NO_KEY) }]);
    expect(upstream.calls()).toEqual([]);
  });

  it("the model list fails with the same error", async () => {
    await expect(listModels()).rejects.toMatchObject(NO_KEY);
    expect(upstream.calls()).toEqual([]);
  });

  it("titles fall back to the user's words", async () => {
    expect(
      await generateTitle({ modelId: "fake/echo", userText: "Tax questions", assistantText: "" }),
    ).toBe("Tax questions");
  });
});
