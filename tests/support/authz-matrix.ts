import { expect } from "vitest";
import { Client } from "./http";
import { banUser, createUser, signedIn, type TestUser } from "./users";

export const ACTORS = ["anonymous", "owner", "other", "banned", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

export interface Actors {
  clients: Record<Actor, Client>;
  /** The owner of the resource under test. */
  owner: TestUser;
  other: TestUser;
  /** Signed in first, then banned: their session must stop working at once. */
  banned: TestUser;
  admin: TestUser;
}

/**
 * The five callers every resource is tested against. Build once per file
 * (sign-ins hash passwords) and create each resource for `actors.owner`.
 */
export async function createActors(): Promise<Actors> {
  const [owner, other, banned, admin] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser({ role: "admin" }),
  ]);
  const [ownerClient, otherClient, bannedClient, adminClient] = await Promise.all([
    signedIn(owner),
    signedIn(other),
    signedIn(banned),
    signedIn(admin),
  ]);
  await banUser(banned);
  return {
    owner,
    other,
    banned,
    admin,
    clients: {
      anonymous: new Client(),
      owner: ownerClient,
      other: otherClient,
      banned: bannedClient,
      admin: adminClient,
    },
  };
}

/**
 * Sends the same request as every actor and checks each status, so a test
 * states the whole access policy of a route in one table, e.g.
 * `{ anonymous: 401, owner: 200, other: 404, banned: 403, admin: 404 }`.
 */
export async function expectMatrix(
  actors: Actors,
  request: (client: Client, actor: Actor) => Promise<Response>,
  expected: Record<Actor, number>,
): Promise<Record<Actor, Response>> {
  const responses = {} as Record<Actor, Response>;
  const seen = {} as Record<Actor, number>;
  for (const actor of ACTORS) {
    responses[actor] = await request(actors.clients[actor], actor);
    seen[actor] = responses[actor].status;
  }
  expect(seen).toEqual(expected);
  return responses;
}
