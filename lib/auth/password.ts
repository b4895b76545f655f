import bcrypt from "bcryptjs";

const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// Compared against when the email is unknown, so a wrong email takes as long
// as a wrong password and does not reveal which accounts exist. (A hash of
// random bytes nobody kept, at the same cost.)
const UNKNOWN_USER_HASH = "$2b$12$Kx1I3JGit94YdZuRPiRGGehEWgjCmvzGzGDAbReuaZRK9EIjwASKy";

/** False for an unknown account and for one without a password (single sign-on), after the same work. */
export function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  const known = hash ? hash : undefined;
  return bcrypt
    .compare(password, known ?? UNKNOWN_USER_HASH)
    .then((ok) => ok && known !== undefined);
}
