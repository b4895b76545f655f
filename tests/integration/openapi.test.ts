import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../support/http";
import { createUser, signedIn } from "../support/users";

const API_DIR = join(process.cwd(), "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

interface Document {
  openapi: string;
  paths: Record<string, Record<string, { responses?: object; summary?: string }>>;
}

/** Every route.ts under app/api, as its OpenAPI path (`[id]` → `{id}`). */
function routeFiles(dir = API_DIR): { path: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const segments = relative(API_DIR, dir).split(sep).filter(Boolean);
    const path = segments.map((segment) => segment.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}"));
    return [{ path: ["/api", ...path].join("/"), file: full }];
  });
}

/** The HTTP methods a route file exports, in either form the code base uses. */
function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return METHODS.filter((method) =>
    new RegExp(
      `export\\s+(?:const|async\\s+function|function)\\s+${method}\\b|as\\s+${method}\\b`,
    ).test(source),
  );
}

let document: Document;
beforeAll(async () => {
  const response = await new Client().fetch("/api/openapi.json");
  expect(response.status).toBe(200);
  document = (await response.json()) as Document;
});

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document whose every operation has a summary and responses", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const [path, operations] of Object.entries(document.paths)) {
      expect(path).toMatch(/^\/api\//);
      for (const [method, operation] of Object.entries(operations)) {
        expect(METHODS.map((m) => m.toLowerCase())).toContain(method);
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        expect(Object.keys(operation.responses ?? {}).length).toBeGreaterThan(0);
      }
    }
  });

  it("lists every route handler in app/api, and nothing that does not exist", () => {
    const handlers = routeFiles().flatMap(({ path, file }) =>
      exportedMethods(file).map((method) => `${method.toLowerCase()} ${path}`),
    );
    expect(handlers.length).toBeGreaterThan(50);
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(handlers.sort());
  });

  it("describes request bodies from the zod schemas", () => {
    const body = JSON.stringify(document.paths["/api/keys"]?.post);
    expect(body).toContain('"name"');
    expect(body).toContain('"expiresAt"');
    const completion = JSON.stringify(document.paths["/api/v1/chat/completions"]?.post);
    expect(completion).toContain('"messages"');
  });
});

describe("the API page", () => {
  it("lists the routes for a signed-in person and sends others to sign in", async () => {
    expect((await new Client().fetch("/api-docs")).status).toBe(307);
    const page = await (await signedIn(await createUser())).fetch("/api-docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("/api/v1/chat/completions");
    expect(html).toContain("/api/openapi.json");
  });
});
