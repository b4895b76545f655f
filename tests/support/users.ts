import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { type Role, User } from "@/models/user";
import { GOOD_PASSWORD } from "./constants";
import { Client } from "./http";

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(6).toString("hex")}@example.com`;
}

/** Creates an account straight in the database (registration has its own tests). */
export async function createUser(options: { role?: Role; email?: string } = {}): Promise<TestUser> {
  await connectDb();
  const email = options.email ?? uniqueEmail(options.role ?? "user");
  const displayName = `Test ${email.split("@")[0]}`;
  const user = await User.create({
    email,
    password_hash: await hashPassword(GOOD_PASSWORD),
    role: options.role ?? "user",
    profile: { display_name: displayName },
  });
  return { id: user._id.toString(), email, password: GOOD_PASSWORD, displayName };
}

export async function banUser(user: TestUser, reason = "testing"): Promise<void> {
  await connectDb();
  await User.updateOne(
    { _id: user.id },
    {
      $set: {
        "status.is_banned": true,
        "status.ban_reason": reason,
        "status.banned_at": new Date(),
      },
    },
  );
}

/** A client signed in as `user`; throws if the sign-in fails. */
export async function signedIn(user: { email: string; password: string }): Promise<Client> {
  const client = new Client();
  const result = await client.signIn(user.email, user.password);
  if (!result.ok) throw new Error(`sign-in as ${user.email} failed (${result.code})`);
  return client;
}

/**
 * A client signed in as an admin of its own. Not the instance's first admin:
 * sign-ins are rate-limited per email, and every test file needs an admin.
 */
export async function signedInAdmin(): Promise<Client> {
  return signedIn(await createUser({ role: "admin" }));
}

/** The user as a service sees its caller, for tests that call services in-process. */
export function sessionUserOf(user: TestUser, role: Role = "user"): SessionUser {
  return {
    id: user.id,
    email: user.email,
    role,
    displayName: user.displayName,
    avatarUrl: "",
    theme: "system",
    notifyReplies: true,
    language: null,
  };
}
