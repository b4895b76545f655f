import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import packageJson from "@/package.json";
import { freePort } from "../setup/wait";
import { createKey, withKey } from "../support/api-keys";
import { Client } from "../support/http";
import { OwnApps } from "../support/own-app";
import { banUser, createUser, signedIn } from "../support/users";

const PUBLIC_FIELDS = ["db", "status", "uptimeSeconds"];
const DETAIL_FIELDS = [...PUBLIC_FIELDS, "redis", "upstream", "version"].sort();

const own = new OwnApps();
afterAll(() => own.cleanUp());

/** An app of its own on the run's database, with the model provider at `baseUrl`. */
async function appWithProvider(baseUrl: string, env: Record<string, string> = {}) {
  return own.start({
    MONGODB_URI: inject("mongoUri"),
    DATA_DIR: await own.folder(),
    OPENROUTER_BASE_URL: baseUrl,
    ...env,
  });
}

/** An admin signed in to `url`. */
async function adminOn(url: string): Promise<Client> {
  const admin = await createUser({ role: "admin" });
  const client = new Client(url);
  expect((await client.signIn(admin.email, admin.password)).ok).toBe(true);
  return client;
}

async function detail(client: Client) {
  const response = await client.fetch("/api/health?detail=1");
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/health?detail=1", () => {
  it("adds the provider, Redis and the version for an admin only; everyone else gets the plain answer", async () => {
    const [user, banned, admin] = await Promise.all([
      createUser(),
      createUser(),
      createUser({ role: "admin" }),
    ]);
    const [userClient, bannedClient, adminClient] = await Promise.all([
      signedIn(user),
      signedIn(banned),
      signedIn(admin),
    ]);
    await banUser(banned);
    const { secret } = await createKey(adminClient);
    const adminKey = withKey(secret);

    for (const client of [new Client(), userClient, bannedClient]) {
      const { status, body } = await detail(client);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(PUBLIC_FIELDS);
    }

    const bySession = await detail(adminClient);
    const byKeyResponse = await adminKey("/api/health?detail=1");
    const byKey = (await byKeyResponse.json()) as Record<string, unknown>;
    expect(bySession.status).toBe(200);
    expect(byKeyResponse.status).toBe(200);
    for (const body of [bySession.body, byKey]) {
      expect(Object.keys(body).sort()).toEqual(DETAIL_FIELDS);
      expect(body).toMatchObject({
        status: "ok",
        db: "ok",
        redis: "ok",
        upstream: { status: "ok", checkedAt: expect.any(String) },
        version: { version: packageJson.version },
      });
      expect((body.upstream as { latencyMs: number }).latencyMs).toBeGreaterThanOrEqual(0);
    }
    // The plain check never says more than it did before.
    const plain = await adminClient.fetch("/api/health");
    expect(Object.keys((await plain.json()) as object).sort()).toEqual(PUBLIC_FIELDS);
  });

  it("reports a provider and a Redis that cannot be reached as down, while the instance stays ok", async () => {
    const [providerPort, redisPort] = [await freePort(), await freePort()];
    const app = await appWithProvider(`http://127.0.0.1:${providerPort}/api/v1`, {
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    });
    const client = await adminOn(app.url);

    const { status, body } = await detail(client);
    // Without them people still read, search and sign in: no reason to leave the load balancer.
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: "ok",
      db: "ok",
      redis: "down",
      upstream: { status: "down" },
    });
    expect((body.upstream as { error: string }).error).toMatch(/ECONNREFUSED/);
  }, 90_000);

  describe("with a provider that counts its requests", () => {
    let provider: Server;
    const seen: string[] = [];

    beforeAll(async () => {
      provider = createServer((req, res) => {
        seen.push(`${req.method} ${req.url} ${req.headers.authorization}`);
        res.writeHead(200, { "content-type": "application/json" }).end('{"data":[]}');
      });
      await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    });
    afterAll(() => new Promise<void>((resolve) => provider.close(() => resolve())));

    it("asks the provider once for several checks in a row", async () => {
      const { port } = provider.address() as AddressInfo;
      const app = await appWithProvider(`http://127.0.0.1:${port}/api/v1`);
      const client = await adminOn(app.url);
      const healthChecks = seen.length;

      const first = await detail(client);
      const second = await detail(client);
      const third = await detail(client);
      expect(first.body.upstream).toMatchObject({ status: "ok" });
      expect(second.body.upstream).toEqual(first.body.upstream);
      expect(third.body.upstream).toEqual(first.body.upstream);
      expect(seen.slice(healthChecks)).toEqual(["GET /api/v1/models Bearer test-key"]);
    }, 90_000);

    it("says unconfigured, and asks nothing, without a key", async () => {
      const { port } = provider.address() as AddressInfo;
      const app = await appWithProvider(`http://127.0.0.1:${port}/api/v1`, {
        OPENROUTER_API_KEY: "",
      });
      const client = await adminOn(app.url);
      const before = seen.length;
      const { status, body } = await detail(client);
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: "ok", upstream: { status: "unconfigured" } });
      expect(seen.length).toBe(before);
    }, 90_000);
  });
});
