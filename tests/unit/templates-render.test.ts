import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_RENDERED_LENGTH, renderTemplate } from "@/lib/templates/render";

function failure(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("renderTemplate", () => {
  it("replaces every occurrence, with or without spaces", () => {
    expect(
      renderTemplate("Hi {{name}}, {{ name }}! {{greeting}}", { name: "Ada", greeting: "" }),
    ).toBe("Hi Ada, Ada! ");
  });

  it.each([
    ["another variable", "{{other}}"],
    ["itself", "{{value}}"],
    ["a whole-match pattern", "$&"],
    ["a group pattern", "$1"],
    ["a named group pattern", "$<name>"],
    ["the text before and after", "$` and $'"],
    ["a dollar escape", "$$"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is what is tested
    ["a template literal", "${process.env.HOME}"],
    ["an env reference", "$HOME %PATH% process.env.X"],
    ["backslashes", "C:\\temp\\new \\n \\\\"],
    ["braces", "{{ }} {{{value}}} }}{{"],
  ])("keeps %s in a value verbatim", (_label, value) => {
    process.env.X = "secret";
    const text = renderTemplate("<{{value}}> and <{{other}}>", { value, other: "O" });
    expect(text).toBe(`<${value}> and <O>`);
  });

  it("does not expand environment values written in the template itself", () => {
    process.env.TEMPLATE_TEST_SECRET = "leaked";
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is what is tested
    const template = "${process.env.TEMPLATE_TEST_SECRET} $TEMPLATE_TEST_SECRET {{v}}";
    expect(renderTemplate(template, { v: "x" })).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is what is tested
      "${process.env.TEMPLATE_TEST_SECRET} $TEMPLATE_TEST_SECRET x",
    );
  });

  it("answers a missing variable with a 400 naming it", () => {
    const error = failure(() => renderTemplate("{{a}} {{b}}", { a: "1" }));
    expect(error.status).toBe(400);
    expect(Object.keys(error.fields ?? {})).toEqual(["values.b"]);
    expect(error.message).toContain("values.b");
  });

  it("answers an unknown key with a 400 naming it", () => {
    const error = failure(() => renderTemplate("{{a}}", { a: "1", extra: "2" }));
    expect(error.status).toBe(400);
    expect(Object.keys(error.fields ?? {})).toEqual(["values.extra"]);
  });

  it("does not take inherited properties for values", () => {
    const error = failure(() => renderTemplate("{{toString}} {{constructor}}", {}));
    expect(Object.keys(error.fields ?? {})).toEqual(["values.toString", "values.constructor"]);
  });

  it("refuses a result longer than the limit", () => {
    const template = "{{v}}".repeat(10);
    const error = failure(() =>
      renderTemplate(template, { v: "x".repeat(MAX_RENDERED_LENGTH / 10 + 1) }),
    );
    expect(error.status).toBe(400);
  });

  it("keeps {{__proto__}} as text and fills the rest", () => {
    const values = JSON.parse('{"v":"x"}') as Record<string, string>;
    expect(renderTemplate("{{__proto__}} {{v}}", values)).toBe("{{__proto__}} x");
  });

  it("leaves text without variables alone", () => {
    expect(renderTemplate("no $& variables \\1", {})).toBe("no $& variables \\1");
  });
});
