import type { Env } from "@/lib/env";

/** How the README's table describes one variable of lib/env.ts. */
export interface EnvDoc {
  meaning: string;
  /**
   * What happens without it: after the default where the schema has one,
   * in place of a default where it has none.
   */
  note?: string;
}

/**
 * Every variable lib/env.ts reads (NODE_ENV is npm's), in the order the
 * README lists them. `npm run docs:env` writes the table from this and the
 * schema's defaults; a test fails when the README's copy drifts.
 */
export const ENV_DOCS: Record<Exclude<keyof Env, "NODE_ENV">, EnvDoc> = {
  MONGODB_URI: {
    meaning:
      "MongoDB (or any MongoDB-wire-compatible server), e.g. `mongodb://db:27017/unichat`; the database is the path's (`unichat` without one)",
    note: "start the embedded database (not in the Docker image, which needs this)",
  },
  OPENROUTER_API_KEY: {
    meaning: "the model provider's key",
    note: "the app runs, model calls fail with a clear message",
  },
  OPENROUTER_BASE_URL: { meaning: "the model provider's base URL, OpenAI-compatible" },
  AUTH_SECRET: {
    meaning:
      "session signing secret, 32+ characters (`openssl rand -base64 32`); the same on every instance",
    note: "generated once and kept in `DATA_DIR/auth-secret` (with a warning in production)",
  },
  ADMIN_EMAIL: {
    meaning:
      "the first admin, created at start-up if no account has that email; never duplicated, never overwritten",
    note: "no admin is created",
  },
  ADMIN_PASSWORD: { meaning: "that admin's password; set with `ADMIN_EMAIL`" },
  ADMIN_NAME: { meaning: "that admin's display name" },
  ALLOW_REGISTRATION: {
    meaning:
      "`false` closes sign-up with a password (the register page and `POST /api/auth/register`); single sign-on still creates accounts, and admins are made with `ADMIN_EMAIL`",
  },
  AUTH_OIDC_ISSUER: {
    meaning:
      'OpenID Connect issuer URL for single sign-on (see "Single sign-on"); set with the client id and secret',
    note: "no single sign-on",
  },
  AUTH_OIDC_CLIENT_ID: { meaning: "the client id registered with that issuer" },
  AUTH_OIDC_CLIENT_SECRET: { meaning: "that client's secret" },
  AUTH_OIDC_NAME: { meaning: "the sign-in button's label: `Continue with <name>`" },
  REDIS_URL: {
    meaning:
      'Redis shared by several app instances: rate limits, Stop, resumed streams, events (see "Running several instances")',
    note: "all of it within the one process",
  },
  UPSTASH_REDIS_REST_URL: {
    meaning: "Upstash's REST API instead, for rate limits only; set with the token",
  },
  UPSTASH_REDIS_REST_TOKEN: { meaning: "the token for `UPSTASH_REDIS_REST_URL`" },
  PORT: { meaning: "HTTP port" },
  DATA_DIR: { meaning: "embedded database, generated secret, uploads and generated images" },
  TRUSTED_PROXY_HOPS: {
    meaning:
      "how many reverse proxies in front of the app append to `X-Forwarded-For`; rate limits key on the address that many hops in",
    note: "the app faces clients directly",
  },
  SHUTDOWN_GRACE_MS: {
    meaning:
      "on SIGTERM/SIGINT, how long running answers may finish before they are saved as `interrupted`",
    note: "under Kubernetes' default grace period of 30 s",
  },
  LLM_IDLE_TIMEOUT_MS: {
    meaning: "how long a model stream may send nothing before it is given up",
  },
  EVENTS_HEARTBEAT_MS: {
    meaning: "how often an open events channel says it is still there, so proxies keep it open",
  },
  LOG_LEVEL: { meaning: '`debug`, `info`, `warn` or `error` (see "Monitoring")' },
  LOG_FORMAT: {
    meaning: "`json` (one JSON object a line) or `pretty` (one readable line, for development)",
  },
  METRICS_TOKEN: {
    meaning: "Bearer token, 16+ characters, that lets a Prometheus scraper read `/api/metrics`",
    note: "only admins may; to everyone else the endpoint does not exist",
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    meaning: "OTLP/HTTP collector for traces (spans go to `<endpoint>/v1/traces`)",
    note: "no tracing, at no cost",
  },
  OTEL_SERVICE_NAME: { meaning: "the service's name in traces" },
  APP_URL: {
    meaning:
      "the address people open the app at, e.g. `https://chat.example.com`; links in emails start with it. Needed with `SMTP_URL`",
    note: "no emails are sent",
  },
  SMTP_URL: {
    meaning:
      'the mail server for password resets and email changes, e.g. `smtp://user:pass@mail.example.com:587` (`smtps://` for TLS from the start; see "Email")',
    note: 'no email: "Forgot password?" is hidden and changing the email is off',
  },
  MAIL_FROM: {
    meaning: "the sender of those emails, e.g. `Uni-Chat <no-reply@example.com>`",
    note: "`Uni-Chat <no-reply@` and `APP_URL`'s host name",
  },
  ALLOW_SHARING: {
    meaning:
      '`false` turns share links off for everyone: no new links, and every existing one answers 404 (see "Share links")',
  },
};
