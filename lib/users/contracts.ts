import { NO_CONTENT, tagged } from "@/lib/http/contract";
import {
  changePasswordSchema,
  credentialsSchema,
  profileSchema,
  registerSchema,
  settingsSchema,
} from "@/lib/users/schemas";

const account = tagged("Account");

export const accountContracts = {
  register: account("post", "/api/auth/register", "Create an account", {
    access: "public",
    body: registerSchema,
    limit: "register",
    status: 201,
  }),
  // next-auth's own handlers (app/api/auth/[...nextauth]), with its own CSRF check.
  session: account("get", "/api/auth/{nextauth}", "next-auth: session, csrf token, providers", {
    access: "public",
  }),
  signIn: account(
    "post",
    "/api/auth/{nextauth}",
    "next-auth: sign in (callback/credentials), sign out",
    {
      access: "public",
      body: credentialsSchema,
      bodyType: "application/x-www-form-urlencoded",
    },
  ),
  usage: account(
    "get",
    "/api/users/me/usage",
    "The caller's usage this month against their token limit and budget, by day and by model",
  ),
  profile: account("get", "/api/users/me", "The caller's profile"),
  updateProfile: account("patch", "/api/users/me", "Change the caller's profile", {
    body: profileSchema,
  }),
  setAvatar: account(
    "put",
    "/api/users/me/avatar",
    "Upload an avatar (multipart field `file`, an image)",
    { bodyType: "multipart/form-data" },
  ),
  removeAvatar: account(
    "delete",
    "/api/users/me/avatar",
    "Remove the avatar; initials show instead",
  ),
  avatar: account("get", "/api/users/{id}/avatar", "A person's avatar (256×256 WebP)", {
    answer: "file",
  }),
  settings: account("patch", "/api/users/me/settings", "Change the caller's preferences", {
    body: settingsSchema,
  }),
  changePassword: account(
    "post",
    "/api/users/me/password",
    "Change the password (session only): every session ends, this one too, and the API keys are revoked unless `revokeApiKeys` is false. Wrong current passwords count against the sign-in limits.",
    { ...NO_CONTENT, access: "session", body: changePasswordSchema },
  ),
};
