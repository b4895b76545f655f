import mongoose, { Types } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "@/lib/admin/audit";
import { usageCsv } from "@/lib/admin/usage-csv";
import { listUsers } from "@/lib/admin/users";
import { getArenaSession } from "@/lib/arena/get";
import { listArenaSessions } from "@/lib/arena/list";
import type { SessionUser } from "@/lib/auth/types";
import { browseGallery } from "@/lib/configs/gallery";
import { encodeGalleryCursor } from "@/lib/configs/gallery-cursor";
import { listMyConfigs } from "@/lib/configs/list";
import { encodeCursor } from "@/lib/conversations/cursor";
import { getConversation } from "@/lib/conversations/get";
import { listConversations } from "@/lib/conversations/list";
import { searchConversations } from "@/lib/conversations/search";
import { listFolders } from "@/lib/folders/list";
import { encodeImageCursor } from "@/lib/images/cursor";
import { listImageJobs } from "@/lib/images/jobs";
import { listImages } from "@/lib/images/list";
import { listApiKeys } from "@/lib/keys/list";
import { listShareLinks } from "@/lib/shares/list";
import { listCategories, listTemplates } from "@/lib/templates/list";
import { getMyUsage } from "@/lib/usage/my-usage";
import { allModels, ensureIndexes } from "@/models";
import { ArenaSession } from "@/models/arena-session";
import { Conversation } from "@/models/conversation";
import { createUser, sessionUserOf } from "../support/users";

/*
 * Every list and search query has an index whose leading keys are the
 * query's equality fields (in any order) followed by its sort keys in order
 * (all in the index's direction or all reversed): MongoDB then walks the
 * index and stops after a page, with no in-memory sort. The embedded
 * database (FerretDB on SQLite) plans without MongoDB's indexes, so its
 * explain() cannot show which index a query would use: the check here is
 * structural, on the commands the services really send, captured with the
 * driver's command monitoring. explain() is still run on each to show that
 * the query is one the database accepts and plans.
 */

type Direction = 1 | -1;
type Keys = Array<[string, Direction]>;

/**
 * Filters applied while walking the sort's index rather than indexed
 * themselves, by collection. Each takes one of a few values (a role, a
 * flag) or narrows a page a person browses by hand; an index per value and
 * sort would be written on every change for little gain.
 */
const FILTERED_WHILE_WALKING: Record<string, string[]> = {
  conversations: ["tags"],
  users: ["role", "status.is_banned", "usage.last_active"],
  llm_configs: ["tags", "model_id"],
  prompt_templates: ["category"],
};

interface CapturedQuery {
  collection: string;
  filter: Record<string, unknown>;
  sort: Keys;
  limit?: number;
}

let captured: CapturedQuery[] | null = null;

/** The driver sends a sort as a Map, which keeps the order of its keys. */
function sortKeys(sort: unknown): Keys {
  if (sort instanceof Map) return [...sort.entries()] as Keys;
  return Object.entries((sort ?? {}) as Record<string, Direction>);
}
let owner: SessionUser;
let admin: SessionUser;
let conversationId: string;
let arenaSessionId: string;
const folderId = new Types.ObjectId().toString();

beforeAll(async () => {
  // The shared connection was opened without command monitoring; the
  // services use mongoose's default connection, so reopening it is enough.
  const uri = process.env.MONGODB_URI ?? "";
  const dbName = mongoose.connection.name;
  await mongoose.disconnect();
  await mongoose.connect(uri, { dbName, maxPoolSize: 1, monitorCommands: true });
  await ensureIndexes();
  mongoose.connection.getClient().on("commandStarted", (event) => {
    if (!captured) return;
    const command = event.command as Record<string, unknown>;
    if (event.commandName === "find") {
      captured.push({
        collection: String(command.find),
        filter: (command.filter ?? {}) as Record<string, unknown>,
        sort: sortKeys(command.sort),
        limit: command.limit as number | undefined,
      });
    } else if (event.commandName === "aggregate") {
      const pipeline = command.pipeline as Array<Record<string, unknown>>;
      captured.push({
        collection: String(command.aggregate),
        filter: (pipeline.find((stage) => stage.$match)?.$match ?? {}) as Record<string, unknown>,
        sort: sortKeys(pipeline.find((stage) => stage.$sort)?.$sort),
      });
    }
  });

  owner = sessionUserOf(await createUser());
  admin = sessionUserOf(await createUser({ role: "admin" }), "admin");
  const conversation = await Conversation.create({ user_id: owner.id, title: "Indexed" });
  conversationId = conversation._id.toString();
  const session = await ArenaSession.create({
    user_id: owner.id,
    panels: [
      { model_id: "fake/echo", name: "One" },
      { model_id: "fake/slow", name: "Two" },
    ],
  });
  arenaSessionId = session._id.toString();
});

