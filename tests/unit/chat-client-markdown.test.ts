import { describe, expect, it } from "vitest";
import { splitMarkdownBlocks } from "@/lib/chat/client/markdown-blocks";
import { normalizeMath } from "@/lib/chat/client/math-delimiters";
import { safeUrl } from "@/lib/chat/client/safe-url";

describe("splitMarkdownBlocks", () => {
  it("splits paragraphs at blank lines", () => {
    expect(splitMarkdownBlocks("One.\n\nTwo\nstill two.\n\n\nThree.")).toEqual([
      "One.",
      "Two\nstill two.",
      "Three.",
    ]);
  });

  it("keeps a fenced code block with blank lines whole", () => {
    const md = "Intro\n\n```ts\nconst a = 1;\n\n\nconst b = 2;\n```\n\nAfter";
    expect(splitMarkdownBlocks(md)).toEqual([
      "Intro",
      "```ts\nconst a = 1;\n\n\nconst b = 2;\n```",
      "After",
    ]);
  });

  it("keeps an unclosed fence (still streaming) as the last block", () => {
    expect(splitMarkdownBlocks("Hi\n\n```py\nx = 1\n\ny = 2")).toEqual([
      "Hi",
      "```py\nx = 1\n\ny = 2",
    ]);
  });

  it("does not close a backtick fence with tildes or a shorter fence", () => {
    const md = "````\n```\n\n~~~\n````\n\nEnd";
    expect(splitMarkdownBlocks(md)).toEqual(["````\n```\n\n~~~\n````", "End"]);
  });

  it("keeps display math with blank lines whole", () => {
    expect(splitMarkdownBlocks("$$\na\n\nb\n$$\n\nText")).toEqual(["$$\na\n\nb\n$$", "Text"]);
  });

  it("keeps a loose list and its indented paragraphs together", () => {
    const md = "- one\n\n- two\n\n  more of two\n\n1. three\n\nAfter";
    expect(splitMarkdownBlocks(md)).toEqual([
      "- one\n\n- two\n\n  more of two\n\n1. three",
      "After",
    ]);
  });

  it("leaves a document with reference definitions whole", () => {
    const md = "See [docs][1].\n\n[1]: https://example.com";
    expect(splitMarkdownBlocks(md)).toEqual([md]);
  });

  it("keeps finished blocks identical as text is appended", () => {
    const before = splitMarkdownBlocks("A para.\n\n| a | b |\n|---|---|\n| 1 |");
    const after = splitMarkdownBlocks("A para.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nMore");
    expect(after[0]).toBe(before[0]);
    expect(splitMarkdownBlocks("")).toEqual([]);
  });
});

describe("safeUrl", () => {
  it("keeps web, mail and relative links", () => {
    for (const url of ["https://a.example/x?y=1", "http://a.example", "mailto:a@b.c", "/p", "#h"]) {
      expect(safeUrl(url)).toBe(url);
    }
    expect(safeUrl("docs/a:b")).toBe("docs/a:b");
  });

  it("drops script, data and other protocols however they are spelt", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox",
      "file:///etc/passwd",
    ]) {
      expect(safeUrl(url)).toBe("");
    }
  });
});

describe("normalizeMath", () => {
  it("turns LaTeX delimiters into dollars", () => {
    expect(normalizeMath("Area \\(\\pi r^2\\).")).toBe("Area $\\pi r^2$.");
    expect(normalizeMath("\\[x^2\\]")).toBe("\n$$\nx^2\n$$\n");
  });

  it("shows a formula alone on its line between $$ as display math", () => {
    expect(normalizeMath("$$\\int_0^1 x\\,dx$$")).toBe("\n$$\n\\int_0^1 x\\,dx\n$$\n");
    expect(normalizeMath("So:\n  $$ a^2 + b^2 $$\nDone")).toBe("So:\n\n$$\na^2 + b^2\n$$\n\nDone");
    // Within a sentence it stays inline, and prices are still prices.
    expect(normalizeMath("Then $$x$$ holds")).toBe("Then $$x$$ holds");
    expect(normalizeMath("$$5 and $$6")).toBe("$$5 and $$6");
  });

  it("escapes dollars that start an amount, not math", () => {
    expect(normalizeMath("It costs $5 or $1,200.50 today.")).toBe(
      "It costs \\$5 or \\$1,200.50 today.",
    );
    expect(normalizeMath("Solve $2x = 4$ now")).toBe("Solve $2x = 4$ now");
    expect(normalizeMath("Already \\$5 escaped")).toBe("Already \\$5 escaped");
  });

  it("leaves code alone", () => {
    expect(normalizeMath("Use `$5` and `\\(x\\)`")).toBe("Use `$5` and `\\(x\\)`");
    const fenced = "```sh\necho $5 \\(x\\)\n```";
    expect(normalizeMath(fenced)).toBe(fenced);
  });
});
