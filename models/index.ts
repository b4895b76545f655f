import { AccountToken } from "./account-token";
import { ApiCompletion } from "./api-completion";
import { ApiKey } from "./api-key";
import { ArenaMessage } from "./arena-message";
import { ArenaSession } from "./arena-session";
import { ArenaTally } from "./arena-tally";
import { ArenaVote } from "./arena-vote";
import { AuditLog } from "./audit-log";
import { Conversation } from "./conversation";
import { StoredFile } from "./file";
import { Folder } from "./folder";
import { GeneratedImage } from "./generated-image";
import { LlmConfig } from "./llm-config";
import { Message } from "./message";
import { ModelCall } from "./model-call";
import { PromptTemplate } from "./prompt-template";
import { RevokedSession } from "./revoked-session";
import { ShareLink } from "./share-link";
import { UsageLog } from "./usage-log";
import { UsageRollup } from "./usage-rollup";
import { User } from "./user";

export const allModels = [
  User,
  RevokedSession,
  Conversation,
  Message,
  ModelCall,
  LlmConfig,
  Folder,
  UsageLog,
  UsageRollup,
  AuditLog,
  GeneratedImage,
  ArenaSession,
  ArenaMessage,
  ArenaVote,
  ArenaTally,
  PromptTemplate,
  ApiKey,
  ApiCompletion,
  StoredFile,
  AccountToken,
  ShareLink,
] as const;

type IndexKey = Record<string, 1 | -1>;

/**
 * Indexes that earlier versions declared and this one does not, by model:
 * each costs every write and serves no query now. Only these are dropped;
 * an index someone made by hand is left alone.
 */
const RETIRED_INDEXES: [model: (typeof allModels)[number], key: IndexKey][] = [
  // Unique, it would refuse a blind and a named tally of the same pair.
  [ArenaTally, { kind: 1, a: 1, b: 1 }],
  // Replaced by indexes of each list's equality fields, then its sort.
  [ApiKey, { user_id: 1, created_at: -1 }],
  [ArenaMessage, { session_id: 1, created_at: 1 }],
  [ArenaSession, { user_id: 1, created_at: -1 }],
  [AuditLog, { created_at: -1 }],
  [AuditLog, { admin_id: 1, created_at: -1 }],
  [AuditLog, { action: 1, created_at: -1 }],
  [AuditLog, { target_id: 1 }],
  [Conversation, { user_id: 1, created_at: -1 }],
  [Conversation, { user_id: 1, last_message_at: -1 }],
  [Conversation, { user_id: 1, is_archived: 1 }],
  [Conversation, { user_id: 1, is_pinned: -1, last_message_at: -1 }],
  [Conversation, { folder_id: 1 }],
  [Folder, { user_id: 1, created_at: -1 }],
  [GeneratedImage, { user_id: 1, created_at: -1 }],
  [GeneratedImage, { user_id: 1, is_favorite: 1 }],
  [LlmConfig, { owner_id: 1, created_at: -1 }],
  [LlmConfig, { visibility: 1, "stats.uses_count": -1 }],
  [Message, { conversation_id: 1, created_at: 1 }],
  [Message, { conversation_id: 1, role: 1 }],
  [ModelCall, { user_id: 1 }],
  [PromptTemplate, { category: 1 }],
  [PromptTemplate, { is_active: 1, usage_count: -1 }],
  [UsageLog, { day: 1 }],
  [User, { created_at: -1 }],
  [User, { "usage.last_active": -1 }],
];

const sameKey = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/** Drops the retired indexes a database upgraded from an earlier version still has. */
async function dropRetiredIndexes(): Promise<void> {
  // No collection yet, or another instance starting at the same moment dropped it first.
  const gone = (codeName: string) => (error: unknown) => {
    if ((error as { codeName?: string }).codeName !== codeName) throw error;
  };
  for (const model of new Set(RETIRED_INDEXES.map(([retiredFrom]) => retiredFrom))) {
    const indexes = (await model.collection.indexes().catch(gone("NamespaceNotFound"))) ?? [];
    const declared = model.schema.indexes().map(([key]) => key);
    for (const index of indexes) {
      const retired = RETIRED_INDEXES.some(
        ([from, key]) => from === model && sameKey(key, index.key),
      );
      // A key this version declares again (with other options) is not retired.
      if (!index.name || !retired || declared.some((key) => sameKey(key, index.key))) continue;
      await model.collection.dropIndex(index.name).catch(gone("IndexNotFound"));
    }
  }
}

/**
 * Drops the indexes earlier versions made and this one no longer declares,
 * then creates every declared index (autoIndex is off). Safe to run on
 * every start. Expects mongoose to be connected.
 */
export async function ensureIndexes(): Promise<void> {
  await dropRetiredIndexes();
  // One model at a time: the embedded database writes through one SQLite file.
  for (const model of allModels) await model.createIndexes();
}
