import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import mongoose from "mongoose";
import { expect, inject } from "vitest";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { UsageLog } from "@/models/usage-log";
import { UsageRollup } from "@/models/usage-rollup";
import { User } from "@/models/user";
import { type AppServer, startApp } from "../setup/app";
import { GOOD_PASSWORD } from "./constants";
import { Client } from "./http";
import { uniqueEmail } from "./users";

/**
 * Apps, data folders and database connections a test starts for itself,
 * apart from the run's shared app: tests that take a database away must
 * not take it from the others.
 */
export class OwnApps {
  private readonly apps: AppServer[] = [];
  private readonly folders: string[] = [];
  private readonly connections: mongoose.Connection[] = [];
  readonly authSecret = randomBytes(32).toString("base64url");

  async folder(): Promise<string> {
    const folder = await mkdtemp(path.join(tmpdir(), "uni-chat-own-"));
    this.folders.push(folder);
    return folder;
  }

  /** A production app on the fake model provider; `MONGODB_URI: ""` starts its embedded database. */
  async start(env: Record<string, string>): Promise<AppServer> {
    const app = await startApp({
      OPENROUTER_BASE_URL: `${inject("upstreamOrigin")}/api/v1`,
      OPENROUTER_API_KEY: "test-key",
      AUTH_SECRET: this.authSecret,
      TRUSTED_PROXY_HOPS: "1",
      ...env,
    });
    this.apps.push(app);
    return app;
  }

  /** The app database's collections through the app's own models, for checking what it stored. */
  async models(uri: string) {
    const connection = await mongoose
      .createConnection(uri, { dbName: "unichat", serverSelectionTimeoutMS: 10_000 })
      .asPromise();
    this.connections.push(connection);
    const bind = <T extends { modelName: string; schema: mongoose.Schema }>(model: T): T =>
      connection.model(model.modelName, model.schema) as unknown as T;
    return {
      User: bind(User),
      Conversation: bind(Conversation),
      Message: bind(Message),
      UsageLog: bind(UsageLog),
      UsageRollup: bind(UsageRollup),
    };
  }

  async cleanUp(): Promise<void> {
    for (const connection of this.connections) await connection.close().catch(() => {});
    for (const app of this.apps) await app.stop().catch(() => {});
    for (const folder of this.folders) await rm(folder, { recursive: true, force: true });
  }
}

export type AppModels = Awaited<ReturnType<OwnApps["models"]>>;

/** The URI and pid of the embedded database an app started in its data folder. */
export async function embeddedDbOf(dataDir: string): Promise<{ uri: string; pid: number }> {
  const state = await readFile(path.join(dataDir, "embedded-db", "embedded-db.json"), "utf8");
  return JSON.parse(state) as { uri: string; pid: number };
}

/** Registers an account on an app and signs it in on each of `urls`. */
export async function registerOn(urls: string[]): Promise<{ email: string; clients: Client[] }> {
  const email = uniqueEmail();
  const [first] = urls;
  if (!first) throw new Error("no app");
  const register = await new Client(first).json("/api/auth/register", "POST", {
    email,
    password: GOOD_PASSWORD,
    displayName: "Several",
  });
  if (register.status !== 201) throw new Error(`register answered ${register.status}`);
  const clients = await Promise.all(
    urls.map(async (url) => {
      const client = new Client(url);
      if (!(await client.signIn(email, GOOD_PASSWORD)).ok) throw new Error("sign-in failed");
      return client;
    }),
  );
  return { email, clients };
}

/** A new conversation through the API. */
export async function newConversation(client: Client, modelId = "fake/echo"): Promise<string> {
  const response = await client.json("/api/conversations", "POST", { modelId });
  if (response.status !== 201) throw new Error(`create answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/**
 * Checks that nothing a user's answers did was lost or counted twice: each
 * answer ended and was billed once, and every counter equals a recount of
 * the records it counts.
 */
export async function expectRecountsMatch(db: AppModels, email: string): Promise<void> {
  const user = await db.User.findOne({ email }).lean();
  if (!user) throw new Error("no such user");
  const logs = await db.UsageLog.find({ user_id: user._id }).lean();
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const answers = await db.Message.find({ user_id: user._id, role: "assistant" }).lean();

  for (const answer of answers) {
    expect(answer.status).not.toBe("streaming");
    expect(logs.filter((log) => String(log.message_id) === String(answer._id))).toHaveLength(1);
  }
  expect(logs).toHaveLength(answers.length);
  expect(user.usage.tokens_used).toBe(sum(logs.map((log) => log.tokens.total)));
  expect(user.usage.messages_sent).toBe(logs.length);
  expect(user.usage.month_cost_usd).toBeCloseTo(sum(logs.map((log) => log.cost_usd)), 9);

  for (const conversation of await db.Conversation.find({ user_id: user._id }).lean()) {
    const inIt = logs.filter((log) => String(log.conversation_id) === String(conversation._id));
    expect(conversation.message_count).toBe(
      await db.Message.countDocuments({ conversation_id: conversation._id }),
    );
    expect(conversation.stats.total_tokens).toBe(sum(inIt.map((log) => log.tokens.total)));
  }

  const day = await db.UsageRollup.findOne({
    dim: "user",
    key: String(user._id),
    day: logs[0]?.day,
  }).lean();
  expect(day?.replies).toBe(logs.length);
  expect(day?.tokens).toBe(sum(logs.map((log) => log.tokens.total)));
}
