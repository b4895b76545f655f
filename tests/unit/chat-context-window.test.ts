import type { ModelMessage } from "ai";
import { describe, expect, it } from "vitest";
import { fitToContextWindow } from "@/lib/chat/context-window";
import type { ModelInfo } from "@/lib/llm/model-info";

function model(contextLength: number | null, maxOutputTokens: number | null): ModelInfo {
  return {
    id: "test/model",
    name: "Test model",
    description: "",
    contextLength,
    maxOutputTokens,
    pricing: { promptUsdPerToken: 0, completionUsdPerToken: 0, imageUsdPerImage: null },
    inputModalities: ["text"],
    outputModalities: ["text"],
  };
}

/** A turn of `tokens` estimated tokens per message (four characters a token). */
function turn(n: number, tokens: number): ModelMessage[] {
  return [
    { role: "user", content: `q${n}`.padEnd(tokens * 4, ".") },
    { role: "assistant", content: `a${n}`.padEnd(tokens * 4, ".") },
  ];
}

const history: ModelMessage[] = [
  ...turn(1, 100),
  ...turn(2, 100),
  ...turn(3, 100),
  { role: "user", content: "q4".padEnd(400, ".") },
];

describe("fitting a conversation to the context window", () => {
  it("sends everything when it fits, or when the window is unknown", () => {
    expect(fitToContextWindow(undefined, history, model(10_000, 1_000), undefined)).toEqual({
      messages: history,
      dropped: 0,
    });
    expect(fitToContextWindow(undefined, history, model(null, null), undefined).dropped).toBe(0);
    expect(fitToContextWindow(undefined, history, null, undefined).dropped).toBe(0);
  });

  it("drops the oldest turns whole, keeping the newest and the reply's room", () => {
    // 800 tokens of window, 300 for the reply: 500 for the prompt, so two turns go.
    const fitted = fitToContextWindow("Be brief.", history, model(800, 300), undefined);
    expect(fitted.dropped).toBe(4);
    expect(fitted.messages[0]).toEqual(history[4]);
    expect(fitted.messages.at(-1)).toEqual(history.at(-1));
  });

  it("keeps room for an explicit maximum, and at most half the window for the model's own", () => {
    expect(fitToContextWindow(undefined, history, model(800, 100), 500).dropped).toBe(6);
    // The model may write as much as its window holds: half is kept for the reply.
    expect(fitToContextWindow(undefined, history, model(800, 800), undefined).dropped).toBe(4);
  });

  it("refuses a last message that does not fit on its own", () => {
    expect(() => fitToContextWindow(undefined, history, model(150, 100), undefined)).toThrow(
      /too long for Test model/,
    );
  });
});
