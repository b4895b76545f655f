import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createModelCatalogue, estimateCostUsd, type ModelInfo } from "@/lib/llm/catalogue";

const TTL = 1_000;
const CONFIG = () => ({ baseUrl: "http://upstream.test/api/v1", apiKey: "k" });

function entry(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: `Model ${id}`,
    description: "A model.",
    context_length: 128_000,
    pricing: { prompt: "0.000003", completion: "0.000015", image: "0.0048" },
    architecture: { input_modalities: ["text", "image"], output_modalities: ["text"] },
    top_provider: { context_length: 128_000, max_completion_tokens: 4_096 },
    ...overrides,
  };
}

/**
 * A scripted upstream: each answer is a list of entries, an HTTP status, or
 * a promise the test resolves later. Records every request.
 */
function scriptedUpstream() {
  type Answer = unknown[] | number | Promise<unknown[]>;
  const answers: Answer[] = [];
  const requests: { url: string; authorization: string | null }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    requests.push({
      url: String(input),
      authorization: new Headers(init?.headers).get("authorization"),
    });
    const answer = answers.shift() ?? 500;
    if (typeof answer === "number") return new Response("nope", { status: answer });
    return Response.json({ data: await answer });
  };
  return { fetch, answers, requests };
}

function setup() {
  const upstream = scriptedUpstream();
  const clock = { time: 0 };
  const catalogue = createModelCatalogue({
    fetch: upstream.fetch,
    config: CONFIG,
    ttlMs: TTL,
    retryMs: 100,
    now: () => clock.time,
  });
  const ids = async () => (await catalogue.list()).map((model) => model.id);
  return { upstream, clock, catalogue, ids };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("model catalogue", () => {
  it("normalises OpenRouter's entries and skips malformed ones", async () => {
    const { upstream, catalogue } = setup();
    upstream.answers.push([
      entry("a/one"),
      { id: 42 },
      entry("a/bad-price", { pricing: { prompt: "cheap", completion: "0" } }),
      { id: "plain/openai-style", object: "model", owned_by: "someone" },
    ]);
    const models = await catalogue.list();
    expect(models).toEqual<ModelInfo[]>([
      {
        id: "a/one",
        name: "Model a/one",
        description: "A model.",
        contextLength: 128_000,
        maxOutputTokens: 4_096,
        pricing: {
          promptUsdPerToken: 0.000003,
          completionUsdPerToken: 0.000015,
          imageUsdPerImage: 0.0048,
        },
        inputModalities: ["text", "image"],
        outputModalities: ["text"],
      },
      {
        id: "plain/openai-style",
        name: "plain/openai-style",
        description: "",
        contextLength: null,
        maxOutputTokens: null,
        pricing: { promptUsdPerToken: 0, completionUsdPerToken: 0, imageUsdPerImage: null },
        inputModalities: ["text"],
        outputModalities: ["text"],
      },
    ]);
    expect(upstream.requests).toEqual([
      { url: "http://upstream.test/api/v1/models", authorization: "Bearer k" },
    ]);
  });

  it("serves a fresh list from memory", async () => {
    const { upstream, clock, ids } = setup();
    upstream.answers.push([entry("a/one")]);
    expect(await ids()).toEqual(["a/one"]);
    clock.time = TTL - 1;
    expect(await ids()).toEqual(["a/one"]);
    expect(upstream.requests).toHaveLength(1);
  });

  it("shares one request between callers waiting for the first list", async () => {
    const { upstream, ids } = setup();
    upstream.answers.push([entry("a/one")]);
    expect(await Promise.all([ids(), ids(), ids()])).toEqual([["a/one"], ["a/one"], ["a/one"]]);
    expect(upstream.requests).toHaveLength(1);
  });

  it("serves a stale list at once while one refresh runs in the background", async () => {
    const { upstream, clock, ids } = setup();
    const later = deferred<unknown[]>();
    upstream.answers.push([entry("a/old")], later.promise);
    await ids();
    clock.time = TTL;
    expect(await ids()).toEqual(["a/old"]);
    expect(await ids()).toEqual(["a/old"]);
    expect(upstream.requests).toHaveLength(2);

    later.resolve([entry("a/new")]);
    await flush();
    expect(await ids()).toEqual(["a/new"]);
    expect(upstream.requests).toHaveLength(2);
  });

  it("keeps the last good list when a refresh fails, and retries later", async () => {
    const { upstream, clock, ids } = setup();
    upstream.answers.push([entry("a/good")], 503);
    await ids();
    clock.time = TTL;
    expect(await ids()).toEqual(["a/good"]);
    await flush();
    expect(upstream.requests).toHaveLength(2);

    // Within the retry pause the upstream is left alone.
    clock.time = TTL + 50;
    expect(await ids()).toEqual(["a/good"]);
    expect(upstream.requests).toHaveLength(2);

    upstream.answers.push([entry("a/next")]);
    clock.time = TTL + 150;
    expect(await ids()).toEqual(["a/good"]);
    await flush();
    expect(await ids()).toEqual(["a/next"]);
  });

  it("keeps the last good list when a refresh returns garbage", async () => {
    const { upstream, clock, ids } = setup();
    upstream.answers.push([entry("a/good")], [{ id: 1 }, { nope: true }]);
    await ids();
    clock.time = TTL;
    await ids();
    await flush();
    expect(await ids()).toEqual(["a/good"]);
  });

  it("fails with a 502 when there never was a good list, and tries again next time", async () => {
    const { upstream, catalogue, ids } = setup();
    upstream.answers.push(500);
    const error = await catalogue.list().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "upstream_error",
      status: 502,
      message:
        "The list of models could not be loaded from the model provider. Try again in a moment.",
    });
    upstream.answers.push([entry("a/back")]);
    expect(await ids()).toEqual(["a/back"]);
  });

  it("passes the missing-key error through unchanged", async () => {
    const catalogue = createModelCatalogue({
      fetch: scriptedUpstream().fetch,
      config: () => {
        throw new AppError("no_api_key", 503, "No model provider is configured.");
      },
    });
    await expect(catalogue.list()).rejects.toMatchObject({ code: "no_api_key", status: 503 });
  });
});

describe("estimateCostUsd", () => {
  it("prices prompt and completion tokens at the model's rates", async () => {
    const { upstream, catalogue } = setup();
    upstream.answers.push([entry("a/one")]);
    const [model] = await catalogue.list();
    if (!model) throw new Error("no model");
    expect(estimateCostUsd(model, 1_000, 100)).toBeCloseTo(0.003 + 0.0015, 12);
    expect(estimateCostUsd(model, 0, 0)).toBe(0);
  });
});
