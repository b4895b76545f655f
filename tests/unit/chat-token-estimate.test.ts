import { describe, expect, it } from "vitest";
import { MEDIA_PART_TOKENS } from "@/lib/chat/shared/estimate";
import { estimatePromptTokens } from "@/lib/chat/token-budget";

describe("estimatePromptTokens", () => {
  it("counts text at about four characters a token, the system prompt included", () => {
    expect(
      estimatePromptTokens("Be brief.", [
        { role: "user", content: "a".repeat(40) },
        { role: "assistant", content: [{ type: "text", text: "b".repeat(40) }] },
      ]),
    ).toBe(Math.ceil(("Be brief.".length + 40 + 40 + 2) / 4));
  });

  it("counts an image or a file as a fixed amount, not by the length of its bytes", () => {
    const megabyte = new Uint8Array(1024 * 1024).fill(255);
    const estimate = estimatePromptTokens(undefined, [
      {
        role: "user",
        content: [
          { type: "text", text: "What is in these?" },
          { type: "image", image: megabyte, mediaType: "image/png" },
          { type: "file", data: megabyte, mediaType: "application/pdf" },
        ],
      },
    ]);
    expect(estimate).toBe(Math.ceil("\nWhat is in these?".length / 4) + 2 * MEDIA_PART_TOKENS);
  });
});
