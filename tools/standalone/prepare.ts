import path from "node:path";
import { fileURLToPath } from "node:url";
import nextEnv from "@next/env";

/** next.config.mjs as the build resolved it, written in by the bundler. */
declare const STANDALONE_NEXT_CONFIG: string;

// As Next's own standalone server.js does: the folder holds no next.config.mjs
// (nor what it imports), so Next takes the build's resolved config from here,
// and paths such as `.next/` are relative to the folder wherever it is started.
process.chdir(path.dirname(fileURLToPath(import.meta.url)));
// Nothing but the production build is in the folder.
Object.assign(process.env, { NODE_ENV: "production" });
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = STANDALONE_NEXT_CONFIG;

// The embedded database is built from tools/embedded-db with Go, neither of
// which is in this folder: say so at once instead of failing to build it.
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
if (!process.env.MONGODB_URI) {
  console.error(
    "MONGODB_URI is not set. The standalone server has no embedded database: point it at MongoDB.",
  );
  process.exit(1);
}
