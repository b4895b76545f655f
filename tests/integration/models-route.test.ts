import { beforeAll, describe, expect, it } from "vitest";
import { type Actors, createActors, expectMatrix } from "../support/authz-matrix";

let actors: Actors;
beforeAll(async () => {
  actors = await createActors();
});

describe("GET /api/models", () => {
  it("lists the provider's models with context, price and modalities for signed-in users", async () => {
    const responses = await expectMatrix(actors, (client) => client.fetch("/api/models"), {
      anonymous: 401,
      owner: 200,
      other: 200,
      banned: 403,
      admin: 200,
    });
    const { items } = (await responses.owner.json()) as {
      items: Array<{
        id: string;
        contextLength: number | null;
        pricing: { promptUsdPerToken: number };
        inputModalities: string[];
        outputModalities: string[];
      }>;
    };
    const echo = items.find((model) => model.id === "fake/echo");
    expect(echo?.contextLength).toBeGreaterThan(0);
    expect(echo?.pricing.promptUsdPerToken).toBeGreaterThan(0);
    expect(echo?.inputModalities).toContain("image");
    expect(items.find((model) => model.id === "fake/image")?.outputModalities).toContain("image");
    expect(responses.owner.headers.get("cache-control")).toMatch(/private/);
  });
});
