import type { Provider } from "next-auth/providers";
import { env } from "@/lib/env";

/** The OpenID Connect provider when AUTH_OIDC_* are set; none otherwise. */
export function oidcProvider(): Provider[] {
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET, AUTH_OIDC_NAME } = env();
  if (!AUTH_OIDC_ISSUER || !AUTH_OIDC_CLIENT_ID || !AUTH_OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: AUTH_OIDC_NAME,
      type: "oidc",
      issuer: AUTH_OIDC_ISSUER,
      clientId: AUTH_OIDC_CLIENT_ID,
      clientSecret: AUTH_OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      checks: ["pkce", "state", "nonce"],
    },
  ];
}

/** The sign-in button's label, or null when single sign-on is not set up. */
export function oidcButtonName(): string | null {
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_NAME } = env();
  return AUTH_OIDC_ISSUER ? AUTH_OIDC_NAME : null;
}
