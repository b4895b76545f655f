import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { allModels, ensureIndexes } from "@/models";
import { ApiKey } from "@/models/api-key";
import { ArenaTally } from "@/models/arena-tally";
import { ArenaVote } from "@/models/arena-vote";

interface ExpectedIndex {
  key: Record<string, 1 | -1>;
  unique?: true;
}

// Every index of every collection, _id aside: this table is the schema's index documentation.
const EXPECTED: Record<string, ExpectedIndex[]> = {
  users: [
    { key: { email: 1 }, unique: true },
    { key: { created_at: -1, _id: -1 } },
    { key: { "usage.last_active": -1, _id: -1 } },
    { key: { "usage.tokens_used": -1, _id: -1 } },
    { key: { "usage.cost_usd": -1, _id: -1 } },
    { key: { email: 1, _id: 1 } },
    { key: { oidc_subject: 1 } },
  ],
  revoked_tokens: [{ key: { sid: 1 }, unique: true }, { key: { expires_at: 1 } }],
  conversations: [
    { key: { user_id: 1, is_archived: 1, is_pinned: -1, last_message_at: -1, _id: -1 } },
    {
      key: {
        user_id: 1,
        is_archived: 1,
        folder_id: 1,
        is_pinned: -1,
        last_message_at: -1,
        _id: -1,
      },
    },
    { key: { user_id: 1, last_message_at: -1, _id: -1 } },
  ],
  messages: [
    { key: { conversation_id: 1, user_id: 1, created_at: 1, _id: 1 } },
    { key: { user_id: 1, created_at: -1, _id: -1 } },
    { key: { conversation_id: 1, client_id: 1 }, unique: true },
    { key: { status: 1 } },
  ],
  llm_configs: [
    { key: { owner_id: 1, _id: -1 } },
    { key: { visibility: 1, "stats.uses_count": -1, _id: -1 } },
    { key: { visibility: 1, "stats.saves_count": -1, _id: -1 } },
    { key: { visibility: 1, _id: -1 } },
    { key: { tags: 1 } },
  ],
  folders: [{ key: { user_id: 1, created_at: 1, _id: 1 } }],
  usage_logs: [
    { key: { user_id: 1, created_at: -1 } },
    { key: { created_at: -1 } },
    { key: { model_id: 1, created_at: -1 } },
    { key: { day: 1, _id: 1 } },
    { key: { user_id: 1, day: 1 } },
  ],
  usage_rollups: [{ key: { day: 1, dim: 1, key: 1 }, unique: true }],
  audit_logs: [
    { key: { admin_id: 1, _id: -1 } },
    { key: { action: 1, _id: -1 } },
    { key: { target_id: 1, _id: -1 } },
  ],
  generated_images: [
    { key: { user_id: 1, created_at: -1, _id: -1 } },
    { key: { user_id: 1, is_favorite: 1, created_at: -1, _id: -1 } },
    { key: { day: 1 } },
  ],
  arena_sessions: [{ key: { user_id: 1, _id: -1 } }],
  arena_messages: [
    { key: { session_id: 1, user_id: 1, created_at: 1, _id: 1 } },
    { key: { session_id: 1, client_id: 1 }, unique: true },
    { key: { status: 1 } },
  ],
  arena_votes: [
    { key: { session_id: 1, turn_id: 1 }, unique: true },
    { key: { day: 1 } },
    { key: { user_id: 1 } },
  ],
  arena_tallies: [{ key: { kind: 1, blind: 1, a: 1, b: 1 }, unique: true }],
  prompt_templates: [
    { key: { is_active: 1, usage_count: -1, name: 1, _id: 1 } },
    { key: { usage_count: -1, name: 1, _id: 1 } },
  ],
  api_keys: [
    { key: { key_hash: 1 }, unique: true },
    { key: { user_id: 1, created_at: -1, _id: -1 } },
  ],
  files: [{ key: { user_id: 1, created_at: -1 } }],
  model_calls: [{ key: { user_id: 1, kind: 1, created_at: 1 } }],
  api_completions: [{ key: { user_id: 1, key: 1 }, unique: true }],
  account_tokens: [
    { key: { token_hash: 1 }, unique: true },
    { key: { user_id: 1, kind: 1 } },
    { key: { expires_at: 1 } },
  ],
  share_links: [
    { key: { token: 1 }, unique: true },
    { key: { conversation_id: 1 }, unique: true },
    { key: { user_id: 1, _id: -1 } },
  ],
};

