import { expect, inject } from "vitest";
import type { ApiKeyDto } from "@/lib/keys/dto";
import { Client } from "./http";

export interface CreatedKey {
  key: ApiKeyDto;
  secret: string;
}

/** Creates a key through the API as the signed-in `client`. */
export async function createKey(
  client: Client,
  body: Record<string, unknown> = { name: "test key" },
): Promise<CreatedKey> {
  const response = await client.json("/api/keys", "POST", body);
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedKey;
}

/**
 * A script's client: no cookies and no Origin, just the Bearer key (unless
 * the test sets them itself).
 */
export function withKey(secret: string) {
  const client = new Client();
  return (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set("authorization", `Bearer ${secret}`);
    headers.set("x-forwarded-for", client.address);
    return fetch(`${client.baseUrl}${path}`, { ...init, headers, redirect: "manual" });
  };
}

export function appUrl(): string {
  return inject("appUrl");
}
