import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { envExampleNames } from "../support/env-example";

interface Service {
  image?: string;
  build?: unknown;
  init?: boolean;
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
  volumes?: string[];
}

const compose = parse(readFileSync("compose.yaml", "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const app = compose.services.app as Service;

describe("compose.yaml", () => {
  it("runs MongoDB 7, Redis and the app built from this folder", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "mongo", "redis"]);
    expect(compose.services.mongo?.image).toBe("mongo:7");
    expect(compose.services.redis?.image).toMatch(/^redis:/);
    expect(app.build).toBeDefined();
  });

  it("passes every variable of .env.example to the app", () => {
    const names = Object.keys(app.environment ?? {});
    const missing = envExampleNames().filter((name) => !names.includes(name));
    expect(missing, "add these to services.app.environment in compose.yaml").toEqual([]);
  });

  it("points the app at its own MongoDB and Redis unless .env says otherwise", () => {
    // Compose's own syntax: the value from .env, else the default after `:-`.
    expect(app.environment?.MONGODB_URI).toMatch(/^\$\{MONGODB_URI:-mongodb:\/\/mongo:27017\//);
    expect(app.environment?.REDIS_URL).toMatch(/^\$\{REDIS_URL:-redis:\/\/redis:6379\}$/);
    expect(app.depends_on).toEqual({
      mongo: { condition: "service_healthy" },
      redis: { condition: "service_healthy" },
    });
  });

  it("keeps data in volumes", () => {
    const mounts = Object.values(compose.services).flatMap((service) => service.volumes ?? []);
    expect(mounts).toEqual(
      expect.arrayContaining(["mongo-data:/data/db", "redis-data:/data", "app-data:/data"]),
    );
    expect(app.environment?.DATA_DIR).toBe("/data");
    expect(Object.keys(compose.volumes).sort()).toEqual(["app-data", "mongo-data", "redis-data"]);
  });

  it("checks the app's health and lets it drain on stop", () => {
    expect(app.healthcheck?.test.join(" ")).toContain("/api/health");
    expect(app.init).toBe(true);
    // Longer than the default SHUTDOWN_GRACE_MS of 25 s, or the drain is cut short.
    expect(Number.parseInt(app.stop_grace_period ?? "0", 10)).toBeGreaterThan(25);
  });
});
