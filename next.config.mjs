import { execFileSync } from "node:child_process";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import createNextIntlPlugin from "next-intl/plugin";

// Server components find their messages and locale through this file.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * The commit being built, for the admin's health detail: GIT_COMMIT (a
 * Docker build argument, as the image has no .git), else git's HEAD.
 */
function buildCommit() {
  if (process.env.GIT_COMMIT) return process.env.GIT_COMMIT;
  try {
    return execFileSync("git", ["rev-parse", "--short=12", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) =>
  withNextIntl({
    // Dev output apart from the production build, so `npm run dev` and
    // `npm run build` (which the tests start) never overwrite each other.
    // NEXT_DIST_DIR lets parallel checkouts of work build side by side.
    distDir:
      process.env.NEXT_DIST_DIR ?? (phase === PHASE_DEVELOPMENT_SERVER ? ".next-dev" : ".next"),
    // The build also writes a self-contained server folder (what the Docker
    // image runs). Only the build needs to know: at run time Next would warn
    // that `next start` is not the standalone server, which ours is not either.
    output: phase === PHASE_PRODUCTION_BUILD ? "standalone" : undefined,
    // This folder, not a parent with a lockfile of its own, is the root of
    // the standalone folder's layout.
    outputFileTracingRoot: import.meta.dirname,
    poweredByHeader: false,
    env: phase === PHASE_PRODUCTION_BUILD ? commitEnv() : {},
    // Loaded by Node as they are, not bundled: the metrics registry and the
    // tracer are shared with server.ts, which runs outside the bundle.
    serverExternalPackages: [
      "prom-client",
      "@opentelemetry/api",
      "@opentelemetry/exporter-trace-otlp-http",
      "@opentelemetry/resources",
      "@opentelemetry/sdk-trace-node",
    ],
    reactStrictMode: true,
    experimental: {
      serverActions: { bodySizeLimit: "1mb" },
    },
    // Keep the test and tool folders out of the server build's file tracing,
    // and the TypeScript sources that code reading files by path pulls in.
    outputFileTracingExcludes: {
      "*": ["tools/**", "tests/**", ".data/**", "app/**/*.ts", "lib/**/*.ts"],
    },
    async headers() {
      return [
        {
          source: "/:path*",
          headers: [
            { key: "X-Content-Type-Options", value: "nosniff" },
            { key: "X-Frame-Options", value: "DENY" },
            { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
            {
              key: "Permissions-Policy",
              value: "camera=(), geolocation=(), microphone=(self), payment=()",
            },
            { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          ],
        },
      ];
    },
  });

function commitEnv() {
  const commit = buildCommit();
  return commit ? { UNI_CHAT_COMMIT: commit } : {};
}

export default nextConfig;
