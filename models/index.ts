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
] as const;

/**
 * Creates every declared index (autoIndex is off). Safe to run on every
 * start: existing indexes are left alone. Expects mongoose to be connected.
 */
export async function ensureIndexes(): Promise<void> {
  // One model at a time: the embedded database writes through one SQLite file.
  for (const model of allModels) await model.createIndexes();
}
