import { describe, expect, it } from "vitest";
import { formatBudgetUsd } from "@/lib/usage/shared/format-budget";

describe("formatBudgetUsd", () => {
  it("shows whole cents with two decimals", () => {
    expect(formatBudgetUsd(5)).toBe("$5.00");
    expect(formatBudgetUsd(0.5)).toBe("$0.50");
    expect(formatBudgetUsd(0.01)).toBe("$0.01");
  });

  it("shows an amount under a cent with its own digits, never $0.00", () => {
    expect(formatBudgetUsd(0.004)).toBe("$0.004");
    expect(formatBudgetUsd(0.0045)).toBe("$0.0045");
    expect(formatBudgetUsd(1.2345)).toBe("$1.2345");
  });

  it("shows no budget left as $0", () => {
    expect(formatBudgetUsd(0)).toBe("$0");
  });
});
