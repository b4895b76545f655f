import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("gives the documented defaults for an empty environment", () => {
    expect(parseEnv({})).toMatchObject({
      OPENROUTER_BASE_URL: "https://openrouter.ai/api/v1",
      PORT: 3000,
      DATA_DIR: ".data",
      TRUSTED_PROXY_HOPS: 0,
      ADMIN_NAME: "Administrator",
    });
    expect(parseEnv({}).MONGODB_URI).toBeUndefined();
  });

  it.each([
    [undefined, true],
    ["", true],
    ["true", true],
    ["TRUE", true],
    ["1", true],
    ["yes", true],
    ["false", false],
    ["False", false],
    ["0", false],
    ["no", false],
  ])("reads ALLOW_REGISTRATION=%o as %o", (value, open) => {
    expect(parseEnv({ ALLOW_REGISTRATION: value }).ALLOW_REGISTRATION).toBe(open);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ MONGODB_URI: "", PORT: "" })).toMatchObject({ PORT: 3000 });
  });

  it.each([
    [{ MONGODB_URI: "http://db" }, /MONGODB_URI: must start with mongodb/],
    [{ PORT: "eighty" }, /PORT:/],
    [{ PORT: "70000" }, /PORT:/],
    [{ OPENROUTER_BASE_URL: "not a url" }, /OPENROUTER_BASE_URL: must be a URL/],
    [{ AUTH_SECRET: "short" }, /AUTH_SECRET: must be at least 32/],
    [{ ADMIN_EMAIL: "admin@example.com" }, /ADMIN_PASSWORD: ADMIN_EMAIL and ADMIN_PASSWORD/],
    [
      { ADMIN_EMAIL: "admin@example.com", ADMIN_PASSWORD: "weak" },
      /ADMIN_PASSWORD: must be at least 8/,
    ],
    [{ REDIS_URL: "localhost:6379" }, /REDIS_URL: must start with redis/],
    [{ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" }, /UPSTASH_REDIS_REST_TOKEN/],
    [{ ALLOW_REGISTRATION: "maybe" }, /ALLOW_REGISTRATION: must be true or false/],
    [{ AUTH_OIDC_ISSUER: "not a url" }, /AUTH_OIDC_ISSUER: must be a URL/],
    [
      { AUTH_OIDC_ISSUER: "https://id.example.com", AUTH_OIDC_CLIENT_ID: "app" },
      /AUTH_OIDC_CLIENT_SECRET: AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET/,
    ],
    [{ AUTH_OIDC_CLIENT_SECRET: "s" }, /AUTH_OIDC_ISSUER: AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID/],
    [{ SMTP_URL: "mail.example.com:587" }, /SMTP_URL: must start with smtp/],
    [{ SMTP_URL: "smtp://mail.example.com:587" }, /APP_URL: must be set with SMTP_URL/],
    [{ APP_URL: "ftp://chat.example.com" }, /APP_URL: must start with http/],
  ])("names the bad variable in %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("lists every bad variable at once", () => {
    const message = (() => {
      try {
        parseEnv({ PORT: "x", REDIS_URL: "y" });
        return "";
      } catch (error) {
        return String(error);
      }
    })();
    expect(message).toMatch(/^\s+PORT: /m);
    expect(message).toMatch(/^\s+REDIS_URL: /m);
  });
});