afterAll(async () => {
  await mongoose.disconnect();
});

const someId = () => new Types.ObjectId();
const lastWeek = "2020-01-01";
const today = "2020-01-08";

/** Each list and search a person or an admin can open, with its filters and a later page. */
const LISTS: Array<[string, () => Promise<unknown>]> = [
  ["conversations", () => listConversations(owner, {})],
  ["archived conversations", () => listConversations(owner, { archived: "true" })],
  ["a folder's conversations", () => listConversations(owner, { folderId })],
  ["conversations in no folder", () => listConversations(owner, { folderId: "none" })],
  ["conversations with a tag", () => listConversations(owner, { tag: "work" })],
  [
    "a later page of conversations",
    () =>
      listConversations(owner, {
        cursor: encodeCursor({ _id: someId(), is_pinned: true, last_message_at: new Date() }),
      }),
  ],
  ["conversation search", () => searchConversations(owner, { q: "needle" })],
  ["a conversation's messages", () => getConversation(owner, conversationId)],
  ["folders", () => listFolders(owner)],
  ["my configs", () => listMyConfigs(owner)],
  ...(["uses", "saves", "new"] as const).flatMap(
    (sort): Array<[string, () => Promise<unknown>]> => [
      [`the gallery by ${sort}`, () => browseGallery(owner, { sort })],
      [`the gallery by ${sort}, searched`, () => browseGallery(owner, { sort, q: "needle" })],
      [
        `the gallery by ${sort}, by tag and model`,
        () => browseGallery(owner, { sort, tag: "code", model: "fake/echo" }),
      ],
      [
        `a later page of the gallery by ${sort}`,
        () =>
          browseGallery(owner, {
            sort,
            cursor: encodeGalleryCursor(sort, {
              _id: someId(),
              stats: { uses_count: 3, saves_count: 2 },
            } as never),
          }),
      ],
    ],
  ),
  ["templates", () => listTemplates(owner, {})],
  ["templates of a category, searched", () => listTemplates(owner, { category: "x", q: "a" })],
  ["templates with inactive ones", () => listTemplates(admin, { includeInactive: true })],
  ["template categories", () => listCategories(owner)],
  ["images", () => listImages(owner, {})],
  ["favourite images", () => listImages(owner, { favorites: "true" })],
  ["image search", () => listImages(owner, { q: "cat" })],
  [
    "a later page of images",
    () =>
      listImages(owner, {
        cursor: encodeImageCursor({ _id: someId(), created_at: new Date() }),
      }),
  ],
  ["images being made", () => listImageJobs(owner)],
  ["arena sessions", () => listArenaSessions(owner, {})],
  ["a later page of arena sessions", () => listArenaSessions(owner, { cursor: arenaSessionId })],
  ["an arena session's turns", () => getArenaSession(owner, arenaSessionId)],
  ["API keys", () => listApiKeys(owner)],
  ["share links", () => listShareLinks(owner, {}, "http://localhost")],
  [
    "a later page of share links",
    () => listShareLinks(owner, { cursor: someId().toString() }, "http://localhost"),
  ],
  ["my usage", () => getMyUsage(owner)],
  ...(["created", "lastActive", "tokens", "cost", "email"] as const).flatMap((sort) =>
    (["asc", "desc"] as const).map((order): [string, () => Promise<unknown>] => [
      `users by ${sort} ${order}`,
      () => listUsers(admin, { sort, order }),
    ]),
  ),
  [
    "users searched and filtered",
    () => listUsers(admin, { q: "a", role: "user", banned: "false", active: "inactive" }),
  ],
  ["the audit log", () => listAudit(admin, {})],
  ["the audit log of an admin", () => listAudit(admin, { adminId: admin.id })],
  ["the audit log of an action", () => listAudit(admin, { action: "user.ban" })],
  ["the audit log of a target", () => listAudit(admin, { targetId: owner.id })],
  ["the audit log of some days", () => listAudit(admin, { from: lastWeek, to: today })],
  ["a later page of the audit log", () => listAudit(admin, { cursor: someId().toString() })],
  [
    "the usage export",
    async () => {
      const { body } = await usageCsv(admin, { from: lastWeek, to: today });
      await new Response(body).text();
    },
  ],
];

