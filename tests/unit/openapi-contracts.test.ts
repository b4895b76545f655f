import { describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/openapi/document";

describe("the route contracts", () => {
  it("declare each method and path once", () => {
    const operations = OPERATIONS.map((contract) => `${contract.method} ${contract.path}`);
    expect(new Set(operations).size).toBe(operations.length);
  });
});
