import { describe, expect, it } from "vitest";
import { fillPlaceholders, templateParts } from "@/lib/templates/parts";

describe("templateParts", () => {
  it("cuts the text at each placeholder, with where each part starts", () => {
    expect(templateParts("Hi {{ name }}, {{greeting}}!")).toEqual([
      { kind: "text", text: "Hi ", start: 0 },
      { kind: "variable", name: "name", start: 3 },
      { kind: "text", text: ", ", start: 13 },
      { kind: "variable", name: "greeting", start: 15 },
      { kind: "text", text: "!", start: 27 },
    ]);
  });

  it("keeps what is not a variable as text", () => {
    expect(templateParts("{x} {{}} {{1st}} {{__proto__}}")).toEqual([
      { kind: "text", text: "{x} {{}} {{1st}} {{__proto__}}", start: 0 },
    ]);
  });

  it("gives nothing for an empty text", () => {
    expect(templateParts("")).toEqual([]);
  });
});

describe("fillPlaceholders", () => {
  it.each([
    ["another variable", "{{other}}"],
    ["itself", "{{value}}"],
    ["a whole-match pattern", "$&"],
    ["a group pattern", "$1"],
    ["the text before and after", "$` and $'"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is what is tested
    ["a template literal", "${process.env.HOME}"],
    ["markup", "<b>bold</b> &amp;"],
  ])("keeps %s in a value verbatim", (_label, value) => {
    expect(fillPlaceholders("<{{value}}> and <{{other}}>", { value, other: "O" })).toBe(
      `<${value}> and <O>`,
    );
  });

  it("leaves a variable without a value empty, and never reads inherited properties", () => {
    expect(fillPlaceholders("[{{a}}] [{{toString}}]", {})).toBe("[] []");
  });
});
