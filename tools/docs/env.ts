import { readFile, writeFile } from "node:fs/promises";
import { envTable, withTable } from "./env-table";

/** `npm run docs:env`: rewrites the README's table of environment variables from lib/env.ts. */
const readme = await readFile("README.md", "utf8");
const updated = withTable(readme, envTable());
if (updated === readme) {
  console.log("README.md's environment table is up to date");
} else {
  await writeFile("README.md", updated);
  console.log("README.md's environment table was rewritten");
}
