import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { FAKE_OIDC_CLIENT } from "./tests/fake-oidc/client";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const UPSTREAM_PORT = PORT + 1000;
const SMTP_PORT = PORT + 2000;
const MAILBOX_PORT = PORT + 2001;
const OIDC_PORT = PORT + 2002;
/** The fake identity provider's issuer: the browser tests sign in through it. */
export const E2E_OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const E2E_OIDC_NAME = "Test Identity";
const baseURL = `http://127.0.0.1:${PORT}`;
/** Where the browser tests read what the app mailed (the mail catcher's GET /messages). */
export const E2E_MAILBOX = `http://127.0.0.1:${MAILBOX_PORT}/messages`;
// A fresh data folder each run: the browser tests start the production build
// on its own embedded database, exactly as `npm start` does for a newcomer.
export const E2E_DATA_DIR = path.join(tmpdir(), "uni-chat-e2e");

export const E2E_ADMIN = { email: "admin@example.com", password: "Admin-pass-1" };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // The fake model provider: the browser tests chat offline against it.
      command: `node_modules/.bin/tsx tests/fake-upstream/cli.ts --port ${UPSTREAM_PORT}`,
      url: `http://127.0.0.1:${UPSTREAM_PORT}/api/v1/models`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The fake OpenID Connect provider, for single sign-on.
      command: `node_modules/.bin/tsx tests/fake-oidc/cli.ts --port ${OIDC_PORT}`,
      url: `${E2E_OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The mail server: it keeps what the app sends, for the tests to read.
      command: `node_modules/.bin/tsx tests/mail-catcher/cli.ts --smtp-port ${SMTP_PORT} --http-port ${MAILBOX_PORT}`,
      url: E2E_MAILBOX,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `rm -rf ${E2E_DATA_DIR} && node_modules/.bin/tsx server.ts`,
      url: `${baseURL}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NODE_ENV: "production",
        PORT: String(PORT),
        DATA_DIR: E2E_DATA_DIR,
        MONGODB_URI: "",
        OPENROUTER_BASE_URL: `http://127.0.0.1:${UPSTREAM_PORT}/api/v1`,
        OPENROUTER_API_KEY: "e2e-key",
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
        // Spec files that register many accounts present an address of their
        // own (X-Forwarded-For), each under the per-address register limit.
        TRUSTED_PROXY_HOPS: "1",
        AUTH_OIDC_ISSUER: E2E_OIDC_ISSUER,
        AUTH_OIDC_CLIENT_ID: FAKE_OIDC_CLIENT.id,
        AUTH_OIDC_CLIENT_SECRET: FAKE_OIDC_CLIENT.secret,
        AUTH_OIDC_NAME: E2E_OIDC_NAME,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        APP_URL: baseURL,
      },
    },
  ],
});
