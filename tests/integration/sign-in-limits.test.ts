import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkPasswordAttempt } from "@/lib/auth/password-attempts";
import { POLICIES } from "@/lib/rate-limit/policies";
import { Client } from "../support/http";
import { createUser } from "../support/users";

const WRONG = "Wrong-password-1";
const PER_ADDRESS = POLICIES.login.limit;

describe("sign-in limits", () => {
  it("let the right password in from a fresh address while others hammer the account", async () => {
    const target = await createUser();
    // More wrong passwords than one address may send, each from an address of its own.
    const attackers = Array.from({ length: PER_ADDRESS + 1 }, () => new Client());
    const codes = await Promise.all(
      attackers.map(async (attacker) => (await attacker.signIn(target.email, WRONG)).code),
    );
    expect(codes.every((code) => code === "credentials")).toBe(true);
    expect(await new Client().signIn(target.email, target.password)).toEqual({
      ok: true,
      code: null,
    });
    // Each sign-in hashes a password: allow for a busy machine.
  }, 120_000);

  it("stop one address after its wrong passwords, the right one included, but no other", async () => {
    const target = await createUser();
    const attacker = new Client();
    const codes: Array<string | null> = [];
    for (let i = 0; i < PER_ADDRESS; i++)
      codes.push((await attacker.signIn(target.email, WRONG)).code);
    expect(codes).toEqual(Array(PER_ADDRESS).fill("credentials"));
    expect((await attacker.signIn(target.email, target.password)).code).toBe("rate_limited");
    expect((await new Client().signIn(target.email, target.password)).ok).toBe(true);
  });

  it("do not count successful sign-ins", async () => {
    const user = await createUser();
    const laptop = new Client();
    const results: boolean[] = [];
    for (let i = 0; i < PER_ADDRESS + 2; i++) {
      results.push((await laptop.signIn(user.email, user.password)).ok);
    }
    expect(results).toEqual(Array(PER_ADDRESS + 2).fill(true));
  });

  it("slow down, but never refuse, the right password past the account's ceiling", async () => {
    const email = `ceiling-${randomUUID()}@example.com`;
    const wrong = async () => false;
    for (let i = 0; i <= POLICIES.loginAccount.limit; i++) {
      // A fresh address for each guess, so only the account's own count grows.
      await checkPasswordAttempt(email, `192.0.2.${i % 250}-${i}`, wrong);
    }
    await expect(checkPasswordAttempt(email, "198.51.100.7", async () => true)).resolves.toBe(true);
  });
});
