/**
 * Where the build puts the standalone server, shared by the bundler, the
 * Dockerfile's checks and the tests: `<distDir>/standalone/` holds Next's
 * traced server, `node_modules/` and this bundle of server.ts.
 */
export const SERVER_BUNDLE = "server.mjs";

export function distDir(): string {
  return process.env.NEXT_DIST_DIR ?? ".next";
}

export function standaloneDir(): string {
  return `${distDir()}/standalone`;
}
