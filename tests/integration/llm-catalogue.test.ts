import { afterAll, describe, expect, it } from "vitest";
import { findModel, listModels } from "@/lib/llm/catalogue";
import { FAKE_MODELS } from "../fake-upstream/models";
import { startFakeUpstream } from "../fake-upstream/server";

// Before anything calls env(), which reads the environment once per worker.
const upstream = await startFakeUpstream();
process.env.OPENROUTER_BASE_URL = upstream.url;
process.env.OPENROUTER_API_KEY = "test-key";

afterAll(() => upstream.stop());

describe("the model catalogue against the fake upstream", () => {
  it("lists every model, normalised, and answers later calls from memory", async () => {
    const models = await listModels();
    expect(models.map((model) => model.id)).toEqual(FAKE_MODELS.map((model) => model.id));
    expect(models[0]).toEqual({
      id: "fake/echo",
      name: "Fake: echo",
      description: expect.any(String),
      contextLength: 32_768,
      maxOutputTokens: 8_192,
      pricing: {
        promptUsdPerToken: 0.000001,
        completionUsdPerToken: 0.000002,
        imageUsdPerImage: null,
      },
      inputModalities: ["text", "image"],
      outputModalities: ["text"],
      supportedParameters: expect.arrayContaining(["temperature", "tools", "seed"]),
    });

    await listModels();
    const listCalls = upstream.calls().filter((call) => call.path === "/models");
    expect(listCalls).toHaveLength(1);
    expect(listCalls[0]?.headers.authorization).toBe("Bearer test-key");
  });

  it("finds a model by id", async () => {
    expect(await findModel("fake/image")).toMatchObject({
      outputModalities: ["image", "text"],
      pricing: { imageUsdPerImage: 0.01 },
    });
    expect((await findModel("fake/text-only"))?.inputModalities).toEqual(["text"]);
    expect(await findModel("fake/missing")).toBeUndefined();
  });
});
