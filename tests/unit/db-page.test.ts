import { describe, expect, it } from "vitest";
import { decodeSortKey, encodeSortKey, toPage } from "@/lib/db/page";

describe("toPage", () => {
  it("names the last item shown when one more came than the page holds", () => {
    expect(toPage([1, 2, 3], 2, (last) => `after ${last}`)).toEqual({
      items: [1, 2],
      nextCursor: "after 2",
    });
  });

  it("has no cursor on the last page", () => {
    expect(toPage([1, 2], 2, String)).toEqual({ items: [1, 2], nextCursor: null });
    expect(toPage([], 2, String)).toEqual({ items: [], nextCursor: null });
  });
});

describe("sort key cursors", () => {
  const readPair = ([time, id, ...rest]: unknown[]) =>
    rest.length === 0 && typeof time === "number" && typeof id === "string"
      ? { time, id }
      : undefined;

  it("give back the key they were made from", () => {
    expect(decodeSortKey(encodeSortKey([5, "abc"]), readPair)).toEqual({ time: 5, id: "abc" });
  });

  it.each([
    ["not base64 JSON", "garbage"],
    ["not a list", Buffer.from("{}").toString("base64url")],
    ["a key of another shape", encodeSortKey(["x", 1, 2])],
  ])("refuse %s with a 400 on the cursor field", (_, cursor) => {
    expect(() => decodeSortKey(cursor, readPair)).toThrow(
      expect.objectContaining({ status: 400, fields: { cursor: ["is not a valid cursor"] } }),
    );
  });
});
