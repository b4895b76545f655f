import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { log } from "@/lib/log";
import { buildProgress } from "./build-progress";

const SOURCE_DIR = path.resolve(process.cwd(), "tools/embedded-db");
const SOURCE_FILES = ["main.go", "go.mod", "go.sum"];

export interface EmbeddedDb {
  uri: string;
  /** True when this process started the server (and so must stop it). */
  owner: boolean;
  stop(): Promise<void>;
}

/**
 * The launcher binary, built with Go on first use and cached under a name
 * derived from its source, so an edited source is rebuilt and nothing stale
 * runs.
 */
async function ensureBinary(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of SOURCE_FILES) hash.update(await readFile(path.join(SOURCE_DIR, file)));
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

/**
 * Builds the launcher, saying what it does and how far along it is: the
 * first build fetches and compiles a few hundred packages, which takes
 * minutes, and a silent terminal for that long looks like a hang.
 */
async function buildBinary(output: string): Promise<void> {
  const startedAt = Date.now();
  log.info("building the embedded database: first start only, this takes a few minutes");
  log.info("embedded database: fetching its Go modules");
  const { stdout } = await promisify(execFile)("go", ["list", "-deps", "."], {
    cwd: SOURCE_DIR,
    maxBuffer: 16 * 1024 * 1024,
  });
  const total = stdout.split("\n").filter(Boolean).length;
  const progress = buildProgress(total, (percent, built) =>
    log.info(`embedded database: compiling, ${percent}%`, { packages: `${built} of ${total}` }),
  );
  const child = spawn("go", ["build", "-v", "-o", output, "."], {
    cwd: SOURCE_DIR,
    stdio: ["ignore", "ignore", "pipe"],
  });
  if (child.stderr) createInterface({ input: child.stderr }).on("line", progress.line);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(progress.errors() || `go build exited with code ${code}`);
  log.info("embedded database built", { seconds: Math.round((Date.now() - startedAt) / 1000) });
}

function readFirstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error("embedded database has no stdout"));
    const lines = createInterface({ input: child.stdout });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    lines.once("line", (line) => {
      lines.close();
      resolve(line);
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      reject(new Error(`embedded database exited with code ${code}: ${stderr.trim()}`));
    });
  });
}

/**
 * Starts FerretDB on SQLite files under `dataDir`, or joins the server that
 * already runs there. The server stops when this process exits, because it
 * watches its stdin, which closes with us.
 */
export async function startEmbeddedDb(dataDir: string): Promise<EmbeddedDb> {
  const binary = await ensureBinary();
  await mkdir(dataDir, { recursive: true });
  const child = spawn(binary, ["-data-dir", path.resolve(dataDir)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const { uri, owner } = JSON.parse(await readFirstLine(child)) as { uri: string; owner: boolean };
  if (!owner) return { uri, owner, stop: async () => {} };

  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // The child must not keep our event loop alive on its own.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
  return {
    uri,
    owner,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
