import { describe, expect, it } from "vitest";
import { listModels } from "@/lib/llm/catalogue";
import { streamChat } from "@/lib/llm/stream-chat";
import { freePort } from "../setup/wait";

// A port nobody listens on: connections are refused at once.
process.env.OPENROUTER_BASE_URL = `http://127.0.0.1:${await freePort()}/api/v1`;
process.env.OPENROUTER_API_KEY = "test-key";

describe("with the upstream unreachable", () => {
  it("streamChat ends with upstream_unavailable", async () => {
    const events = [];
    for await (const event of streamChat({
      modelId: "fake/echo",
      messages: [{ role: "user", content: "hi" }],
    })) {
      events.push(event);
    }
    expect(events).toEqual([
      {
        type: "error",
        error: expect.objectContaining({
          code: "upstream_unavailable",
          status: 503,
          message: "The model provider cannot be reached. Try again in a moment.",
        }),
      },
    ]);
  });

  it("the model list fails with a 502 when it never loaded", async () => {
    await expect(listModels()).rejects.toMatchObject({ code: "upstream_error", status: 502 });
  });
});
