import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { log } from "@/lib/log";
import { buildProgress } from "./build-progress";
import { FERRETDB_EDITS, patchFerretDb } from "./ferretdb-patch";

const SOURCE_DIR = path.resolve(process.cwd(), "tools/embedded-db");

/**
 * The launcher binary, built with Go on first use and cached under a name
 * derived from its source, so an edited source is rebuilt and nothing stale
 * runs.
 */
export async function ensureBinary(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await sourceFiles()) {
    hash.update(file);
    hash.update(await readFile(path.join(SOURCE_DIR, file)));
  }
  hash.update(FERRETDB_EDITS);
  const binary = path.join(SOURCE_DIR, "bin", `embedded-db-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(binary)) return binary;

  await mkdir(path.dirname(binary), { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await buildBinary(partial);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "Go is not installed"
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(
      `Could not build the embedded database (${reason.trim()}). ` +
        "Install Go 1.24+ or set MONGODB_URI to a MongoDB server.",
    );
  }
  await rename(partial, binary);
  return binary;
}

/** The Go sources (FerretDB's patch among them) and the module files, in a stable order. */
async function sourceFiles(): Promise<string[]> {
  const files = await readdir(SOURCE_DIR, { recursive: true });
  return files
    .filter((file) => !file.startsWith("bin"))
    .filter((file) => file.endsWith(".go") || file === "go.mod" || file === "go.sum")
    .sort();
}

/**
 * Builds the launcher, saying what it does and how far along it is: the
 * first build fetches and compiles a few hundred packages, which takes
 * minutes, and a silent terminal for that long looks like a hang.
 */
async function buildBinary(output: string): Promise<void> {
  const startedAt = Date.now();
  log.info("building the embedded database: first start only, this takes a few minutes");
  log.info("embedded database: fetching its Go modules");
  const buildDir = `${output}.src`;
  try {
    const modfile = await patchFerretDb(SOURCE_DIR, buildDir);
    await compile(output, ["-modfile", modfile]);
  } finally {
    await rm(buildDir, { recursive: true, force: true });
  }
  log.info("embedded database built", { seconds: Math.round((Date.now() - startedAt) / 1000) });
}

async function compile(output: string, flags: string[]): Promise<void> {
  const { stdout } = await promisify(execFile)("go", ["list", ...flags, "-deps", "."], {
    cwd: SOURCE_DIR,
    maxBuffer: 16 * 1024 * 1024,
  });
  const total = stdout.split("\n").filter(Boolean).length;
  const progress = buildProgress(total, (percent, built) =>
    log.info(`embedded database: compiling, ${percent}%`, { packages: `${built} of ${total}` }),
  );
  const child = spawn("go", ["build", ...flags, "-v", "-o", output, "."], {
    cwd: SOURCE_DIR,
    stdio: ["ignore", "ignore", "pipe"],
  });
  if (child.stderr) createInterface({ input: child.stderr }).on("line", progress.line);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(progress.errors() || `go build exited with code ${code}`);
}
