import type { User as AuthUser } from "next-auth";
import { verifyPassword } from "@/lib/auth/password";
import { checkPasswordAttempt } from "@/lib/auth/password-attempts";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { credentialsSchema } from "@/lib/users/schemas";
import { User } from "@/models/user";

/**
 * Checks an email and password for the credentials sign-in. Returns null for
 * anything wrong (malformed input included: an object where a string belongs
 * is never passed to a query), throws for a banned account or too many tries.
 */
export async function authenticate(raw: unknown, headers: Headers): Promise<AuthUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  await connectDb();
  const user = await User.findOne({ email })
    .select("email password_hash role profile status session_version")
    .lean();
  const right = await checkPasswordAttempt(email, clientAddress(headers), () =>
    verifyPassword(password, user?.password_hash),
  );
  if (!right || !user) return null;
  if (user.status.is_banned) throw new AppError("banned", 403, "This account has been suspended.");

  return {
    id: user._id.toString(),
    email: user.email,
    name: user.profile.display_name,
    role: user.role,
    sessionVersion: user.session_version,
  };
}
