import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_BUNDLE } from "@/tools/standalone/layout";

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages and their instructions, continuation lines joined, comments dropped. */
function stages(): Stage[] {
  const lines = readFileSync("Dockerfile", "utf8")
    .replace(/\\\r?\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const result: Stage[] = [];
  for (const line of lines) {
    const [keyword = "", ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    if (keyword === "FROM") {
      const [base = "", , name = ""] = args.split(/\s+/);
      result.push({ name, base, instructions: [] });
    } else {
      result.at(-1)?.instructions.push({ keyword, args });
    }
  }
  return result;
}

const all = stages();
const runtime = all.at(-1) as Stage;
const dockerignore = readFileSync(".dockerignore", "utf8").split("\n");

/** COPY's sources and destination, flags left out. */
function copyPaths(args: string): { from?: string; sources: string[] } {
  const words = args.split(/\s+/);
  const from = words.find((word) => word.startsWith("--from="))?.slice("--from=".length);
  const paths = words.filter((word) => !word.startsWith("--"));
  return { from, sources: paths.slice(0, -1) };
}

describe("Dockerfile", () => {
  it("builds on Node 20's Debian slim image in stages and runs as a user, not root", () => {
    expect(all.map((stage) => stage.name)).toEqual(["deps", "build", "runtime"]);
    for (const stage of all) expect(stage.base).toMatch(/^node:20-\w+-slim$/);
    const user = runtime.instructions.filter((step) => step.keyword === "USER");
    expect(user.map((step) => step.args)).toEqual(["node"]);
  });

  it("copies only files that exist and that .dockerignore lets through", () => {
    for (const stage of all) {
      for (const step of stage.instructions.filter((s) => s.keyword === "COPY")) {
        const { from, sources } = copyPaths(step.args);
        if (from) {
          expect(all.map((s) => s.name)).toContain(from);
          continue;
        }
        for (const source of sources) {
          expect(existsSync(source), `${source} in ${stage.name}`).toBe(true);
          expect(dockerignore, `${source} is ignored`).not.toContain(source);
        }
      }
    }
  });

  it("downloads nothing but npm packages", () => {
    const runs = all.flatMap((stage) =>
      stage.instructions.filter((step) => step.keyword === "RUN").map((step) => step.args),
    );
    expect(runs.filter((run) => /\b(curl|wget|apt-get|apk|go)\b/.test(run))).toEqual([]);
    expect(runs).toContain("npm ci --no-audit --no-fund");
    expect(runs).toContain("npm run build");
  });

  it("runs the bundle the build writes into the standalone folder", () => {
    expect(JSON.parse(readFileSync("package.json", "utf8")).scripts.build).toContain(
      "tools/standalone/bundle.ts",
    );
    const copies = runtime.instructions
      .filter((step) => step.keyword === "COPY")
      .map((step) => step.args);
    expect(copies).toEqual(["--from=build --chown=node:node /app/.next/standalone ./"]);
    const workdir = runtime.instructions.find((step) => step.keyword === "WORKDIR");
    expect(workdir?.args).toBe("/app");
    const cmd = runtime.instructions.find((step) => step.keyword === "CMD");
    expect(JSON.parse(cmd?.args ?? "null")).toEqual(["node", SERVER_BUNDLE]);
  });
});
