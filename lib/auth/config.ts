import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/models/user";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    /** This sign-in's id, listed in revoked_tokens when it signs out. */
    sid: string;
    /** The user's session_version when this session was issued. */
    sv: number;
    /** When this session signed in (Unix seconds): a fresh one stands in for a password. */
    signedInAt: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    sv: number;
    sid: string;
    signedInAt: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * The part of the next-auth setup that needs no database, shared by the
 * proxy (proxy.ts, which only reads the cookie) and the full setup in next-auth.ts.
 */
export const authConfig = {
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Self-hosted behind whatever host name the operator chose.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = crypto.randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid;
      session.user.role = token.role;
      session.sid = token.sid;
      session.sv = token.sv;
      session.signedInAt = token.signedInAt ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
