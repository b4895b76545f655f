import { describe, expect, it } from "vitest";
import { extractVariables } from "@/lib/templates/variables";

describe("extractVariables", () => {
  it("finds each variable once, in order of first appearance", () => {
    expect(extractVariables("{{b}} then {{a}}, {{b}} again and {{ c }}")).toEqual(["b", "a", "c"]);
  });

  it("allows spaces inside the braces and treats them as the same name", () => {
    expect(extractVariables("{{name}} {{ name }} {{  name\t}}")).toEqual(["name"]);
  });

  it("accepts letters, digits and underscores, not starting with a digit", () => {
    expect(extractVariables("{{_x}} {{A1}} {{snake_case}} {{1st}} {{a-b}} {{a b}} {{é}}")).toEqual([
      "_x",
      "A1",
      "snake_case",
    ]);
  });

  it("caps names at 40 characters", () => {
    const longest = `a${"b".repeat(39)}`;
    expect(extractVariables(`{{${longest}}} {{${longest}c}}`)).toEqual([longest]);
  });

  it("ignores single braces, empty braces and unclosed ones", () => {
    expect(extractVariables("{x} {{}} {{ }} {{open and {{closed}}")).toEqual(["closed"]);
  });

  it("leaves {{__proto__}} as text: it could never be a key of the values", () => {
    expect(extractVariables("{{__proto__}} {{proto}}")).toEqual(["proto"]);
  });

  it("is empty for text without variables", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is what is tested
    expect(extractVariables("Plain text with $1 and ${HOME}")).toEqual([]);
  });
});
