/** The first admin every test server is started with. */
export const TEST_ADMIN = {
  email: "admin@example.com",
  password: "Admin-pass-1",
  displayName: "Test Admin",
} as const;

/** A password that satisfies the policy, for accounts tests create. */
export const GOOD_PASSWORD = "Correct-horse-9";

/** The test server's APP_URL: where the links it mails point (it listens on a port of its own). */
export const TEST_APP_URL = "http://uni-chat.test";
