import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { User } from "@/models/user";
import type { BenchApp } from "./bench-app";

const SESSION_COOKIE = "authjs.session-token";

/**
 * `count` more users of the bench app, each with a session cookie. Each
 * account may call a model 30 times a minute, so many answers at once need
 * many accounts. The cookies are issued as a sign-in would issue them:
 * signing in a hundred times would spend the run on password hashing.
 */
export async function benchUsers(
  bench: BenchApp,
  count: number,
): Promise<Array<{ userId: string; cookie: string }>> {
  const users = await User.insertMany(
    Array.from({ length: count }, (_, index) => ({
      email: `bench-${index}@example.com`,
      password_hash: bench.user.password_hash,
      profile: { display_name: `Bench ${index}` },
    })),
  );
  return Promise.all(
    users.map(async (user) => {
      const token = await encode({
        token: {
          sub: user.id,
          uid: user.id,
          role: user.role,
          sv: user.session_version,
          sid: randomUUID(),
        },
        secret: String(process.env.AUTH_SECRET),
        salt: SESSION_COOKIE,
      });
      return { userId: user.id, cookie: `${SESSION_COOKIE}=${token}` };
    }),
  );
}
