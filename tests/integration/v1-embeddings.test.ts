import OpenAI from "openai";
import { beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { POLICIES } from "@/lib/rate-limit/policies";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import { createKey } from "../support/api-keys";
import { createActors, expectMatrix } from "../support/authz-matrix";
import {
  callsMentioning,
  footprint,
  type KeyHolder,
  keyHolder,
  marker,
  sdk,
  UNTOUCHED,
} from "../support/openai";
import { banUser, createUser, signedIn } from "../support/users";

type Params = OpenAI.EmbeddingCreateParams;

/** fake/embed's price per token, as the fake provider bills it. */
const USD_PER_TOKEN = 0.0000001;

let holder: KeyHolder;
beforeAll(async () => {
  await connectDb();
  holder = await keyHolder();
});

describe("POST /api/v1/embeddings", () => {
  it("embeds a text and a list of texts with the official SDK, the same text alike", async () => {
    const word = marker();
    const one = await holder.openai.embeddings.create({ model: "fake/embed", input: word });
    expect(one.object).toBe("list");
    expect(one.model).toBe("fake/embed");
    expect(one.data).toHaveLength(1);
    expect(one.data[0]).toMatchObject({ object: "embedding", index: 0 });
    expect(one.data[0]?.embedding).toHaveLength(8);
    expect(one.usage).toMatchObject({ prompt_tokens: 1, total_tokens: 1 });

    const many = await holder.openai.embeddings.create({
      model: "fake/embed",
      input: ["first text", word],
      encoding_format: "float",
      dimensions: 4,
    });
    expect(many.data.map((item) => item.index)).toEqual([0, 1]);
    expect(many.data[1]?.embedding).toHaveLength(4);
    // The vectors are the provider's: the first four numbers of the same text's vector.
    const same = one.data[0]?.embedding.slice(0, 4) ?? [];
    many.data[1]?.embedding.forEach((value, i) => {
      expect(value).toBeCloseTo(same[i] ?? Number.NaN, 5);
    });

    // The SDK asks for base64 unless told otherwise; the fields reach the provider as sent.
    const [base64Call] = await callsMentioning(word, "/embeddings");
    expect(base64Call?.body).toMatchObject({ model: "fake/embed", encoding_format: "base64" });
    const floatCall = (await callsMentioning(word, "/embeddings")).at(-1);
    expect(floatCall?.body).toMatchObject({ encoding_format: "float", dimensions: 4 });
  });

  it("bills the call as API use, by what the provider billed", async () => {
    const billed = await keyHolder();
    const answer = await billed.openai.embeddings.create({
      model: "fake/embed",
      input: ["three words here", "and two"],
    });
    expect(answer.usage.prompt_tokens).toBe(5);
    const logs = await UsageLog.find({ user_id: billed.user.id }).lean();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      kind: "api",
      model_id: "fake/embed",
      tokens: { prompt: 5, completion: 0, total: 5 },
    });
    expect(logs[0]?.cost_usd).toBeCloseTo(5 * USD_PER_TOKEN, 12);
    const user = await User.findById(billed.user.id).lean();
    expect(user?.usage.tokens_used).toBe(5);
    expect(user?.usage.cost_usd).toBeCloseTo(5 * USD_PER_TOKEN, 12);
    expect(user?.usage.messages_sent).toBe(0);
  });

  it("refuses bad input with a 400 naming the field, and bills nothing", async () => {
    const refused = await keyHolder();
    const cases: Array<{ body: Record<string, unknown>; param: string }> = [
      { body: { input: [] }, param: "input" },
      { body: { input: "" }, param: "input" },
      { body: { input: [1, 2, 3] }, param: "input" },
      { body: { input: "hi", encoding_format: "hex" }, param: "encoding_format" },
      { body: { input: "hi", dimensions: -1 }, param: "dimensions" },
      { body: { input: "hi", model: "" }, param: "model" },
    ];
    for (const { body, param } of cases) {
      const error = await refused.openai.embeddings
        .create({ model: "fake/embed", ...body } as unknown as Params)
        .catch((thrown: unknown) => thrown);
      expect(error, param).toBeInstanceOf(OpenAI.BadRequestError);
      expect(error, param).toMatchObject({ status: 400, param });
    }
    // A model the provider has no embeddings for is its refusal, passed on as a 400.
    const unknown = await refused.openai.embeddings
      .create({ model: "fake/echo", input: "hi" })
      .catch((thrown: unknown) => thrown);
    expect(unknown).toBeInstanceOf(OpenAI.BadRequestError);
    expect((unknown as Error).message).toMatch(/not a valid embedding model/);
    expect(await footprint(refused.user.id)).toEqual(UNTOUCHED);
  });

  it("counts against the model-call rate limit", async () => {
    const limited = await keyHolder();
    for (let i = 0; i < POLICIES.model.limit; i++) {
      await limited.openai.embeddings.create({ model: "fake/embed", input: `call ${i}` });
    }
    const word = marker();
    const error = await limited.openai.embeddings
      .create({ model: "fake/embed", input: word })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ status: 429, code: "rate_limited" });
    expect(
      (error as InstanceType<typeof OpenAI.RateLimitError>).headers.get("retry-after"),
    ).toMatch(/^\d+$/);
    expect(await callsMentioning(word, "/embeddings")).toHaveLength(0);
  });
});

describe("who may embed", () => {
  it("answers each caller by session as every user route does", async () => {
    const actors = await createActors();
    await expectMatrix(
      actors,
      (client) => client.json("/api/v1/embeddings", "POST", { model: "fake/embed", input: "hi" }),
      { anonymous: 401, owner: 200, other: 200, banned: 403, admin: 200 },
    );
  });

  it("answers no key and a revoked key 401, a banned owner's key 403, an admin's key 200", async () => {
    const request = { model: "fake/embed", input: "who am I" };
    const anonymous = await fetch(`${holder.openai.baseURL}/embeddings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { type: "authentication_error" } });

    const revoked = await createUser();
    const client = await signedIn(revoked);
    const { key, secret } = await createKey(client);
    await client.fetch(`/api/keys/${key.id}`, { method: "DELETE" });
    const revokedError = await sdk(secret)
      .embeddings.create(request)
      .catch((thrown: unknown) => thrown);
    expect(revokedError).toBeInstanceOf(OpenAI.AuthenticationError);

    const banned = await keyHolder();
    await banUser(banned.user);
    const bannedError = await banned.openai.embeddings
      .create(request)
      .catch((thrown: unknown) => thrown);
    expect(bannedError).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(bannedError).toMatchObject({ status: 403, code: "banned" });
    expect(await footprint(banned.user.id)).toEqual(UNTOUCHED);
    expect(await footprint(revoked.id)).toEqual(UNTOUCHED);

    const admin = await createUser({ role: "admin" });
    const { secret: adminSecret } = await createKey(await signedIn(admin));
    const answer = await sdk(adminSecret).embeddings.create(request);
    expect(answer.data).toHaveLength(1);
  });
});
