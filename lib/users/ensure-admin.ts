import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { isDuplicateKey } from "@/lib/errors";
import { log } from "@/lib/log";
import { User } from "@/models/user";

/**
 * Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD if no account has
 * that email. An existing account is left as it is: its password may have
 * been changed since, and the environment must not silently undo that.
 */
export async function ensureFirstAdmin(): Promise<void> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME } = env();
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
  const email = ADMIN_EMAIL.trim().toLowerCase();
  if (await User.exists({ email })) return;
  try {
    await User.create({
      email,
      password_hash: await hashPassword(ADMIN_PASSWORD),
      role: "admin",
      profile: { display_name: ADMIN_NAME },
    });
    log.info("first admin created", { email });
  } catch (error) {
    // Another process created it at the same moment.
    if (!isDuplicateKey(error)) throw error;
  }
}