/** An index as comparable data: key order matters in a compound index, so keep it. */
function describeIndex(index: { key: Record<string, unknown>; unique?: boolean }): string {
  return JSON.stringify({ key: Object.entries(index.key), unique: index.unique === true });
}

async function actualIndexes(collection: string): Promise<string[]> {
  const db = mongoose.connection.db;
  if (!db) throw new Error("not connected");
  const indexes = await db.collection(collection).indexes();
  return indexes
    .filter((index) => index.name !== "_id_")
    .map((index) => describeIndex({ key: index.key, unique: index.unique }))
    .sort();
}

beforeAll(async () => {
  await connectDb();
  await ensureIndexes();
});

afterAll(async () => {
  await mongoose.disconnect();
});

describe("ensureIndexes", () => {
  it("covers exactly the collections of allModels", () => {
    const collections = allModels.map((model) => model.collection.collectionName).sort();
    expect(collections).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("creates the indexes of %s", async (collection, expected) => {
    expect(await actualIndexes(collection)).toEqual(expected.map(describeIndex).sort());
  });

  it("is idempotent", async () => {
    const before = await Promise.all(Object.keys(EXPECTED).map(actualIndexes));
    await ensureIndexes();
    await ensureIndexes();
    const after = await Promise.all(Object.keys(EXPECTED).map(actualIndexes));
    expect(after).toEqual(before);
  });

  it("drops the indexes earlier versions made, and only those", async () => {
    // Made plain here: unique, the old tally key could refuse tallies the test database holds.
    await ArenaTally.collection.createIndex({ kind: 1, a: 1, b: 1 });
    const conversations = mongoose.connection.collection("conversations");
    await conversations.createIndex({ folder_id: 1 });
    await conversations.createIndex({ user_id: 1, is_pinned: -1, last_message_at: -1 });
    // Someone's own index, by hand.
    await conversations.createIndex({ title: 1 }, { name: "by_title" });

    await ensureIndexes();
    await ensureIndexes();
    expect(await actualIndexes("arena_tallies")).toEqual(
      (EXPECTED.arena_tallies ?? []).map(describeIndex).sort(),
    );
    expect(await actualIndexes("conversations")).toEqual(
      [...(EXPECTED.conversations ?? []), { key: { title: 1 } }].map(describeIndex).sort(),
    );
    await conversations.dropIndex("by_title");
  });
});

describe("unique indexes", () => {
  it("refuse a second vote on the same arena turn", async () => {
    const vote = {
      session_id: new mongoose.Types.ObjectId(),
      user_id: new mongoose.Types.ObjectId(),
      turn_id: new mongoose.Types.ObjectId(),
      config_ids: [new mongoose.Types.ObjectId(), new mongoose.Types.ObjectId()],
      model_ids: ["a/one", "b/two"],
      outcome: "tie" as const,
    };
    await ArenaVote.create(vote);
    try {
      await expect(ArenaVote.create(vote)).rejects.toMatchObject({ code: 11000 });
    } finally {
      await ArenaVote.deleteMany({ session_id: vote.session_id });
    }
  });

  it("refuse two API keys with the same hash", async () => {
    const key = {
      user_id: new mongoose.Types.ObjectId(),
      name: "ci",
      prefix: "uc_test00",
      key_hash: new mongoose.Types.ObjectId().toHexString().padEnd(64, "0"),
    };
    await ApiKey.create(key);
    try {
      await expect(ApiKey.create({ ...key, name: "again" })).rejects.toMatchObject({
        code: 11000,
      });
    } finally {
      await ApiKey.deleteMany({ key_hash: key.key_hash });
    }
  });
});
