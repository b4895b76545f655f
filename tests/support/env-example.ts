import { readFileSync } from "node:fs";

/** The variables `.env.example` names, in order. */
export function envExampleNames(): string[] {
  return readFileSync(".env.example", "utf8")
    .split("\n")
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}
