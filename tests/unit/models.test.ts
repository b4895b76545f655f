import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Error as MongooseError, Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { allModels } from "@/models";
import { ApiKey } from "@/models/api-key";
import { ArenaMessage } from "@/models/arena-message";
import { ArenaSession } from "@/models/arena-session";
import { ArenaVote } from "@/models/arena-vote";
import { AuditLog } from "@/models/audit-log";
import { Conversation } from "@/models/conversation";
import { utcDay } from "@/models/day";
import { Folder } from "@/models/folder";
import { GeneratedImage } from "@/models/generated-image";
import { LlmConfig } from "@/models/llm-config";
import { Message } from "@/models/message";
import { PromptTemplate } from "@/models/prompt-template";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";

const id = () => new Types.ObjectId();

/**
 * The paths validation rejects, sorted; [] when the document is valid. validate()
 * needs no database; validateSync() is deprecated in mongoose 9.
 */
async function invalidPaths(doc: { validate(): Promise<void> }): Promise<string[]> {
  try {
    await doc.validate();
    return [];
  } catch (error) {
    if (error instanceof MongooseError.ValidationError) return Object.keys(error.errors).sort();
    throw error;
  }
}

describe("collections", () => {
  it("use the seed's collection names", () => {
    const names = Object.fromEntries(
      allModels.map((model) => [model.modelName, model.collection.collectionName]),
    );
    expect(names).toEqual({
      User: "users",
      RevokedSession: "revoked_tokens",
      File: "files",
      Conversation: "conversations",
      Message: "messages",
      LlmConfig: "llm_configs",
      Folder: "folders",
      UsageLog: "usage_logs",
      UsageRollup: "usage_rollups",
      AuditLog: "audit_logs",
      GeneratedImage: "generated_images",
      ArenaSession: "arena_sessions",
      ArenaMessage: "arena_messages",
      ArenaVote: "arena_votes",
      ArenaTally: "arena_tallies",
      PromptTemplate: "prompt_templates",
      ApiKey: "api_keys",
      ModelCall: "model_calls",
      ApiCompletion: "api_completions",
      AccountToken: "account_tokens",
      ShareLink: "share_links",
    });
  });

  // Vitest smooths over CommonJS interop; `tsx server.ts` does not, and mongoose is
  // CommonJS: `import { models } from "mongoose"` compiles but fails at start-up.
  it("load under Node's own ESM loader, as the server does", async () => {
    const script = "import('./models/index.ts').then((m) => console.log(m.allModels.length))";
    const { stdout } = await promisify(execFile)("node_modules/.bin/tsx", ["--eval", script]);
    expect(Number(stdout.trim())).toBe(21);
  });

  it("keep updated_at only where the seed has it", () => {
    const withUpdatedAt = allModels
      .filter((model) => Object.hasOwn(model.schema.paths, "updated_at"))
      .map((model) => model.modelName)
      .sort();
    expect(withUpdatedAt).toEqual([
      "ArenaSession",
      "Conversation",
      "Folder",
      "LlmConfig",
      "PromptTemplate",
      "User",
    ]);
    for (const model of allModels)
      expect(Object.hasOwn(model.schema.paths, "created_at")).toBe(true);
  });
});

describe("User", () => {
  it("requires email and display name; an account made by single sign-on has no password", async () => {
    expect(await invalidPaths(new User({}))).toEqual(["email", "profile.display_name"]);
    expect(new User({}).password_hash).toBe("");
    expect(new User({}).oidc_subject).toBeNull();
  });

  it("defaults to an unlimited, active, plain user", async () => {
    const user = new User({
      email: "a@example.com",
      password_hash: "x",
      profile: { display_name: "A" },
    });
    expect(await invalidPaths(user)).toEqual([]);
    expect(user.role).toBe("user");
    expect(user.usage.tokens_limit).toBe(-1);
    expect(user.status.is_banned).toBe(false);
    expect(user.session_version).toBe(0);
  });

  it("rejects an unknown role", async () => {
    const user = new User({
      email: "a@example.com",
      password_hash: "x",
      profile: { display_name: "A" },
      role: "root",
    });
    expect(await invalidPaths(user)).toEqual(["role"]);
  });
});

