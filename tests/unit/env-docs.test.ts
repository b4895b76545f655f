import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENV_DOCS } from "@/lib/env-docs";
import { envTable, tableIn } from "@/tools/docs/env-table";
import { envExampleNames } from "../support/env-example";

// lib/env-docs.ts must name every variable of lib/env.ts: TypeScript checks that.
const documented = Object.keys(ENV_DOCS);

describe("the environment's documentation", () => {
  it("README.md's table is the one lib/env.ts gives", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(tableIn(readme), "README.md's table is out of date: run `npm run docs:env`").toBe(
      envTable(),
    );
  });

  it(".env.example names every variable lib/env.ts reads, and no other", () => {
    const example = envExampleNames();
    expect(
      documented.filter((name) => !example.includes(name)),
      "missing from .env.example",
    ).toEqual([]);
    expect(
      example.filter((name) => !documented.includes(name)),
      "not in lib/env.ts",
    ).toEqual([]);
  });
});
