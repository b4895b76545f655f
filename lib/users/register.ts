import { hashPassword } from "@/lib/auth/password";
import { connectDb } from "@/lib/db/connect";
import { env } from "@/lib/env";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { registerSchema } from "@/lib/users/schemas";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

/** Creates an ordinary account. Role, limits and flags are never taken from the input. */
export async function registerUser(input: unknown): Promise<{ id: string }> {
  if (!env().ALLOW_REGISTRATION) {
    throw new AppError(
      "registration_closed",
      403,
      "Sign-up is closed on this server. Ask an administrator for an account.",
    );
  }
  const { email, password, displayName } = parseInput(registerSchema, input);

  await connectDb();
  if (await User.exists({ email })) throw emailTaken();
  try {
    const user = await User.create({
      email,
      password_hash: await hashPassword(password),
      role: "user",
      profile: { display_name: displayName },
    });
    return { id: user._id.toString() };
  } catch (error) {
    // Two registrations racing for one email: the unique index decides.
    if (isDuplicateKey(error)) throw emailTaken();
    throw error;
  }
}

function emailTaken() {
  return new AppError("email_taken", 409, "An account with this email already exists.", {
    email: ["is already registered"],
  });
}
