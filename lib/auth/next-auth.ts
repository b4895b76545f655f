import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { revokeSession } from "@/lib/auth/revocation";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { publishEvent } from "@/lib/realtime/events";
import { authenticate } from "@/lib/users/authenticate";

class BannedSignin extends CredentialsSignin {
  override code = "banned";
}

class RateLimitedSignin extends CredentialsSignin {
  override code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A failed sign-in is an expected outcome, not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      log.error("auth error", { error });
    },
    warn(code) {
      log.warn("auth warning", { code });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          return await authenticate(credentials, request.headers);
        } catch (error) {
          if (error instanceof AppError && error.code === "rate_limited") {
            throw new RateLimitedSignin();
          }
          if (error instanceof AppError && error.code === "banned") throw new BannedSignin();
          throw error;
        }
      },
    }),
  ],
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sid || !token.uid) return;
      await revokeSession(token.sid, token.uid);
      // The browser's other tabs end too; the account's other sessions hold.
      await publishEvent(token.uid, "account.signed_out", { reason: "signed_out" });
    },
  },
});