describe("Conversation", () => {
  it("needs only an owner and fills the rest", async () => {
    expect(await invalidPaths(new Conversation({}))).toEqual(["user_id"]);
    const conversation = new Conversation({ user_id: id() });
    expect(await invalidPaths(conversation)).toEqual([]);
    expect(conversation.title).toBe("New conversation");
    expect(conversation.is_pinned).toBe(false);
    expect(conversation.folder_id).toBeNull();
    expect(conversation.stats).toMatchObject({ total_tokens: 0, cost_usd: 0 });
    expect(conversation.last_message_at).toBeInstanceOf(Date);
  });
});

describe("Message", () => {
  it("requires conversation, owner and role", async () => {
    expect(await invalidPaths(new Message({}))).toEqual(["conversation_id", "role", "user_id"]);
  });

  it("rejects a role outside user, assistant and system", async () => {
    const message = new Message({ conversation_id: id(), user_id: id(), role: "tool" });
    expect(await invalidPaths(message)).toEqual(["role"]);
  });

  it("starts as an empty, error-free root message", async () => {
    const message = new Message({ conversation_id: id(), user_id: id(), role: "assistant" });
    expect(await invalidPaths(message)).toEqual([]);
    expect(message.content).toBe("");
    expect(message.parent_id).toBeNull();
    expect(message.client_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(message.is_error).toBe(false);
    expect(message.metadata).toMatchObject({ finish_reason: null, cost_usd: 0 });
    expect(message.edit_history).toHaveLength(0);
  });

  it("checks attachments", async () => {
    const message = new Message({
      conversation_id: id(),
      user_id: id(),
      role: "user",
      attachments: [
        { type: "image", url: "/files/a.png", name: "a.png", size: 10 },
        { type: "file" },
      ],
    });
    expect(await invalidPaths(message)).toEqual([
      "attachments.1.name",
      "attachments.1.size",
      "attachments.1.url",
    ]);
    expect(message.attachments[0]?.file_id).toBeNull();
  });
});

describe("LlmConfig", () => {
  it("requires a name and a model", async () => {
    expect(await invalidPaths(new LlmConfig({}))).toEqual(["model_id", "name"]);
  });

  it("is private with neutral parameters by default", async () => {
    const config = new LlmConfig({ name: "Helper", model_id: "openai/gpt-4o-mini" });
    expect(await invalidPaths(config)).toEqual([]);
    expect(config.visibility).toBe("private");
    expect(config.owner_id).toBeNull();
    expect(config.parameters).toMatchObject({ temperature: 0.7, max_tokens: null, top_p: 1 });
    expect(config.stats).toMatchObject({ uses_count: 0, saves_count: 0 });
  });

  it("rejects an unknown visibility", async () => {
    const config = new LlmConfig({ name: "Helper", model_id: "m", visibility: "shared" });
    expect(await invalidPaths(config)).toEqual(["visibility"]);
  });
});

describe("Folder", () => {
  it("requires an owner and a name", async () => {
    expect(await invalidPaths(new Folder({}))).toEqual(["name", "user_id"]);
    expect(new Folder({ user_id: id(), name: "Work" }).conversation_count).toBe(0);
  });
});

describe("UsageLog", () => {
  it("requires owner, kind and model", async () => {
    expect(await invalidPaths(new UsageLog({}))).toEqual(["kind", "model_id", "user_id"]);
  });

  it("rejects an unknown kind and stamps today's UTC day", async () => {
    expect(
      await invalidPaths(new UsageLog({ user_id: id(), model_id: "m", kind: "embed" })),
    ).toEqual(["kind"]);
    const log = new UsageLog({ user_id: id(), model_id: "m", kind: "chat" });
    expect(log.day).toBe(utcDay());
    expect(log.tokens).toMatchObject({ prompt: 0, completion: 0, total: 0 });
    expect(log.arena_session_id).toBeNull();
  });
});

describe("AuditLog", () => {
  it("requires admin, action and target type", async () => {
    expect(await invalidPaths(new AuditLog({}))).toEqual(["action", "admin_id", "target_type"]);
  });

  it("keeps any snapshot shape", async () => {
    const log = new AuditLog({
      admin_id: id(),
      action: "user.ban",
      target_type: "user",
      before: { is_banned: false },
      after: { is_banned: true, reason: "spam" },
    });
    expect(await invalidPaths(log)).toEqual([]);
    expect(log.after).toEqual({ is_banned: true, reason: "spam" });
    expect(log.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("GeneratedImage", () => {
  it("requires the stored file's key, type and size, not base64 data", async () => {
    expect(await invalidPaths(new GeneratedImage({}))).toEqual([
      "bytes",
      "mime_type",
      "model_id",
      "prompt",
      "storage_key",
      "user_id",
    ]);
    expect(Object.hasOwn(GeneratedImage.schema.paths, "image_data")).toBe(false);
  });

  it("defaults to a non-favourite with no thumbnail", async () => {
    const image = new GeneratedImage({
      user_id: id(),
      prompt: "a cat",
      model_id: "m",
      storage_key: "images/abc.png",
      mime_type: "image/png",
      bytes: 1024,
    });
    expect(await invalidPaths(image)).toEqual([]);
    expect(image.is_favorite).toBe(false);
    expect(image.thumbnail_key).toBeNull();
    expect(image.cost_usd).toBe(0);
  });
});

describe("ArenaSession", () => {
  it.each([
    [1, ["panels"]],
    [2, []],
    [4, []],
    [5, ["panels"]],
  ])("with %i panels has invalid paths %j", async (count, paths) => {
    const session = new ArenaSession({
      user_id: id(),
      panels: Array.from({ length: count }, () => ({ model_id: "a/model", name: "A model" })),
    });
    expect(await invalidPaths(session)).toEqual(paths);
  });
});

describe("ArenaMessage", () => {
  it("allows only user and assistant roles", async () => {
    expect(
      await invalidPaths(new ArenaMessage({ session_id: id(), user_id: id(), role: "system" })),
    ).toEqual(["role"]);
    const reply = new ArenaMessage({ session_id: id(), user_id: id(), role: "assistant" });
    expect(await invalidPaths(reply)).toEqual([]);
    expect(reply.is_error).toBe(false);
  });
});

describe("ArenaVote", () => {
  const vote = () => ({
    session_id: id(),
    user_id: id(),
    turn_id: id(),
    config_ids: [id(), id()],
    model_ids: ["a/one", "b/two"],
  });

  it("records a winner by panel index", async () => {
    const doc = new ArenaVote({ ...vote(), outcome: "win", winner_index: 1 });
    expect(await invalidPaths(doc)).toEqual([]);
    expect(doc.day).toBe(utcDay());
  });

  it("rejects an unknown outcome and an index past the last panel", async () => {
    expect(await invalidPaths(new ArenaVote({ ...vote(), outcome: "draw" }))).toEqual(["outcome"]);
    expect(
      await invalidPaths(new ArenaVote({ ...vote(), outcome: "win", winner_index: 4 })),
    ).toEqual(["winner_index"]);
  });

  it("requires the turn it judges", async () => {
    const { turn_id: _turn, ...withoutTurn } = vote();
    expect(await invalidPaths(new ArenaVote({ ...withoutTurn, outcome: "tie" }))).toEqual([
      "turn_id",
    ]);
  });
});

describe("PromptTemplate", () => {
  it("requires name, category and text, and starts active", async () => {
    expect(await invalidPaths(new PromptTemplate({}))).toEqual([
      "category",
      "name",
      "template_text",
    ]);
    const template = new PromptTemplate({
      name: "Summary",
      category: "writing",
      template_text: "Sum up {{text}}",
    });
    expect(template.is_active).toBe(true);
    expect(template.usage_count).toBe(0);
  });
});

describe("ApiKey", () => {
  it("requires owner, name, prefix and hash, and never expires by default", async () => {
    expect(await invalidPaths(new ApiKey({}))).toEqual(["key_hash", "name", "prefix", "user_id"]);
    const key = new ApiKey({
      user_id: id(),
      name: "ci",
      prefix: "uc_ab12cd",
      key_hash: "0".repeat(64),
    });
    expect(await invalidPaths(key)).toEqual([]);
    expect(key.expires_at).toBeNull();
    expect(key.revoked_at).toBeNull();
    expect(key.last_used_at).toBeNull();
  });
});

describe("utcDay", () => {
  it("uses the UTC calendar day", () => {
    expect(utcDay(new Date("2024-03-05T23:59:59.999Z"))).toBe("2024-03-05");
    expect(utcDay(new Date("2024-03-06T01:00:00+02:00"))).toBe("2024-03-05");
  });
});
