import { describe, expect, it } from "vitest";
import { defaultChoices, nextChoice } from "@/lib/arena/client/panel-choice";
import type { ModelInfo } from "@/lib/llm/model-info";

function model(id: string, output = ["text"]): ModelInfo {
  return {
    id,
    name: id,
    description: "",
    contextLength: null,
    maxOutputTokens: null,
    pricing: { promptUsdPerToken: 0, completionUsdPerToken: 0, imageUsdPerImage: null },
    inputModalities: ["text"],
    outputModalities: output,
  };
}

const models = [model("a/one"), model("a/draw", ["image"]), model("b/two"), model("c/three")];

describe("panel choices of a new comparison", () => {
  it("start with the last-used model and the next text models", () => {
    expect(defaultChoices(models, "b/two")).toEqual(["model:b/two", "model:a/one"]);
    expect(defaultChoices([], null)).toEqual(["", ""]);
  });

  it("give an added panel the first text model not already shown", () => {
    expect(nextChoice(models, "b/two", ["model:b/two", "model:a/one"])).toBe("model:c/three");
    expect(nextChoice(models, null, ["model:a/one", ""])).toBe("model:b/two");
    expect(nextChoice(models, null, ["model:a/one", "model:b/two", "model:c/three"])).toBe("");
  });
});
