import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // Dev output apart from the production build, so `npm run dev` and
  // `npm run build` (which the tests start) never overwrite each other.
  // NEXT_DIST_DIR lets parallel checkouts of work build side by side.
  distDir:
    process.env.NEXT_DIST_DIR ?? (phase === PHASE_DEVELOPMENT_SERVER ? ".next-dev" : ".next"),
  poweredByHeader: false,
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
  // Keep the test and tool folders out of the server build's file tracing.
  outputFileTracingExcludes: { "*": ["tools/**", "tests/**", ".data/**"] },
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

export default nextConfig;
