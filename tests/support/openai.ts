import { randomBytes } from "node:crypto";
import OpenAI from "openai";
import { inject } from "vitest";
import { Conversation } from "@/models/conversation";
import { StoredFile } from "@/models/file";
import { UsageLog } from "@/models/usage-log";
import { User } from "@/models/user";
import type { RecordedCall } from "../fake-upstream/server";
import { createKey } from "./api-keys";
import { Client } from "./http";
import { createUser, signedIn, type TestUser } from "./users";

export interface KeyHolder {
  user: TestUser;
  secret: string;
  openai: OpenAI;
}

/** The official SDK pointed at the app's `/api/v1`, as an integration would use it. */
export function sdk(apiKey: string): OpenAI {
  return new OpenAI({
    baseURL: `${inject("appUrl")}/api/v1`,
    apiKey,
    maxRetries: 0,
    defaultHeaders: { "x-forwarded-for": new Client().address },
  });
}

/** A user of their own with a key and the official SDK pointed at the app. */
export async function keyHolder(): Promise<KeyHolder> {
  const user = await createUser();
  const { secret } = await createKey(await signedIn(user));
  return { user, secret, openai: sdk(secret) };
}

/** A word unique to one request, to find its call among everything the fake upstream saw. */
export function marker(): string {
  return `api-${randomBytes(5).toString("hex")}`;
}

/** The calls to `path` the fake upstream received that mention `word`. */
export async function callsMentioning(
  word: string,
  path = "/chat/completions",
): Promise<RecordedCall[]> {
  const response = await fetch(`${inject("upstreamOrigin")}/__calls`);
  const calls = (await response.json()) as RecordedCall[];
  return calls.filter(
    (call) => call.path.endsWith(path) && JSON.stringify(call.body).includes(word),
  );
}

/** Everything a completion bills or stores for a user. */
export async function footprint(userId: string) {
  const user = await User.findById(userId).lean();
  return {
    logs: await UsageLog.countDocuments({ user_id: userId }),
    tokensUsed: user?.usage.tokens_used,
    messagesSent: user?.usage.messages_sent,
    conversations: await Conversation.countDocuments({ user_id: userId }),
    files: await StoredFile.countDocuments({ user_id: userId }),
  };
}

export const UNTOUCHED = { logs: 0, tokensUsed: 0, messagesSent: 0, conversations: 0, files: 0 };
