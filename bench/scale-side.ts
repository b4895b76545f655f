/**
 * One side of `npm run bench:scale`: an embedded database of `size`, seeded
 * on first use and kept in `folder` for later runs, answering timing
 * requests from the parent process over IPC.
 */
import path from "node:path";
import mongoose, { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { getConversation } from "@/lib/conversations/get";
import { listConversations } from "@/lib/conversations/list";
import { searchConversations } from "@/lib/conversations/search";
import { connectDb } from "@/lib/db/connect";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { Conversation } from "@/models/conversation";
import { ensureIndexes } from "@/models/index";
import { Message } from "@/models/message";
import { User } from "@/models/user";

export const PEOPLE = { small: 1, large: 100 } as const;
export type Size = keyof typeof PEOPLE;
export type Operation = "sidebar" | "open" | "search";

const CONVERSATIONS_EACH = 1_000;
const MESSAGES_EACH = 10;
/** One conversation in a hundred mentions it, so a search finds a page of hits. */
const NEEDLE = "quokka";

async function seed(people: number): Promise<Types.ObjectId> {
  const expected = people * CONVERSATIONS_EACH;
  const person = await User.findOne({ email: "person-0@example.com" }).lean();
  if (person && (await Conversation.estimatedDocumentCount()) === expected) return person._id;

  await mongoose.connection.db?.dropDatabase();
  await ensureIndexes();
  const started = performance.now();
  const users = await User.insertMany(
    Array.from({ length: people }, (_, index) => ({
      email: `person-${index}@example.com`,
      password_hash: "-",
      profile: { display_name: `Person ${index}` },
    })),
  );
  const now = Date.now();
  for (const user of users) {
    const conversations = Array.from({ length: CONVERSATIONS_EACH }, (_, index) => ({
      _id: new Types.ObjectId(),
      messageIds: Array.from({ length: MESSAGES_EACH }, () => new Types.ObjectId()),
      index,
    }));
    await Conversation.insertMany(
      conversations.map(({ _id, messageIds, index }) => ({
        _id,
        user_id: user._id,
        model_id: "fake/echo",
        title: index % 100 === 0 ? `About the ${NEEDLE} ${index}` : `Conversation ${index}`,
        message_count: MESSAGES_EACH,
        current_leaf_id: messageIds.at(-1),
        last_message_at: new Date(now - index * 60_000),
        updated_at: new Date(now - index * 60_000),
      })),
    );
    await Message.insertMany(
      conversations.flatMap(({ _id, messageIds, index }) =>
        messageIds.map((id, turn) => ({
          _id: id,
          conversation_id: _id,
          user_id: user._id,
          parent_id: messageIds[turn - 1] ?? null,
          client_id: id.toString(),
          role: turn % 2 === 0 ? "user" : "assistant",
          content:
            turn === 1 && index % 100 === 50
              ? `A ${NEEDLE} is a small wallaby, answered in turn ${turn}.`
              : `Turn ${turn} of conversation ${index}: an ordinary sentence or two of text.`,
          created_at: new Date(now - index * 60_000 + turn * 1_000),
        })),
      ),
    );
  }
  process.stderr.write(
    `seeded ${expected} conversations in ${Math.round((performance.now() - started) / 1000)} s\n`,
  );
  const first = users[0];
  if (!first) throw new Error("no people seeded");
  return first._id;
}

async function main() {
  const [folder = "", size = "small"] = process.argv.slice(2);
  const people = PEOPLE[size as Size];
  const db = await startEmbeddedDb(path.join(folder, "embedded-db"));
  process.env.MONGODB_URI = `${db.uri}unichat`;
  await connectDb();
  const personId = await seed(people);
  const actor: SessionUser = {
    id: personId.toString(),
    email: "person-0@example.com",
    role: "user",
    displayName: "Person 0",
    avatarUrl: "",
    theme: "system",
    notifyReplies: true,
    language: null,
  };
  const opened = await Conversation.find({ user_id: personId }).select("_id").limit(50).lean();
  let turn = 0;
  const operations: Record<Operation, () => Promise<unknown>> = {
    sidebar: () => listConversations(actor, {}),
    open: () => getConversation(actor, String(opened[turn++ % opened.length]?._id)),
    search: () => searchConversations(actor, { q: NEEDLE }),
  };

  process.on("message", async (request: { operation: Operation } | "plans" | "stop") => {
    if (request === "stop") {
      await mongoose.disconnect();
      await db.stop();
      process.exit(0);
    }
    if (request === "plans") {
      process.send?.({ plans: await plans(personId, opened[0]?._id) });
      return;
    }
    const started = performance.now();
    await operations[request.operation]();
    process.send?.({ ms: performance.now() - started });
  });
  process.send?.({ ready: true });
}

/** How SQLite reads the sidebar and a conversation's messages. */
async function plans(personId: Types.ObjectId, conversationId?: Types.ObjectId): Promise<string[]> {
  const explained = [
    await Conversation.find({ user_id: personId })
      .sort({ last_message_at: -1 })
      .limit(50)
      .explain(),
    await Message.find({ conversation_id: conversationId }).explain(),
  ] as Array<{ queryPlanner?: { Plan?: string[] } }>;
  return explained.flatMap((plan) =>
    (plan.queryPlanner?.Plan ?? ["(no plan: not the embedded database)"]).map((line) =>
      line.replace(/^.*detail=/, ""),
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
