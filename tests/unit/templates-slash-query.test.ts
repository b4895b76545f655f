import { describe, expect, it } from "vitest";
import { slashQuery, templatesNamed } from "@/lib/templates/slash-query";
import { variableLabel } from "@/lib/templates/variable-label";

describe("slashQuery", () => {
  it.each([
    ["/", ""],
    ["/sum", "sum"],
    ["/  Summarise an  ", "Summarise an"],
    ["/usr/bin", "usr/bin"],
  ])("reads %j as a search for %j", (draft, query) => {
    expect(slashQuery(draft)).toBe(query);
  });

  it.each([
    ["no leading slash", "sum /x"],
    ["a space before the slash", " /sum"],
    ["an empty draft", ""],
    ["a second line", "/sum\nand more"],
    ["text longer than any name", `/${"a".repeat(81)}`],
  ])("is not a search with %s", (_label, draft) => {
    expect(slashQuery(draft)).toBeNull();
  });
});

describe("templatesNamed", () => {
  const templates = [{ name: "Summarise an article" }, { name: "Translate" }, { name: "Résumé" }];

  it("keeps the names holding the words, whatever their case, in the given order", () => {
    expect(templatesNamed(templates, "SUM")).toEqual([templates[0], templates[2]]);
    expect(templatesNamed(templates, "a")).toEqual([templates[0], templates[1]]);
    expect(templatesNamed(templates, "résumé")).toEqual([templates[2]]);
  });

  it("keeps every template for no words", () => {
    expect(templatesNamed(templates, "  ")).toEqual(templates);
  });
});

describe("variableLabel", () => {
  it.each([
    ["topic", "Topic"],
    ["target_language", "Target language"],
    ["targetLanguage", "Target language"],
    ["apiURL", "Api URL"],
    ["_x", "X"],
    ["A1", "A1"],
    ["__", "__"],
  ])("labels %s as %s", (name, label) => {
    expect(variableLabel(name)).toBe(label);
  });
});
