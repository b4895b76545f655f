import {
  changeEmailSchema,
  confirmEmailSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
} from "@/lib/account/schemas";
import { NO_CONTENT, tagged } from "@/lib/http/contract";

const account = tagged("Account");

/** Accepted: the email is on its way, and the change waits for its link. */
const MAILED = { answer: "empty", status: 202 } as const;

export const selfServiceContracts = {
  forgotPassword: account(
    "post",
    "/api/auth/forgot-password",
    "Mail a password reset link (works once, for an hour) if an account has this email; 202 either way. 503 when the server has no mail set up (SMTP_URL).",
    { ...MAILED, access: "public", body: forgotPasswordSchema, limit: "mail" },
  ),
  resetPassword: account(
    "post",
    "/api/auth/reset-password",
    "Set a new password with a reset link's token: every session of the account ends. A used, expired or unknown token is a 400 `invalid_token`.",
    { ...NO_CONTENT, access: "public", body: resetPasswordSchema, limit: "accountLink" },
  ),
  changeEmail: account(
    "post",
    "/api/users/me/email",
    "Change the email (session only, with the password): a confirmation link goes to the new address, and the email changes when it is followed.",
    { ...MAILED, access: "session", body: changeEmailSchema, limit: "mail" },
  ),
  confirmEmail: account(
    "post",
    "/api/auth/confirm-email",
    "Confirm a new email with the mailed link's token; the old address is told. A used, expired or unknown token is a 400 `invalid_token`.",
    { access: "public", body: confirmEmailSchema, limit: "accountLink" },
  ),
  exportData: account(
    "get",
    "/api/users/me/export",
    "Everything the caller has, as a zip: conversations/<id>.json (the per-conversation JSON export) and .md, files/, images/, configs.json, templates.json, profile.json",
    { answer: "download", limit: "export" },
  ),
  deleteAccount: account(
    "delete",
    "/api/users/me",
    "Delete the caller's account and everything it owns (session only, with the password). The last admin cannot (409).",
    { ...NO_CONTENT, access: "session", body: deleteAccountSchema },
  ),
};
