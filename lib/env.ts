import { z } from "zod";
import { passwordSchema } from "@/lib/users/schemas";

// Empty values in .env files mean "unset", as they do for most tools.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

// "true"/"false" (or 1/0, yes/no) with a default, as operators write switches.
const flag = (fallback: boolean) =>
  optional(
    z
      .string()
      .toLowerCase()
      .pipe(z.enum(["true", "false", "1", "0", "yes", "no"], "must be true or false")),
  ).transform((value) => (value === undefined ? fallback : ["true", "1", "yes"].includes(value)));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    MONGODB_URI: optional(
      z.string().regex(/^mongodb(\+srv)?:\/\//, "must start with mongodb:// or mongodb+srv://"),
    ),
    OPENROUTER_API_KEY: optional(z.string()),
    OPENROUTER_BASE_URL: optional(z.url("must be a URL")).transform(
      (value) => value ?? "https://openrouter.ai/api/v1",
    ),
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
    ADMIN_EMAIL: optional(z.email("must be an email address")),
    ADMIN_PASSWORD: optional(passwordSchema),
    ADMIN_NAME: optional(z.string().max(60)).transform((value) => value ?? "Administrator"),
    ALLOW_REGISTRATION: flag(true),
    AUTH_OIDC_ISSUER: optional(z.url("must be a URL")),
    AUTH_OIDC_CLIENT_ID: optional(z.string().max(500)),
    AUTH_OIDC_CLIENT_SECRET: optional(z.string().max(500)),
    AUTH_OIDC_NAME: optional(z.string().max(60)).transform((value) => value ?? "Single sign-on"),
    REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, "must start with redis:// or rediss://")),
    UPSTASH_REDIS_REST_URL: optional(z.url("must be a URL")),
    UPSTASH_REDIS_REST_TOKEN: optional(z.string()),
    PORT: optional(z.coerce.number().int().min(1).max(65535)).transform((value) => value ?? 3000),
    DATA_DIR: optional(z.string()).transform((value) => value ?? ".data"),
    LLM_IDLE_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(600_000)).transform(
      (value) => value ?? 60_000,
    ),
    // How often an open events channel says it is still there.
    EVENTS_HEARTBEAT_MS: optional(z.coerce.number().int().min(100).max(600_000)).transform(
      (value) => value ?? 15_000,
    ),
    SHUTDOWN_GRACE_MS: optional(z.coerce.number().int().min(0).max(600_000)).transform(
      (value) => value ?? 25_000,
    ),
    TRUSTED_PROXY_HOPS: optional(z.coerce.number().int().min(0).max(10)).transform(
      (value) => value ?? 0,
    ),
    LOG_LEVEL: optional(z.enum(["debug", "info", "warn", "error"])).transform(
      (value) => value ?? "info",
    ),
    LOG_FORMAT: optional(z.enum(["json", "pretty"])).transform((value) => value ?? "json"),
    // A scraper's shared secret: long enough that it cannot be guessed.
    METRICS_TOKEN: optional(z.string().min(16, "must be at least 16 characters").max(512)),
    // Tracing is off unless this is set; the exporter reads the other OTEL_* variables itself.
    OTEL_EXPORTER_OTLP_ENDPOINT: optional(z.url("must be a URL")),
    OTEL_SERVICE_NAME: optional(z.string().max(100)).transform((value) => value ?? "uni-chat"),
    // Links in emails start with this, never with a request's Host header, which a sender chooses.
    APP_URL: optional(z.url("must be a URL").regex(/^https?:\/\//, "must start with http(s)://")),
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")),
    MAIL_FROM: optional(z.string().max(200)),
    ALLOW_SHARING: flag(true),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: "custom",
        path: [env.ADMIN_EMAIL ? "ADMIN_PASSWORD" : "ADMIN_EMAIL"],
        message: "ADMIN_EMAIL and ADMIN_PASSWORD must be set together",
      });
    }
    const oidc = [
      env.AUTH_OIDC_ISSUER,
      env.AUTH_OIDC_CLIENT_ID,
      env.AUTH_OIDC_CLIENT_SECRET,
    ] as const;
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      const missing = ["AUTH_OIDC_ISSUER", "AUTH_OIDC_CLIENT_ID", "AUTH_OIDC_CLIENT_SECRET"].find(
        (_, index) => !oidc[index],
      );
      ctx.addIssue({
        code: "custom",
        path: [missing ?? "AUTH_OIDC_ISSUER"],
        message:
          "AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET must be set together",
      });
    }
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({
        code: "custom",
        path: [env.UPSTASH_REDIS_REST_URL ? "UPSTASH_REDIS_REST_TOKEN" : "UPSTASH_REDIS_REST_URL"],
        message: "UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together",
      });
    }
    if (env.SMTP_URL && !env.APP_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message: "must be set with SMTP_URL: the links in emails point there",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment, throwing one readable message that names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "environment";
    return `  ${name}: ${issue.message}`;
  });
  throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The validated process environment, read once on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
