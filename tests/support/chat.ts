import { inject } from "vitest";
import { connectDb } from "@/lib/db/connect";
import { Conversation } from "@/models/conversation";
import type { Client } from "./http";
import { readUiStream } from "./ui-stream";
import type { TestUser } from "./users";

/** A conversation owned by `user`, made straight in the database. */
export async function createConversation(
  user: TestUser,
  fields: { modelId?: string; title?: string } = {},
): Promise<string> {
  await connectDb();
  const conversation = await Conversation.create({
    user_id: user.id,
    model_id: fields.modelId ?? "fake/echo",
    ...(fields.title ? { title: fields.title } : {}),
  });
  return conversation._id.toString();
}

export function send(client: Client, conversationId: string, body: Record<string, unknown>) {
  return client.json(`/api/conversations/${conversationId}/messages`, "POST", body);
}

/** Sends and reads the whole streamed answer. */
export async function sendAndRead(
  client: Client,
  conversationId: string,
  body: Record<string, unknown>,
) {
  const response = await send(client, conversationId, body);
  if (response.status !== 200) {
    throw new Error(`send answered ${response.status}: ${await response.text()}`);
  }
  return readUiStream(response);
}

export interface UpstreamCall {
  path: string;
  body: Record<string, unknown>;
  startedAt: number;
  /** When the response ended; null while it runs. */
  endedAt: number | null;
}

/** What the fake model provider received, in order. */
export async function upstreamCalls(): Promise<UpstreamCall[]> {
  const response = await fetch(`${inject("upstreamOrigin")}/__calls`);
  return (await response.json()) as UpstreamCall[];
}
