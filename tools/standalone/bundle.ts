import { existsSync } from "node:fs";
import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { distDir, SERVER_BUNDLE, standaloneDir } from "./layout";

/**
 * Turns `next build`'s standalone folder into a runnable server: server.ts
 * bundled into one file beside Next's traced `node_modules/`, and the static
 * assets copied in (Next leaves them out, expecting a CDN).
 */

/** Packages whose one instance the bundle must share with Next's server code. */
const SHARED = ["next", "@next/env", "mongoose"];

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/**
 * Imports Next's build traced into the folder stay imports, so the server and
 * the routes share one mongoose and one `@next/env`; anything else is bundled.
 */
function resolveFromStandalone(modulesDir: string): Plugin {
  return {
    name: "resolve-from-standalone",
    setup(esbuild) {
      // Outside Next's "react-server" build this package throws; it only marks modules.
      esbuild.onResolve({ filter: /^server-only$/ }, () => ({
        path: "server-only",
        namespace: "empty",
      }));
      esbuild.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
      esbuild.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("node:") || args.path.startsWith("@/")) return undefined;
        const name = packageName(args.path);
        return existsSync(path.join(modulesDir, name))
          ? { path: args.path, external: true }
          : undefined;
      });
    },
  };
}

async function main() {
  const dir = standaloneDir();
  const modulesDir = path.join(dir, "node_modules");
  for (const name of SHARED) {
    if (!existsSync(path.join(modulesDir, name))) {
      throw new Error(
        `${name} is missing from ${modulesDir}: did next build write a standalone folder?`,
      );
    }
  }
  const { config } = JSON.parse(
    await readFile(path.join(distDir(), "required-server-files.json"), "utf8"),
  ) as { config: unknown };

  await build({
    entryPoints: ["tools/standalone/entry.ts"],
    outfile: path.join(dir, SERVER_BUNDLE),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    tsconfig: "tsconfig.json",
    // Bundled CommonJS code may require() Node's modules.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    define: { STANDALONE_NEXT_CONFIG: JSON.stringify(JSON.stringify(config)) },
    plugins: [resolveFromStandalone(modulesDir)],
    logLevel: "warning",
  });

  const inner = path.join(dir, distDir());
  await cp(path.join(distDir(), "static"), path.join(inner, "static"), { recursive: true });
  if (existsSync("public")) await cp("public", path.join(dir, "public"), { recursive: true });
  console.log(`standalone server: ${path.join(dir, SERVER_BUNDLE)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
