import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { oidcProvider } from "@/lib/auth/oidc";
import { revokeSession } from "@/lib/auth/revocation";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { publishEvent } from "@/lib/realtime/events";
import { authenticate } from "@/lib/users/authenticate";
import { ssoSignIn } from "@/lib/users/sso-sign-in";

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
      // next-auth wraps what our callbacks threw: its cause says what went wrong.
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      log.error("auth error", { error: cause instanceof Error ? cause : error });
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
    ...oidcProvider(),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      const signedIn = await ssoSignIn({
        issuer: String(profile?.iss ?? ""),
        subject: String(profile?.sub ?? account.providerAccountId),
        email: profile?.email,
        emailVerified: profile?.email_verified,
        name: profile?.name ?? (profile?.preferred_username as string | undefined),
      });
      if (typeof signedIn === "string") return `/login?error=${signedIn}`;
      // The jwt callback that follows reads this same object: it becomes our account.
      Object.assign(user, signedIn);
      return true;
    },
  },
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
