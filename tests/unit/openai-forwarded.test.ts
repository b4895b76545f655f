import { describe, expect, it } from "vitest";
import type { ModelInfo } from "@/lib/llm/model-info";
import { forwardedFields } from "@/lib/openai/forwarded";
import { chatCompletionRequestSchema } from "@/lib/openai/schemas";

function model(supportedParameters?: string[]): ModelInfo {
  return {
    id: "some/model",
    name: "Some model",
    description: "",
    contextLength: null,
    maxOutputTokens: null,
    pricing: { promptUsdPerToken: 0, completionUsdPerToken: 0, imageUsdPerImage: null },
    inputModalities: ["text"],
    outputModalities: ["text"],
    ...(supportedParameters ? { supportedParameters } : {}),
  };
}

function request(fields: Record<string, unknown>) {
  return chatCompletionRequestSchema.parse({
    model: "some/model",
    messages: [{ role: "user", content: "hi" }],
    ...fields,
  });
}

const TOOL = {
  type: "function",
  function: {
    name: "lookup",
    parameters: { type: "object" },
    cache_control: { type: "ephemeral" },
  },
};

describe("forwardedFields", () => {
  it("passes every field on as sent when the model lists no parameters", () => {
    const fields = {
      tools: [TOOL],
      tool_choice: "required",
      parallel_tool_calls: false,
      response_format: { type: "json_object" },
      stop: "END",
      seed: 7,
      reasoning_effort: "high",
    };
    expect(forwardedFields(request(fields), model())).toEqual(fields);
  });

  it("leaves out what the caller did not send", () => {
    expect(forwardedFields(request({ temperature: 0.5 }), model())).toEqual({});
  });

  it("holds a model to the parameters it lists, by OpenRouter's names", () => {
    const listed = model(["tools", "reasoning", "structured_outputs"]);
    expect(
      forwardedFields(
        request({
          tools: [TOOL],
          parallel_tool_calls: true,
          reasoning_effort: "low",
          response_format: { type: "json_schema", json_schema: { name: "answer" } },
        }),
        listed,
      ),
    ).toMatchObject({ parallel_tool_calls: true, reasoning_effort: "low" });
    expect(() => forwardedFields(request({ seed: 1 }), listed)).toThrow(
      expect.objectContaining({ status: 400, fields: { seed: ["is not supported by the model"] } }),
    );
    expect(() =>
      forwardedFields(request({ response_format: { type: "json_object" } }), listed),
    ).toThrow(expect.objectContaining({ code: "unsupported_parameter" }));
    // Plain text is what every model writes.
    expect(forwardedFields(request({ response_format: { type: "text" } }), listed)).toEqual({
      response_format: { type: "text" },
    });
  });
});