function isEquality(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  if (value instanceof Date || value instanceof Types.ObjectId || value instanceof RegExp) {
    return !(value instanceof RegExp);
  }
  const operators = Object.keys(value);
  if (operators.some((key) => !key.startsWith("$"))) return true;
  return operators.every((key) => key === "$eq" || key === "$in");
}

/** The equality fields of each way a filter can match: one set per branch of its $or. */
function equalityBranches(filter: Record<string, unknown>): Array<Set<string>> {
  let branches = [new Set<string>()];
  const cross = (alternatives: Array<Set<string>>) => {
    branches = branches.flatMap((branch) =>
      alternatives.map((alternative) => new Set([...branch, ...alternative])),
    );
  };
  for (const [key, value] of Object.entries(filter)) {
    const clauses = value as Array<Record<string, unknown>>;
    if (key === "$and") for (const clause of clauses) cross(equalityBranches(clause));
    else if (key === "$or") cross(clauses.flatMap(equalityBranches));
    else if (!key.startsWith("$") && isEquality(value))
      for (const branch of branches) branch.add(key);
  }
  return branches;
}

/** Whether the index serves the equality fields then the sort, without an in-memory sort. */
function serves(index: Keys, equality: Set<string>, sort: Keys): boolean {
  if (sort.length === 0) return index[0] !== undefined && equality.has(index[0][0]);
  const leading = index.slice(0, equality.size).map(([field]) => field);
  if (leading.length !== equality.size || !leading.every((field) => equality.has(field))) {
    return false;
  }
  const rest = index.slice(equality.size, equality.size + sort.length);
  if (rest.length !== sort.length) return false;
  const flip = rest[0]?.[1] === sort[0]?.[1] ? 1 : -1;
  return rest.every(
    ([field, direction], i) => field === sort[i]?.[0] && direction * flip === sort[i]?.[1],
  );
}

function declaredIndexes(collection: string): Keys[] {
  const model = allModels.find((candidate) => candidate.collection.collectionName === collection);
  if (!model) throw new Error(`no model for ${collection}`);
  return [[["_id", 1]], ...model.schema.indexes().map(([keys]) => Object.entries(keys) as Keys)];
}

/** The queries of a query that no declared index serves, described for the failure message. */
function unserved(query: CapturedQuery): string[] {
  const sortFields = new Set(query.sort.map(([field]) => field));
  const walked = new Set(FILTERED_WHILE_WALKING[query.collection] ?? []);
  const indexes = declaredIndexes(query.collection);
  return equalityBranches(query.filter)
    .map((branch) => new Set([...branch].filter((f) => !sortFields.has(f) && !walked.has(f))))
    .filter((equality) => !indexes.some((index) => serves(index, equality, query.sort)))
    .map(
      (equality) =>
        `${query.collection}: equality ${JSON.stringify([...equality])} then sort ${JSON.stringify(query.sort)}`,
    );
}

async function capture(run: () => Promise<unknown>): Promise<CapturedQuery[]> {
  captured = [];
  try {
    await run();
    return captured;
  } finally {
    captured = null;
  }
}

describe("list and search queries", () => {
  it.each(LISTS)("%s: an index serves each query", async (_name, run) => {
    const queries = await capture(run);
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.flatMap(unserved)).toEqual([]);

    const db = mongoose.connection.db;
    if (!db) throw new Error("not connected");
    for (const query of queries) {
      const explained = await db.command({
        explain: {
          find: query.collection,
          filter: query.filter,
          sort: Object.fromEntries(query.sort),
          ...(query.limit !== undefined && { limit: query.limit }),
        },
        verbosity: "queryPlanner",
      });
      expect(explained.ok).toBe(1);
    }
  });

  it("the check refuses a sort no index serves", () => {
    expect(
      unserved({
        collection: "conversations",
        filter: { user_id: someId(), is_archived: false },
        sort: [["title", 1]],
      }),
    ).toHaveLength(1);
  });
});
